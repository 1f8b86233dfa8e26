package io.github.ntmlib.ocop.certificate;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.ocop.OcopDataException;
import org.apiguardian.api.API;

/**
 * An OCOP subject (chủ thể OCOP): who produces the product and holds its certificate.
 *
 * @param name the registered name
 * @param kind the kind of subject
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Subject(String name, SubjectKind kind) {

    /**
     * Validates.
     *
     * @param name not blank
     * @param kind not null
     * @throws OcopDataException if a component is missing
     */
    public Subject {
        if (name == null || name.isBlank() || kind == null) {
            throw OcopDataException.api(name, "subject", Labels.of("chủ thể phải có tên và loại hình",
                    "a subject has a name and a kind"));
        }
    }
}
