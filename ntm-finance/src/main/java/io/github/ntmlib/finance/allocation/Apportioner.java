package io.github.ntmlib.finance.allocation;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Exact integer apportionment of {@code seats} rounding units among weights. Package-private:
 * the API is {@link Allocation}.
 */
final class Apportioner {

    private final BigInteger[] weights;
    private final String[] codes;
    private final BigInteger total;
    private final BigInteger seats;

    private Apportioner(long seats, BigInteger[] weights, String[] codes) {
        this.weights = weights;
        this.codes = codes;
        this.seats = BigInteger.valueOf(seats);
        this.total = IntStream.range(0, weights.length).mapToObj(i -> weights[i])
                .reduce(BigInteger.ZERO, BigInteger::add);
    }

    /**
     * Apportions seats; the caller guarantees weights ≥ 0 with a positive sum and unique codes.
     */
    static long[] apportion(ApportionmentMethod method, long seats, BigInteger[] weights, String[] codes) {
        Apportioner a = new Apportioner(seats, weights, codes);
        return switch (method) {
            case LARGEST_REMAINDER -> a.hamilton();
            case D_HONDT -> a.divisor(false);
            case SAINTE_LAGUE -> a.divisor(true);
        };
    }

    /** The stable tie-break: more weight first, then the smaller code. */
    private Comparator<Integer> tieBreak() {
        return Comparator.<Integer, BigInteger>comparing(i -> weights[i]).reversed()
                .thenComparing(i -> codes[i]);
    }

    private long[] hamilton() {
        int n = weights.length;
        long[] out = new long[n];
        BigInteger[] remainders = new BigInteger[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = seats.multiply(weights[i]).divideAndRemainder(total);
            out[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += out[i];
        }
        long left = seats.longValueExact() - given;
        Integer[] order = IntStream.range(0, n).boxed().sorted(
                Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed().thenComparing(tieBreak()))
                .toArray(Integer[]::new);
        for (int k = 0; k < left; k++) {
            out[order[k]]++;
        }
        return out;
    }

    /**
     * A divisor method, exactly. The priority of unit i holding s seats is w / (s + 1) for D'Hondt
     * and 2w / (2s + 1) for Sainte-Laguë; a seat is removed from the lowest w / s resp. 2w / (2s - 1).
     */
    private long[] divisor(boolean webster) {
        int n = weights.length;
        long[] out = new long[n];
        long given = 0;
        BigInteger twice = total.shiftLeft(1);
        for (int i = 0; i < n; i++) {
            BigInteger scaled = seats.multiply(weights[i]);
            out[i] = webster ? scaled.shiftLeft(1).add(total).divide(twice).longValueExact()
                    : scaled.divide(total).longValueExact();
            given += out[i];
        }
        long target = seats.longValueExact();
        while (given < target) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (best < 0 || comparePriority(i, out[i], best, out[best], webster) > 0) {
                    best = i;
                }
            }
            out[best]++;
            given++;
        }
        while (given > target) {
            int worst = -1;
            for (int i = 0; i < n; i++) {
                if (out[i] > 0 && (worst < 0 || comparePriority(i, out[i] - 1, worst, out[worst] - 1, webster)
                        < 0)) {
                    worst = i;
                }
            }
            out[worst]--;
            given--;
        }
        return out;
    }

    /**
     * Compares the claims of i (holding si) and j (holding sj) to their next seat.
     */
    private int comparePriority(int i, long si, int j, long sj, boolean webster) {
        BigInteger di = webster ? BigInteger.valueOf(si).shiftLeft(1).add(BigInteger.ONE) : BigInteger.valueOf(si + 1);
        BigInteger dj = webster ? BigInteger.valueOf(sj).shiftLeft(1).add(BigInteger.ONE) : BigInteger.valueOf(sj + 1);
        int c = weights[i].multiply(dj).compareTo(weights[j].multiply(di));
        if (c != 0) {
            return c;
        }
        // Equal priority: the unit earlier in the tie-break order ranks higher, so it gains a seat
        // first when adding and loses one last when removing.
        return -tieBreak().compare(i, j);
    }
}
