package io.github.ntmlib.report;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A paragraph of text.
 *
 * @param text the text
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Paragraph(String text) implements Block {

    /**
     * Validates the text.
     *
     * @param text the text
     */
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
