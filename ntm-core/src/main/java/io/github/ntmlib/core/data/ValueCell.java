package io.github.ntmlib.core.data;

import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * A value encoded as primitive numbers, for judging many units without an object per value: an
 * {@code int} cell holding the tag (lowest byte), the part's scale (next byte) and the whole's
 * scale (third byte), with the unscaled numbers in two {@code long}s (a scalar's in the part, a
 * ratio's whole in the whole). Numbers of more than 18 digits, or grades, are tagged
 * {@link #EXACT} and compared from the value itself. The encoding is exact: nothing is rounded.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ValueCell {

    /** No value. */
    public static final int MISSING = 0;
    /** A flag not met. */
    public static final int FALSE = 1;
    /** A flag met. */
    public static final int TRUE = 2;
    /** A count or quantity of at most 18 digits: unscaled value and scale. */
    public static final int SCALAR = 3;
    /** A ratio whose parts have at most 18 digits: unscaled values and scales. */
    public static final int RATIO = 4;
    /** Any other value (a grade, a number too long): compared exactly from the value. */
    public static final int EXACT = 5;

    private ValueCell() {
    }

    /**
     * Encodes a value into position {@code i} of the number arrays.
     *
     * @param value the value
     * @param part  the unscaled parts (written at {@code i})
     * @param whole the unscaled wholes (written at {@code i})
     * @param i     the position
     * @return the cell
     */
    public static int encode(Value value, long[] part, long[] whole, int i) {
        if (value instanceof Value.Flag) {
            return ((Value.Flag) value).met() ? TRUE : FALSE;
        }
        if (value instanceof Value.Count) {
            part[i] = ((Value.Count) value).count();
            return SCALAR;
        }
        if (value instanceof Value.Quantity) {
            BigDecimal amount = ((Value.Quantity) value).amount();
            long p = fits(amount);
            if (p == Long.MIN_VALUE) {
                return EXACT;
            }
            part[i] = p;
            return SCALAR | (amount.scale() & 0xFF) << 8;
        }
        if (value instanceof Value.Ratio) {
            Value.Ratio r = (Value.Ratio) value;
            long p = fits(r.numerator());
            long w = fits(r.denominator());
            if (p == Long.MIN_VALUE || w == Long.MIN_VALUE) {
                return EXACT;
            }
            part[i] = p;
            whole[i] = w;
            return RATIO | (r.numerator().scale() & 0xFF) << 8 | (r.denominator().scale() & 0xFF) << 16;
        }
        return EXACT;
    }

    /** The unscaled value when it and its scale fit the encoding, else Long.MIN_VALUE. */
    private static long fits(BigDecimal x) {
        return x.scale() < Byte.MIN_VALUE || x.scale() > Byte.MAX_VALUE ? Long.MIN_VALUE : unscaledOrMin(x);
    }

    /**
     * A cell's tag.
     *
     * @param cell the cell
     * @return one of {@link #MISSING} … {@link #EXACT}
     */
    public static int tag(int cell) {
        return cell & 0xFF;
    }

    /**
     * The scale of a cell's part.
     *
     * @param cell the cell
     * @return the scale
     */
    public static int partScale(int cell) {
        return (byte) (cell >> 8);
    }

    /**
     * The scale of a cell's whole.
     *
     * @param cell the cell
     * @return the scale
     */
    public static int wholeScale(int cell) {
        return (byte) (cell >> 16);
    }

    /**
     * The unscaled value of a number when it has at most 18 digits (so that it fits a {@code long}
     * with room for comparisons), else {@link Long#MIN_VALUE}.
     *
     * @param x the number
     * @return the unscaled value, or {@code Long.MIN_VALUE}
     */
    public static long unscaledOrMin(BigDecimal x) {
        return x.precision() <= 18 ? x.unscaledValue().longValueExact() : Long.MIN_VALUE;
    }
}
