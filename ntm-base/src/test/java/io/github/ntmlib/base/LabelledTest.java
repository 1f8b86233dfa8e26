package io.github.ntmlib.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Enum labels are data read from the enum's module, checked constant by constant. */
class LabelledTest {

    enum Season implements Labelled {
        SPRING, SUMMER { }
    }

    enum Broken implements Labelled {
        ONE, TWO
    }

    enum Missing implements Labelled {
        ONLY
    }

    @Test
    void anEnumReadsItsNamesFromItsLabelFile() {
        assertThat(Season.SPRING.vietnamese()).isEqualTo("vụ Đông Xuân");
        assertThat(Season.SPRING.english()).isEqualTo("winter-spring crop");
        assertThat(Season.SUMMER.label(Language.VIETNAMESE)).isEqualTo("vụ Hè Thu"); // a constant with a body
        assertThat(Season.SUMMER.labels()).isEqualTo(Labels.of("vụ Hè Thu", "summer-autumn crop"));
    }

    @Test
    void aConstantWithoutALineOrALineWithoutAConstantIsAnError() {
        assertThatThrownBy(() -> Broken.ONE.labels()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TWO");
        assertThatThrownBy(() -> Missing.ONLY.labels()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not found");
    }
}
