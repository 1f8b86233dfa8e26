package io.github.ntmlib.finance.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import org.junit.jupiter.api.Test;

/**
 * Capital sources as budget reports write them (issue 20): codes, Vietnamese and English labels
 * in any case and with or without diacritics, and the abbreviations NSTW and NSĐP; anything else
 * is an error listing every accepted value.
 */
class CapitalSourceNamesTest {

    private static CapitalSource parse(String text) {
        return CapitalSource.parse(text, SourcePosition.of("plan.csv", 4), "line");
    }

    @Test
    void abbreviationsAndLabelsAreAccepted() {
        assertThat(parse("NSTW")).isEqualTo(CapitalSource.CENTRAL_BUDGET);
        assertThat(parse("nstw")).isEqualTo(CapitalSource.CENTRAL_BUDGET);
        assertThat(parse("ngân sách trung ương")).isEqualTo(CapitalSource.CENTRAL_BUDGET);
        assertThat(parse("NSĐP")).isEqualTo(CapitalSource.LOCAL_BUDGET);
        assertThat(parse("NSDP")).isEqualTo(CapitalSource.LOCAL_BUDGET);
        assertThat(parse("ngân sách địa phương")).isEqualTo(CapitalSource.LOCAL_BUDGET);
        assertThat(parse("Ngan sach dia phuong")).isEqualTo(CapitalSource.LOCAL_BUDGET);
        assertThat(parse(" provincial budget ")).isEqualTo(CapitalSource.PROVINCIAL_BUDGET);
        assertThat(parse("commune_budget")).isEqualTo(CapitalSource.COMMUNE_BUDGET);
        assertThat(CapitalSource.LOCAL_BUDGET.vietnamese()).isEqualTo("ngân sách địa phương");
    }

    @Test
    void anUnknownSourceListsEveryAcceptedValue() {
        assertThatThrownBy(() -> parse("NSX"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("plan.csv:4 [line] field 'source': unknown capital source 'NSX'")
                .hasMessageContaining("CENTRAL_BUDGET (ngân sách Trung ương, NSTW)")
                .hasMessageContaining("LOCAL_BUDGET (ngân sách địa phương, NSĐP)")
                .hasMessageContaining("SPONSORSHIP (đỡ đầu, tài trợ)");
        for (CapitalSource s : CapitalSource.values()) {
            assertThatThrownBy(() -> parse("")).hasMessageContaining(s.name());
        }
    }
}
