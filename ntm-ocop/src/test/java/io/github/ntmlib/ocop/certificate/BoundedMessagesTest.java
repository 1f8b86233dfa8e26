package io.github.ntmlib.ocop.certificate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.ocop.OcopDataException;
import org.junit.jupiter.api.Test;

/** Issue 20: an error quotes a bounded excerpt of its input, never the whole of it. */
class BoundedMessagesTest {

    @Test
    void aMebibyteProductCodeGivesAShortMessage() {
        String huge = "4".repeat(1 << 20);
        // it gave a 1,048,861-character message
        assertThatThrownBy(() -> ProductCode.parse(huge)).isInstanceOf(OcopDataException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage().length()).isLessThan(600))
                .hasMessageContaining("…' (1048576 characters)");
        assertThatThrownBy(() -> new ProductCode("4".repeat(70_000), "18325", "1", 2024))
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage().length()).isLessThan(600));
    }
}
