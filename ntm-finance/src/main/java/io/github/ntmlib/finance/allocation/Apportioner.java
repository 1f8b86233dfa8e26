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
     * The seats of each unit, and which units the tie-break decided: units whose last seat was
     * given, or whose next seat was refused, against an exactly equal claim of another unit.
     *
     * @param seats the seats per unit
     * @param tied  per unit, whether the tie-break decided its result
     */
    record Result(long[] seats, boolean[] tied) {
    }

    /**
     * Apportions seats; the caller guarantees weights ≥ 0 with a positive sum and unique codes.
     */
    static Result apportion(ApportionmentMethod method, long seats, BigInteger[] weights, String[] codes) {
        Apportioner a = new Apportioner(seats, weights, codes);
        return switch (method) {
            case LARGEST_REMAINDER -> {
                long[] out = a.hamilton();
                yield new Result(out, a.hamiltonTies(out));
            }
            case D_HONDT -> {
                long[] out = a.divisor(false);
                yield new Result(out, a.divisorTies(out, false));
            }
            case SAINTE_LAGUE -> {
                long[] out = a.divisor(true);
                yield new Result(out, a.divisorTies(out, true));
            }
        };
    }

    /**
     * Hamilton ties, read off the result: the smallest remainder that won an extra seat equals the
     * largest that did not; every unit with that remainder was decided by the tie-break.
     */
    private boolean[] hamiltonTies(long[] out) {
        int n = weights.length;
        BigInteger[] remainders = new BigInteger[n];
        BigInteger lowestWinner = null;
        BigInteger highestLoser = null;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = seats.multiply(weights[i]).divideAndRemainder(total);
            remainders[i] = qr[1];
            if (out[i] > qr[0].longValueExact()) {
                lowestWinner = lowestWinner == null ? qr[1] : lowestWinner.min(qr[1]);
            } else {
                highestLoser = highestLoser == null ? qr[1] : highestLoser.max(qr[1]);
            }
        }
        boolean[] tied = new boolean[n];
        if (lowestWinner != null && highestLoser != null && lowestWinner.equals(highestLoser)) {
            for (int i = 0; i < n; i++) {
                tied[i] = remainders[i].equals(lowestWinner);
            }
        }
        return tied;
    }

    /**
     * Divisor-method ties, read off the result: the weakest seat given (w / d(s - 1)) is exactly as
     * strong as the strongest seat refused (w / d(s)); the units holding either were decided by the
     * tie-break.
     */
    private boolean[] divisorTies(long[] out, boolean webster) {
        int n = weights.length;
        int weakestGiven = -1;
        int strongestRefused = -1;
        for (int i = 0; i < n; i++) {
            if (out[i] > 0 && (weakestGiven < 0
                    || comparePriority(i, out[i] - 1, weakestGiven, out[weakestGiven] - 1, webster) < 0)) {
                weakestGiven = i;
            }
            if (strongestRefused < 0 || comparePriority(i, out[i], strongestRefused, out[strongestRefused], webster)
                    > 0) {
                strongestRefused = i;
            }
        }
        boolean[] tied = new boolean[n];
        if (weakestGiven < 0 || priority(weakestGiven, out[weakestGiven] - 1, strongestRefused,
                out[strongestRefused], webster) != 0) {
            return tied;
        }
        for (int i = 0; i < n; i++) {
            tied[i] = (out[i] > 0 && priority(i, out[i] - 1, weakestGiven, out[weakestGiven] - 1, webster) == 0)
                    || priority(i, out[i], weakestGiven, out[weakestGiven] - 1, webster) == 0;
        }
        return tied;
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
        int c = priority(i, si, j, sj, webster);
        if (c != 0) {
            return c;
        }
        // Equal priority: the unit earlier in the tie-break order ranks higher, so it gains a seat
        // first when adding and loses one last when removing.
        return -tieBreak().compare(i, j);
    }

    /** Compares the bare claims of i (holding si) and j (holding sj) to their next seat, exactly. */
    private int priority(int i, long si, int j, long sj, boolean webster) {
        BigInteger di = webster ? BigInteger.valueOf(si).shiftLeft(1).add(BigInteger.ONE) : BigInteger.valueOf(si + 1);
        BigInteger dj = webster ? BigInteger.valueOf(sj).shiftLeft(1).add(BigInteger.ONE) : BigInteger.valueOf(sj + 1);
        return weights[i].multiply(dj).compareTo(weights[j].multiply(di));
    }
}
