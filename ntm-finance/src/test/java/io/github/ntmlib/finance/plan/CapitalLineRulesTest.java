package io.github.ntmlib.finance.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.finance.FinanceDataException;
import org.junit.jupiter.api.Test;

/**
 * A capital line names a GSO unit, a plan year from 2000 to 2100 (both included), a component, a
 * source and a type, and a vintage that is the plan year or one of the ten years before it;
 * extended capital prints its vintage.
 */
class CapitalLineRulesTest {

    private static final CapitalSource CENTRAL = CapitalSource.CENTRAL_BUDGET;
    private static final CapitalType TYPE = CapitalType.values()[0];

    private static CapitalLine line(int planYear, String component, CapitalSource source, CapitalType type, int vintage) {
        return new CapitalLine("42", planYear, component, source, type, vintage);
    }

    private static void refused(Runnable line, String field) {
        assertThatThrownBy(line::run).isInstanceOf(FinanceDataException.class)
                .satisfies(e -> assertThat(((FinanceDataException) e).field()).contains(field));
    }

    @Test
    void thePlanYearRunsFrom2000To2100() {
        assertThat(line(2000, "NTM", CENTRAL, TYPE, 2000).planYear()).isEqualTo(2000);
        assertThat(line(2100, "NTM", CENTRAL, TYPE, 2100).planYear()).isEqualTo(2100);
        refused(() -> line(1999, "NTM", CENTRAL, TYPE, 1999), "planYear");
        refused(() -> line(2101, "NTM", CENTRAL, TYPE, 2101), "planYear");
    }

    @Test
    void aLineNamesItsComponentSourceAndType() {
        refused(() -> line(2024, " ", CENTRAL, TYPE, 2024), "component");
        refused(() -> line(2024, "NTM", null, TYPE, 2024), "source");
        refused(() -> line(2024, "NTM", CENTRAL, null, 2024), "type");
    }

    @Test
    void theVintageIsThePlanYearOrOneOfTheTenBefore() {
        assertThat(line(2024, "NTM", CENTRAL, TYPE, 2014).isExtendedCapital()).isTrue();
        assertThat(line(2024, "NTM", CENTRAL, TYPE, 2024).isExtendedCapital()).isFalse();
        refused(() -> line(2024, "NTM", CENTRAL, TYPE, 2013), "vintage");
        refused(() -> line(2024, "NTM", CENTRAL, TYPE, 2025), "vintage");
        assertThat(line(2024, "NTM", CENTRAL, TYPE, 2023).toString()).isEqualTo("42/2024/NTM/CENTRAL_BUDGET/" + TYPE
                + "/vintage 2023");
        assertThat(CapitalLine.of("42", 2024, "NTM", CENTRAL, TYPE).toString()).isEqualTo("42/2024/NTM/CENTRAL_BUDGET/"
                + TYPE);
    }

    @org.junit.jupiter.api.Test
    void aLineIsNamedInEachLanguageByItsLabelsNeverItsConstants() {
        io.github.ntmlib.base.Language vi = io.github.ntmlib.base.Language.VIETNAMESE;
        io.github.ntmlib.base.Language en = io.github.ntmlib.base.Language.ENGLISH;
        assertThat(CapitalLine.of("42", 2024, "NTM", CENTRAL, TYPE).describe(vi)).isEqualTo("42, năm 2024, NTM, "
                + CENTRAL.vietnamese() + ", " + TYPE.vietnamese());
        assertThat(line(2024, "NTM", CENTRAL, TYPE, 2022).describe(vi)).endsWith(TYPE.vietnamese() + ", vốn năm 2022");
        assertThat(line(2024, "NTM", CENTRAL, TYPE, 2022).describe(en)).isEqualTo("42, year 2024, NTM, "
                + CENTRAL.english() + ", " + TYPE.english() + ", capital of 2022");
        assertThat(CapitalLine.of("42", 2024, "NTM", CENTRAL, TYPE).describe(en)).doesNotContain("CENTRAL_BUDGET")
                .doesNotContain("capital of");
    }
}
