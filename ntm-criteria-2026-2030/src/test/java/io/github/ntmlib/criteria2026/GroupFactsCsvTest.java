package io.github.ntmlib.criteria2026;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.criteria2026.GroupFacts.Area;
import io.github.ntmlib.criteria2026.GroupFacts.Fact;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The province's facts table: values, unknown cells, and typed errors naming line, commune and column. */
class GroupFactsCsvTest {

    private static final String HEADER = "commune_code,area,urban_adjacent,new_urban_area,agriculture_share_percent,"
            + "source\n";

    private static Map<String, GroupFacts> read(String rows) {
        return GroupFactsCsv.read(new StringReader(HEADER + rows), "facts.csv");
    }

    @Test
    void readsKnownAndUnknownFacts() {
        Map<String, GroupFacts> facts = read("1,III,no,no,62.5,QĐ tỉnh\n2,NOT_IN_AREA,yes,,8.4,Thống kê\n");
        assertThat(facts.get("1").area()).isEqualTo(Area.AREA_III);
        assertThat(facts.get("1").agricultureShare()).contains(Fraction.of(625, 1000));
        assertThat(facts.get("2").newUrbanArea()).isEqualTo(Fact.UNKNOWN);
        assertThat(CommuneGroups.derive("2", facts.get("2"), CommuneGroups.Precedence.AREA_FIRST).group())
                .contains("1");
    }

    @Test
    void badCellsAreTypedErrorsNamingLineCommuneAndColumn() {
        assertThatThrownBy(() -> read("1,IV,no,no,5,s\n")).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("facts.csv").hasMessageContaining("1").hasMessageContaining("area");
        assertThatThrownBy(() -> read("1,I,maybe,no,5,s\n")).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("urban_adjacent");
        assertThatThrownBy(() -> read("1,I,no,no,105,s\n")).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("0 to 100");
        assertThatThrownBy(() -> read("1,I,no,no,5,s\n1,I,no,no,5,s\n")).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("listed twice").hasMessageContaining(":3");
        assertThatThrownBy(() -> read("1,I,no,no,5,\n")).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("source");
        assertThatThrownBy(() -> GroupFactsCsv.read(new StringReader("commune_code,area\n1,I\n"), "f.csv"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("missing column");
    }
}
