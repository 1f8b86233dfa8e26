package io.github.ntmlib.ocop.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.ocop.Stars;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Options, criteria and knock-outs of a sheet are values: equal (and hashed alike) only to one with
 * the same content, each field counted; a criterion keeps its notes and its lowest option's points.
 */
class SheetValueEqualityTest {

    private static Option option(int number, int points, Optional<Stars> marker, String label, Optional<String> variant,
            Optional<String> correction) {
        return Option.of(number, points, marker, label, variant, correction);
    }

    private static final Option ONE = option(1, 2, Optional.of(Stars.FOUR), "Có", Optional.of("Trường hợp 1"),
            Optional.of("sửa"));

    @Test
    void anOptionEqualsOnlyTheSameOption() {
        assertThat(ONE).isEqualTo(option(1, 2, Optional.of(Stars.FOUR), "Có", Optional.of("Trường hợp 1"),
                Optional.of("sửa"))).hasSameHashCodeAs(option(1, 2, Optional.of(Stars.FOUR), "Có",
                        Optional.of("Trường hợp 1"), Optional.of("sửa"))).isEqualTo(ONE).isNotEqualTo("Có");
        List<Option> others = List.of(
                option(2, 2, Optional.of(Stars.FOUR), "Có", Optional.of("Trường hợp 1"), Optional.of("sửa")),
                option(1, 3, Optional.of(Stars.FOUR), "Có", Optional.of("Trường hợp 1"), Optional.of("sửa")),
                option(1, 2, Optional.of(Stars.FIVE), "Có", Optional.of("Trường hợp 1"), Optional.of("sửa")),
                option(1, 2, Optional.of(Stars.FOUR), "Không", Optional.of("Trường hợp 1"), Optional.of("sửa")),
                option(1, 2, Optional.of(Stars.FOUR), "Có", Optional.of("Trường hợp 2"), Optional.of("sửa")),
                option(1, 2, Optional.of(Stars.FOUR), "Có", Optional.of("Trường hợp 1"), Optional.empty()));
        for (Option other : others) {
            assertThat(ONE).as(other.toString()).isNotEqualTo(other);
            assertThat(ONE.hashCode()).as(other.toString()).isNotEqualTo(other.hashCode());
        }
        assertThat(ONE.toString()).contains("number=1").contains("points=2").contains("label=Có");
    }

    private static SheetCriterion criterion(String code, String title, int points, Optional<String> subgroup,
            List<String> notes, Optional<Condition> when, List<String> corrections, List<Option> options) {
        return SheetCriterion.of(code, title, points, subgroup, notes, when, corrections, options);
    }

    @Test
    void aCriterionEqualsOnlyTheSameCriterion() {
        Option zero = option(2, 0, Optional.empty(), "Không", Optional.empty(), Optional.empty());
        Condition when = new Condition("1.1", List.of(2), "khi 1.1 có");
        SheetCriterion c = criterion("1.2", "Bao bì", 2, Optional.of("a"), List.of("ghi chú"), Optional.of(when),
                List.of("đính chính"), List.of(ONE, zero));
        assertThat(c.notes()).containsExactly("ghi chú");
        assertThat(c.lowestPoints()).isZero();
        assertThat(c).isEqualTo(criterion("1.2", "Bao bì", 2, Optional.of("a"), List.of("ghi chú"), Optional.of(when),
                List.of("đính chính"), List.of(ONE, zero))).hasSameHashCodeAs(criterion("1.2", "Bao bì", 2,
                        Optional.of("a"), List.of("ghi chú"), Optional.of(when), List.of("đính chính"), List.of(ONE, zero)))
                .isEqualTo(c).isNotEqualTo("1.2");
        List<SheetCriterion> others = List.of(
                criterion("1.3", "Bao bì", 2, Optional.of("a"), List.of("ghi chú"), Optional.of(when), List.of("đính chính"),
                        List.of(ONE, zero)),
                criterion("1.2", "Nhãn", 2, Optional.of("a"), List.of("ghi chú"), Optional.of(when), List.of("đính chính"),
                        List.of(ONE, zero)),
                criterion("1.2", "Bao bì", 3, Optional.of("a"), List.of("ghi chú"), Optional.of(when), List.of("đính chính"),
                        List.of(ONE, zero)),
                criterion("1.2", "Bao bì", 2, Optional.of("b"), List.of("ghi chú"), Optional.of(when), List.of("đính chính"),
                        List.of(ONE, zero)),
                criterion("1.2", "Bao bì", 2, Optional.of("a"), List.of(), Optional.of(when), List.of("đính chính"),
                        List.of(ONE, zero)),
                criterion("1.2", "Bao bì", 2, Optional.of("a"), List.of("ghi chú"), Optional.empty(), List.of("đính chính"),
                        List.of(ONE, zero)),
                criterion("1.2", "Bao bì", 2, Optional.of("a"), List.of("ghi chú"), Optional.of(when), List.of(),
                        List.of(ONE, zero)),
                criterion("1.2", "Bao bì", 2, Optional.of("a"), List.of("ghi chú"), Optional.of(when), List.of("đính chính"),
                        List.of(ONE)));
        for (SheetCriterion other : others) {
            assertThat(c).as(other.toString()).isNotEqualTo(other);
            assertThat(c.hashCode()).as(other.toString()).isNotEqualTo(other.hashCode());
        }
        assertThat(c.toString()).contains("code=1.2").contains("title=Bao bì");
    }

    @Test
    void aKnockOutEqualsOnlyTheSameKnockOut() {
        KnockOut k = KnockOut.of("K1", KnockOutKind.REJECTED, "Sản phẩm giả", Optional.of("1.1"), List.of("1.1"));
        assertThat(k).isEqualTo(KnockOut.of("K1", KnockOutKind.REJECTED, "Sản phẩm giả", Optional.of("1.1"),
                List.of("1.1"))).hasSameHashCodeAs(KnockOut.of("K1", KnockOutKind.REJECTED, "Sản phẩm giả",
                        Optional.of("1.1"), List.of("1.1"))).isEqualTo(k).isNotEqualTo("K1");
        List<KnockOut> others = List.of(
                KnockOut.of("K2", KnockOutKind.REJECTED, "Sản phẩm giả", Optional.of("1.1"), List.of("1.1")),
                KnockOut.of("K1", KnockOutKind.NOT_RATED, "Sản phẩm giả", Optional.of("1.1"), List.of("1.1")),
                KnockOut.of("K1", KnockOutKind.REJECTED, "Khác", Optional.of("1.1"), List.of("1.1")),
                KnockOut.of("K1", KnockOutKind.REJECTED, "Sản phẩm giả", Optional.empty(), List.of("1.1")),
                KnockOut.of("K1", KnockOutKind.REJECTED, "Sản phẩm giả", Optional.of("1.1"), List.of()));
        for (KnockOut other : others) {
            assertThat(k).as(other.toString()).isNotEqualTo(other);
            assertThat(k.hashCode()).as(other.toString()).isNotEqualTo(other.hashCode());
        }
        assertThat(k.toString()).contains("id=K1").contains("kind=REJECTED");
        assertThat(k.text()).isEqualTo("Sản phẩm giả");
    }
}
