package io.github.ntmlib.ocop.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The values a score sheet is built of refuse what the printed sheet cannot contain: options
 * numbered 1..n with points >= 0 and a label, star markers for 3 to 5 stars only, variants that
 * name their case, groups and parts that are not empty, conditions that exclude some option.
 */
class SheetValueRulesTest {

    private static Option option(int number, int points) {
        return Option.of(number, points, Optional.empty(), "option " + number, Optional.empty(), Optional.empty());
    }

    private static SheetCriterion criterion(List<Option> options) {
        return SheetCriterion.of("1.1", "Nguyên liệu", 3, Optional.empty(), List.of(), Optional.empty(), List.of(),
                options);
    }

    @Test
    void anOptionHasAPositiveNumberNonNegativePointsAndALabel() {
        assertThat(option(1, 0).points()).isZero();
        assertThatThrownBy(() -> option(0, 1)).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("a positive number, points >= 0 and a label");
        assertThatThrownBy(() -> option(1, -1)).isInstanceOf(OcopDataException.class);
        assertThatThrownBy(() -> Option.of(1, 1, Optional.empty(), " ", Optional.empty(), Optional.empty()))
                .isInstanceOf(OcopDataException.class);
    }

    @Test
    void aStarMarkerIsForThreeFourOrFiveStars() {
        assertThat(Option.of(1, 2, Optional.of(Stars.THREE), "x", Optional.empty(), Optional.empty()).marker())
                .contains(Stars.THREE);
        assertThatThrownBy(() -> Option.of(1, 2, Optional.of(Stars.TWO), "x", Optional.empty(), Optional.empty()))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("a star marker is for 3, 4 or 5 stars");
    }

    @Test
    void aVariantNamesItsCase() {
        Option second = Option.of(1, 2, Optional.empty(), "x", Optional.of("Trường hợp 2: tự sản xuất"),
                Optional.of("sửa lỗi in"));
        assertThat(second.sheetCase()).contains(SheetCase.CASE_2);
        assertThat(second.correction()).contains("sửa lỗi in");
        assertThat(option(1, 2).sheetCase()).isEmpty();
        assertThatThrownBy(() -> Option.of(1, 2, Optional.empty(), "x", Optional.of("case two"), Optional.empty()))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("a variant names its case");
        assertThatThrownBy(() -> SheetCase.of(3)).isInstanceOf(OcopDataException.class);
        assertThat(SheetCase.of(1)).isEqualTo(SheetCase.CASE_1);
    }

    @Test
    void optionsAreNumberedOneToN() {
        SheetCriterion c = criterion(List.of(option(1, 0), option(2, 3), option(3, 1)));
        assertThat(c.option(1)).contains(option(1, 0));
        assertThat(c.option(3)).contains(option(3, 1));
        assertThat(c.option(0)).isEmpty();
        assertThat(c.option(4)).isEmpty();
        assertThat(c.topPoints()).isEqualTo(3);
        assertThat(c.lowestPoints()).isZero();
        assertThatThrownBy(() -> criterion(List.of())).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("criterion 1.1 has no options");
        assertThatThrownBy(() -> criterion(List.of(option(1, 0), option(3, 3)))).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("options must be numbered 1..n");
        assertThatThrownBy(() -> criterion(List.of(option(2, 0)))).isInstanceOf(OcopDataException.class);
    }

    @Test
    void theOptionMarkedForAStarLevelIsFound() {
        Option four = Option.of(2, 2, Optional.of(Stars.FOUR), "4 sao", Optional.empty(), Optional.empty());
        SheetCriterion c = criterion(List.of(option(1, 0), four));
        assertThat(c.marker(Stars.FOUR)).contains(four);
        assertThat(c.marker(Stars.FIVE)).isEmpty();
    }

    @Test
    void groupsPartsAndConditionsAreNotEmpty() {
        SheetCriterion c = criterion(List.of(option(1, 3)));
        CriterionGroup group = new CriterionGroup("1", "Sản phẩm", 3, List.of(), List.of(c), List.of());
        assertThat(new Part("A", "Phần A", 3, List.of(group), List.of()).groups()).containsExactly(group);
        assertThatThrownBy(() -> new Part("A", "Phần A", 3, List.of(), List.of()))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("part A has no groups");
        assertThatThrownBy(() -> new CriterionGroup("1", "Sản phẩm", 3, List.of(), List.of(), List.of()))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("group 1 has no criteria");
        assertThat(new Condition("1.2", List.of(1), "khi 1.2 không chọn 1").notOptions()).containsExactly(1);
        assertThatThrownBy(() -> new Condition("1.2", List.of(), "t")).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("at least one excluding option");
    }

    @Test
    void aKnockOutWithZeroPointsCriteriaIsAutomatic() {
        KnockOut manual = KnockOut.of("K1", KnockOutKind.REJECTED, "text", Optional.empty(), List.of());
        KnockOut automatic = KnockOut.of("K2", KnockOutKind.NOT_RATED, "text", Optional.of("1.1"), List.of("1.1"));
        assertThat(manual.isAutomatic()).isFalse();
        assertThat(automatic.isAutomatic()).isTrue();
        assertThat(automatic.criterion()).contains("1.1");
    }
}
