package io.github.ntmlib.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The primitive encoding of values is exact and says when it is not: a number is encoded as its
 * unscaled {@code long} and its scale exactly when it has at most 18 digits and a scale within a
 * byte (−128 … 127), and then decodes to the same unscaled value and scale; a ratio is encoded
 * only when both its parts are; anything else (19 digits or more, a scale outside a byte, a
 * grade) is tagged {@link ValueCell#EXACT}. A cell's tag, part scale and whole scale do not mix
 * (a negative part scale does not reach the whole's byte), and only the position asked for is
 * written.
 */
class ValueCellTest {

    /** Unscaled magnitudes at and around the 18/19-digit edge, and everyday ones. */
    private static Gen<BigInteger> unscaled() {
        Gen<BigInteger> small = longs().between(0, 1_000).map(BigInteger::valueOf);
        Gen<BigInteger> edge = integers().between(-2, 2).zip(integers().between(17, 19),
                (d, digits) -> BigInteger.TEN.pow(digits).add(BigInteger.valueOf(d)));
        Gen<BigInteger> wide = longs().between(0, Long.MAX_VALUE).map(BigInteger::valueOf);
        return small.mix(edge, 40).mix(wide, 20);
    }

    /** Scales everywhere, at each edge of a byte often. */
    private static Gen<Integer> scales() {
        return integers().between(-3, 6).mix(integers().between(-131, 131), 30)
                .mix(integers().between(0, 3).map((Integer i) -> new int[] {127, 128, -128, -129}[i]), 25);
    }

    private static Gen<BigDecimal> decimals() {
        return unscaled().zip(scales(), booleans().all(), (u, s, negative) -> new BigDecimal(negative ? u.negate() : u, s));
    }

    private static boolean encodable(BigDecimal x) {
        return x.precision() <= 18 && x.scale() >= -128 && x.scale() <= 127;
    }

    @Test
    void aQuantityIsItsUnscaledValueAndScaleExactlyWhenBothFit() {
        AtomicInteger encoded = new AtomicInteger();
        AtomicInteger exact = new AtomicInteger();
        AtomicInteger negativeScales = new AtomicInteger();
        qt().withExamples(5_000).forAll(decimals()).checkAssert(x -> {
            long[] part = {7, 7, 7};
            long[] whole = {7, 7, 7};
            int cell = ValueCell.encode(new Value.Quantity(x, "ha"), part, whole, 1);
            if (encodable(x)) {
                encoded.incrementAndGet();
                negativeScales.addAndGet(x.scale() < 0 ? 1 : 0);
                assertThat(ValueCell.tag(cell)).as(x.toString()).isEqualTo(ValueCell.SCALAR);
                assertThat(BigDecimal.valueOf(part[1], ValueCell.partScale(cell))).as(x.toString()).isEqualTo(x);
                assertThat(ValueCell.wholeScale(cell)).as("a scalar has no whole: " + x).isZero();
            } else {
                exact.incrementAndGet();
                assertThat(cell).as(x.toString()).isEqualTo(ValueCell.EXACT);
                assertThat(part[1]).as("nothing written for " + x).isEqualTo(7L);
            }
            assertThat(part[0]).isEqualTo(7L);
            assertThat(part[2]).isEqualTo(7L);
            assertThat(whole).containsExactly(7, 7, 7);
        });
        assertThat(encoded.get()).as("encoded").isGreaterThan(1_000);
        assertThat(exact.get()).as("left to exact comparison").isGreaterThan(1_000);
        assertThat(negativeScales.get()).as("encoded with a negative scale").isGreaterThan(100);
    }

    @Test
    void aRatioIsEncodedExactlyWhenBothPartsFit() {
        AtomicInteger encoded = new AtomicInteger();
        AtomicInteger partOnly = new AtomicInteger();
        AtomicInteger wholeOnly = new AtomicInteger();
        qt().withExamples(5_000).forAll(decimals().map((BigDecimal x) -> x.abs()), decimals().map((BigDecimal x) -> x.abs())
                .map((BigDecimal d) -> d.signum() == 0 ? BigDecimal.valueOf(3, -128) : d)).checkAssert((p, w) -> {
                    long[] part = new long[2];
                    long[] whole = new long[2];
                    int cell = ValueCell.encode(new Value.Ratio(p, w), part, whole, 0);
                    if (encodable(p) && encodable(w)) {
                        encoded.incrementAndGet();
                        assertThat(ValueCell.tag(cell)).isEqualTo(ValueCell.RATIO);
                        assertThat(BigDecimal.valueOf(part[0], ValueCell.partScale(cell))).isEqualTo(p);
                        assertThat(BigDecimal.valueOf(whole[0], ValueCell.wholeScale(cell))).isEqualTo(w);
                    } else {
                        partOnly.addAndGet(encodable(p) ? 1 : 0);
                        wholeOnly.addAndGet(encodable(w) ? 1 : 0);
                        assertThat(cell).as(p + "/" + w).isEqualTo(ValueCell.EXACT);
                    }
                    assertThat(part[1]).isZero();
                    assertThat(whole[1]).isZero();
                });
        assertThat(encoded.get()).isGreaterThan(500);
        assertThat(partOnly.get()).as("only the part fits").isGreaterThan(200);
        assertThat(wholeOnly.get()).as("only the whole fits").isGreaterThan(200);
    }

    @Test
    void aCellsScalesKeepTheirSignsAndDoNotMix() {
        long[] part = new long[1];
        long[] whole = new long[1];
        int cell = ValueCell.encode(new Value.Ratio(BigDecimal.valueOf(5, -128), BigDecimal.valueOf(3, 127)), part,
                whole, 0);
        assertThat(ValueCell.tag(cell)).isEqualTo(ValueCell.RATIO);
        assertThat(ValueCell.partScale(cell)).isEqualTo(-128);
        assertThat(ValueCell.wholeScale(cell)).isEqualTo(127);
        cell = ValueCell.encode(new Value.Ratio(BigDecimal.valueOf(5, 127), BigDecimal.valueOf(3, -1)), part, whole, 0);
        assertThat(ValueCell.partScale(cell)).isEqualTo(127);
        assertThat(ValueCell.wholeScale(cell)).isEqualTo(-1);
        assertThat(ValueCell.tag(cell)).isEqualTo(ValueCell.RATIO);
        cell = ValueCell.encode(new Value.Quantity(BigDecimal.valueOf(-5, -1), "m"), part, whole, 0);
        assertThat(cell).as("tag, then the part scale −1 in the second byte only").isEqualTo(ValueCell.SCALAR | 0xFF << 8);
        assertThat(ValueCell.partScale(cell)).isEqualTo(-1);
        assertThat(ValueCell.wholeScale(cell)).isZero();
        assertThat(part[0]).isEqualTo(-5L);
    }

    @Test
    void flagsCountsAndGradesHaveTheirOwnTags() {
        long[] part = {9};
        long[] whole = {9};
        assertThat(ValueCell.encode(new Value.Flag(true), part, whole, 0)).isEqualTo(ValueCell.TRUE);
        assertThat(ValueCell.encode(new Value.Flag(false), part, whole, 0)).isEqualTo(ValueCell.FALSE);
        assertThat(part[0]).as("a flag writes no number").isEqualTo(9L);
        assertThat(ValueCell.encode(new Value.Grade("A"), part, whole, 0)).isEqualTo(ValueCell.EXACT);
        assertThat(part[0]).isEqualTo(9L);
        assertThat(ValueCell.encode(new Value.Count(Long.MAX_VALUE), part, whole, 0)).isEqualTo(ValueCell.SCALAR);
        assertThat(part[0]).isEqualTo(Long.MAX_VALUE);
        assertThat(ValueCell.encode(new Value.Count(0), part, whole, 0)).isEqualTo(ValueCell.SCALAR);
        assertThat(part[0]).isZero();
        assertThat(whole[0]).isEqualTo(9L);
        assertThat(ValueCell.tag(ValueCell.MISSING)).isEqualTo(ValueCell.MISSING);
        assertThat(java.util.Set.of(ValueCell.MISSING, ValueCell.FALSE, ValueCell.TRUE, ValueCell.SCALAR,
                ValueCell.RATIO, ValueCell.EXACT)).as("six distinct tags").hasSize(6);
    }

    /** 18 digits fit a long with room for comparisons, 19 do not, whatever the sign and scale. */
    @Test
    void anUnscaledValueIsKeptUpTo18Digits() {
        assertThat(ValueCell.unscaledOrMin(new BigDecimal("999999999999999999"))).isEqualTo(999_999_999_999_999_999L);
        assertThat(ValueCell.unscaledOrMin(new BigDecimal("-9.99999999999999999"))).isEqualTo(-999_999_999_999_999_999L);
        assertThat(ValueCell.unscaledOrMin(new BigDecimal("1000000000000000000"))).isEqualTo(Long.MIN_VALUE);
        assertThat(ValueCell.unscaledOrMin(new BigDecimal("-100000000000000000.0"))).isEqualTo(Long.MIN_VALUE);
        assertThat(ValueCell.unscaledOrMin(BigDecimal.valueOf(42, 300))).isEqualTo(42L);
        assertThat(ValueCell.unscaledOrMin(BigDecimal.ZERO)).isZero();
    }
}
