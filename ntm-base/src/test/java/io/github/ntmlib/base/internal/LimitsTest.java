package io.github.ntmlib.base.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The bounds every reader applies, and how an error message quotes a piece of input. */
class LimitsTest {

    @Test
    void zeroIsWithinBoundsUpToTheScaleBoundAndRefusedBeyondIt() {
        // issue 20: "0e-999999999" passed every guard and exhausted memory when an overlay was applied
        assertThat(Limits.numberLimit(new BigDecimal("0E+90"))).isNull();
        assertThat(Limits.numberLimit(new BigDecimal("0E-90"))).isNull();
        assertThat(Limits.numberLimit(new BigDecimal("0.000"))).isNull();
        assertThat(Limits.numberLimit(new BigDecimal("0E+91")).english()).isEqualTo("the number's scale -91 is out of range (within ±90)");
        assertThat(Limits.numberLimit(new BigDecimal("0E-91")).english()).isEqualTo("the number's scale 91 is out of range (within ±90)");
        assertThat(Limits.numberLimit(new BigDecimal("0e-999999999")).english()).contains("scale 999999999");
        assertThat(Limits.numberLimit(new BigDecimal("0E+2147483647")).english()).contains("scale -2147483647");
        assertThat(Limits.numberLimit(new BigDecimal("-0E-2147483647")).english()).contains("scale 2147483647");
    }

    @Test
    void integersAreBoundedByTheirDigits() {
        BigInteger forty = new BigInteger("9".repeat(40));
        assertThat(Limits.numberLimit(forty)).isNull();
        assertThat(Limits.numberLimit(forty.add(BigInteger.ONE))).isEqualTo(
                io.github.ntmlib.base.Labels.of("số có 41 chữ số (tối đa 40)", "the number has 41 digits (at most 40)"));
        assertThat(Limits.numberLimit(BigInteger.TWO.pow(140).subtract(BigInteger.ONE)).english())
                .isEqualTo("the number has 43 digits (at most 40)");
        assertThat(Limits.numberLimit(BigInteger.TWO.pow(140))).isEqualTo(
                io.github.ntmlib.base.Labels.of("số có hơn 40 chữ số", "the number has more than 40 digits"));
    }

    @Test
    void quotesAreCutAfterSixtyCharactersWithTheFullLength() {
        assertThat(Limits.quote(null)).isEqualTo("null");
        assertThat(Limits.quote("")).isEqualTo("''");
        String sixty = "x".repeat(60);
        assertThat(Limits.quote(sixty)).isEqualTo("'" + sixty + "'");
        assertThat(Limits.quote(sixty + "y")).isEqualTo("'" + sixty + "…' (61 characters)");
        // a surrogate pair is never cut in half
        String pair = "x".repeat(59) + "\uD835\uDC00" + "z";
        assertThat(Limits.quote(pair)).isEqualTo("'" + "x".repeat(59) + "…' (62 characters)");
    }
}
