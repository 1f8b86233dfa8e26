package io.github.ntmlib.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ntmlib.base.InvalidDataException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The verdicts a claim gets, at both sides of each boundary: a hedge's tolerance, a share checked
 * at its printed digits, a total against its parts at the total's digits, the bounds on numbers
 * given through the API, and the line a claim is reported on.
 */
class ClaimVerdictRulesTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static boolean holds(Hedge hedge, String exact, String printed) {
        BigDecimal p = d(printed);
        return hedge.holds(d(exact), p, d(exact).setScale(Math.max(0, p.scale()), java.math.RoundingMode.HALF_UP));
    }

    @Test
    void eachHedgeHoldsUpToItsBoundAndNotBeyond() {
        // "khoảng 16,4%": within one unit of the last printed digit, either way
        assertThat(holds(Hedge.ABOUT, "16.5", "16.4")).isTrue();
        assertThat(holds(Hedge.ABOUT, "16.3", "16.4")).isTrue();
        assertThat(holds(Hedge.ABOUT, "16.500001", "16.4")).isFalse();
        assertThat(holds(Hedge.ABOUT, "16.299999", "16.4")).isFalse();
        assertThat(holds(Hedge.ABOUT, "28", "27")).as("a whole printed figure: one unit is 1").isTrue();
        assertThat(holds(Hedge.ABOUT, "28.000001", "27")).isFalse();
        // "dưới 50%": at most the printed value
        assertThat(holds(Hedge.UNDER, "50", "50")).isTrue();
        assertThat(holds(Hedge.UNDER, "49.999999", "50")).isTrue();
        assertThat(holds(Hedge.UNDER, "50.000001", "50")).isFalse();
        // "trên", "hơn 50%": at least the printed value
        assertThat(holds(Hedge.OVER, "50", "50")).isTrue();
        assertThat(holds(Hedge.OVER, "49.999999", "50")).isFalse();
        // "gần 80%": not above it at its digits, not below 95% of it (76)
        assertThat(holds(Hedge.NEARLY, "76", "80")).isTrue();
        assertThat(holds(Hedge.NEARLY, "75.999999", "80")).isFalse();
        assertThat(holds(Hedge.NEARLY, "80.04", "80")).as("80.04 prints 80").isTrue();
        assertThat(holds(Hedge.NEARLY, "80.5", "80")).isFalse();
        // no qualifier: the half-up rounding at the printed digits is the printed value
        assertThat(holds(Hedge.EXACT, "40.85", "40.9")).isTrue();
        assertThat(holds(Hedge.EXACT, "40.849999", "40.9")).isFalse();
    }

    /** Wholes of 2s and 5s only: their shares end, often on a half at the printed digits. */
    private static final long[] TIE_WHOLES = {8, 16, 40, 80, 160, 200, 400, 800, 1_600, 3_200};

    @Test
    void aShareIsConsistentExactlyWhenItsHalfUpRoundingIsThePrintedFigure() {
        AtomicInteger draws = new AtomicInteger();
        AtomicInteger consistent = new AtomicInteger();
        AtomicInteger ties = new AtomicInteger();
        qt().withExamples(2_000).forAll(longs().between(0, 5_000), longs().between(1, 5_000).mix(longs().between(1, 64), 30)
                        .mix(integers().between(0, TIE_WHOLES.length - 1).map(i -> TIE_WHOLES[i]), 30),
                integers().between(0, 3), integers().between(-2, 2)).checkAssert((part, whole, digits, off) -> {
                    BigInteger scaled = BigInteger.valueOf(part).multiply(BigInteger.TEN.pow(digits + 2));
                    BigInteger[] qr = scaled.divideAndRemainder(BigInteger.valueOf(whole));
                    int twice = qr[1].shiftLeft(1).compareTo(BigInteger.valueOf(whole));
                    BigInteger halfUp = twice >= 0 ? qr[0].add(BigInteger.ONE) : qr[0];
                    BigInteger shown = halfUp.add(BigInteger.valueOf(off)).max(BigInteger.ZERO);
                    String printed = new BigDecimal(shown, digits).toPlainString().replace('.', ',');
                    Claim claim = ReportClaims.check(BigDecimal.valueOf(part), BigDecimal.valueOf(whole), printed);
                    draws.incrementAndGet();
                    if (twice == 0) {
                        ties.incrementAndGet();
                    }
                    if (claim.isConsistent()) {
                        consistent.incrementAndGet();
                    }
                    assertThat(claim.isConsistent()).isEqualTo(shown.equals(halfUp));
                    assertThat(claim.recomputed()).isEqualTo(new BigDecimal(halfUp, digits));
                    assertThat(claim.toString()).endsWith(claim.isConsistent() ? " (consistent)" : " (MISMATCH)")
                            .startsWith(part + "/" + whole + " (" + printed + "%) -> " + claim.recomputed().toPlainString() + "%");
                });
        assertThat(consistent.get()).isBetween(draws.get() / 10, draws.get() * 9 / 10);
        assertThat(ties.get()).isGreaterThan(draws.get() / 50);
    }

    @Test
    void numbersGivenThroughTheApiAreBoundedAt40DigitsAndExponent50() {
        String forty = "1".repeat(40);
        assertThat(ReportClaims.check(d(forty), d(forty), "100").isConsistent()).isTrue();
        assertThatThrownBy(() -> ReportClaims.check(d(forty + "1"), d(forty), "100"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("part")
                .hasMessageContaining("at most 40 significant digits");
        assertThat(ReportClaims.check(d("1E+50"), d("2E+50"), "50").isConsistent()).isTrue();
        assertThatThrownBy(() -> ReportClaims.check(d("1E+51"), d("2E+50"), "50")).isInstanceOf(InvalidDataException.class);
        assertThatThrownBy(() -> ReportClaims.check(d("1E+50"), d("2E+51"), "5")).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("whole");
        assertThat(ReportClaims.check(d("1E-50"), d("2E-50"), "50").isConsistent()).isTrue();
        assertThatThrownBy(() -> ReportClaims.check(d("1E-51"), d("2E-51"), "50")).isInstanceOf(InvalidDataException.class);
        assertThat(ReportClaims.check(d("123.45E-48"), d("123.45E-48"), "100").isConsistent()).as("exponent −46").isTrue();
        assertThatThrownBy(() -> ReportClaims.scan(null)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("a report text is required");
    }

    @Test
    void aTotalIsJudgedAgainstItsPartsAtTheTotalsPrintedDigits() {
        // "2,5 tỷ đồng, gồm 1,23 và 1,23": 2.46 prints 2,5 at one digit
        AmountSum rounded = new AmountSum("t", 0, "tỷ đồng", d("2.5"), d("2.46"), 2);
        assertThat(rounded.isConsistent()).isTrue();
        assertThat(rounded.exceedsTotal()).isFalse();
        assertThat(rounded.shortOfTotal()).isFalse();
        AmountSum below = new AmountSum("t", 0, "tỷ đồng", d("2.5"), d("2.44"), 2);
        assertThat(below.isConsistent()).isFalse();
        assertThat(below.shortOfTotal()).isTrue();
        assertThat(below.exceedsTotal()).isFalse();
        AmountSum above = new AmountSum("t", 0, "xã", d("20"), d("21"), 3);
        assertThat(above.exceedsTotal()).isTrue();
        assertThat(above.shortOfTotal()).isFalse();
        assertThat(new AmountSum("t", 0, "xã", d("20.00"), d("20"), 2).isConsistent()).as("more printed digits").isTrue();
        assertThatThrownBy(() -> new AmountSum("t", 0, "xã", d("20"), d("20"), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2 parts: 1");
    }

    @Test
    void aBreakdownIsConsistentOnlyWhenBothItsPartsAndItsWholesAddUp() {
        assertThat(new PartsSum("t", 0, d("7"), d("7"), d("20"), d("20"), 2).isConsistent()).isTrue();
        PartsSum parts = new PartsSum("t", 0, d("7"), d("6"), d("20"), d("20"), 3);
        assertThat(parts.partsConsistent()).isFalse();
        assertThat(parts.wholesConsistent()).isTrue();
        assertThat(parts.isConsistent()).isFalse();
        PartsSum wholes = new PartsSum("t", 0, d("7"), d("7.0"), d("20"), d("21"), 2);
        assertThat(wholes.partsConsistent()).isTrue();
        assertThat(wholes.wholesConsistent()).isFalse();
        assertThat(wholes.isConsistent()).isFalse();
        assertThatThrownBy(() -> new PartsSum("t", 0, d("7"), d("7"), d("20"), d("20"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 parts: 1");
        assertThatThrownBy(() -> new Claim(ClaimKind.RATIO, Hedge.EXACT, "t", -1, d("1"), d("2"), d("50"), d("50"), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 0: -1");
        assertThat(new Claim(ClaimKind.RATIO, Hedge.EXACT, "t", 0, d("1"), d("2"), d("50"), d("50"), true).offset()).isZero();
    }

    @Test
    void aClaimsLineCountsEveryLineEndBeforeIt() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            text.append("dòng ").append(i).append('\n');
        }
        String s = text.toString();
        LineIndex index = LineIndex.of(s);
        for (int line = 1; line <= 40; line++) {
            int start = s.indexOf("dòng " + line + "\n");
            assertThat(index.line(start)).isEqualTo(line);
            assertThat(index.line(start + ("dòng " + line).length())).as("its line end").isEqualTo(line);
        }
        assertThat(index.line(s.length())).as("after the last line end").isEqualTo(41);
        assertThat(LineIndex.of("").line(0)).isEqualTo(1);
    }
}
