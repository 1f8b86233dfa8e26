package io.github.ntmlib.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.data.Value;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * How a verdict text prints a value in each language: a flag as Đạt / Không đạt, a share as its
 * parts and a percentage (printed consistently with the bound it is compared with), a quantity
 * with its unit, a count grouped, a grade as written.
 */
class ValueTextTest {

    @Test
    void flagsPrintAsTheLegalWords() {
        assertThat(VerdictText.value(new Value.Flag(true), null, Language.VIETNAMESE)).isEqualTo("Đạt");
        assertThat(VerdictText.value(new Value.Flag(false), null, Language.VIETNAMESE)).isEqualTo("Không đạt");
        assertThat(VerdictText.value(new Value.Flag(true), null, Language.ENGLISH)).isEqualTo("met (Đạt)");
        assertThat(VerdictText.value(new Value.Flag(false), null, Language.ENGLISH)).isEqualTo("not met (Không đạt)");
    }

    @Test
    void sharesPrintTheirPartsAndAPercentageConsistentWithTheBound() {
        Value share = Value.Ratio.of(79999, 100000); // 79.999%: "80%" at two digits, but below 80
        assertThat(VerdictText.value(share, null, Language.VIETNAMESE)).isEqualTo("79.999/100.000 = 80%");
        assertThat(VerdictText.value(share, new BigDecimal("80"), Language.ENGLISH)).isEqualTo("79,999/100,000 = 79.999%");
    }

    @Test
    void quantitiesCountsAndGradesPrintAsTheyAre() {
        assertThat(VerdictText.value(new Value.Quantity(new BigDecimal("1205.5"), "km"), null, Language.VIETNAMESE))
                .isEqualTo("1.205,5 km");
        assertThat(VerdictText.value(new Value.Count(12050), null, Language.VIETNAMESE)).isEqualTo("12.050");
        assertThat(VerdictText.value(new Value.Count(12050), null, Language.ENGLISH)).isEqualTo("12,050");
        assertThat(VerdictText.value(new Value.Grade("A"), null, Language.ENGLISH)).isEqualTo("A");
    }
}
