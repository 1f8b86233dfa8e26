package io.github.ntmlib.finance.allocation;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.finance.money.Rate;
import io.github.ntmlib.finance.money.ReportUnit;
import io.github.ntmlib.finance.money.Vnd;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * A pool of capital split among units by the coefficient method (phân bổ vốn theo hệ số), so
 * that the shares sum exactly to the pool.
 *
 * <p>Steps: fixed grants are taken off the pool first; what remains (the distributable amount)
 * must be a whole number of rounding units (1 million đồng by default) and is apportioned among
 * the claimants by their points (share = distributable × points / Σ points, the usual coefficient
 * method, documented as such because Decision 07/2022's points-to-money formula was not found),
 * rounded by the chosen {@link ApportionmentMethod}. Every share can {@linkplain
 * AllocationShare#explain(ReportUnit) explain} itself. The result does not depend on the order of the
 * claimants.
 *
 * <p>The split of the national pool between the five blocks of Decision 07/2022 (communes,
 * districts, priority provinces, thematic programs, the ADB program) was not found: allocate each
 * block with its own pool, given as data.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Allocation {

    /** The default rounding unit: one million đồng. */
    public static final Vnd DEFAULT_ROUNDING_UNIT = Vnd.ofMillions(1);

    private final Vnd pool;
    private final Vnd roundingUnit;
    private final ApportionmentMethod method;
    private final List<AllocationShare> shares;

    private Allocation(Vnd pool, Vnd roundingUnit, ApportionmentMethod method, List<AllocationShare> shares) {
        this.pool = pool;
        this.roundingUnit = roundingUnit;
        this.method = method;
        this.shares = shares;
    }

    /**
     * Allocates a pool with no fixed grants, to the default rounding unit.
     *
     * @param pool      the pool
     * @param claimants the claimants
     * @param method    the apportionment method
     * @return the allocation
     */
    public static Allocation of(Vnd pool, List<Claimant> claimants, ApportionmentMethod method) {
        return of(pool, Map.of(), claimants, DEFAULT_ROUNDING_UNIT, method);
    }

    /**
     * Allocates a pool.
     *
     * @param pool         the pool, 0 or more
     * @param fixedGrants  amounts granted to units before apportionment, each 0 or more
     * @param claimants    the units sharing the rest, with unique codes
     * @param roundingUnit the rounding unit, more than zero
     * @param method       the apportionment method
     * @return the allocation
     * @throws FinanceDataException if an amount is negative, the pool is smaller than the fixed
     *                              grants, the rest is not a whole number of rounding units, a code
     *                              repeats, or there are no points to share a positive rest by
     */
    public static Allocation of(Vnd pool, Map<String, Vnd> fixedGrants, List<Claimant> claimants, Vnd roundingUnit,
            ApportionmentMethod method) {
        FinanceDataException.require(pool, "pool");
        FinanceDataException.require(fixedGrants, "fixedGrants");
        FinanceDataException.require(claimants, "claimants");
        FinanceDataException.require(roundingUnit, "roundingUnit");
        FinanceDataException.require(method, "method");
        if (pool.isNegative()) {
            throw FinanceDataException.api(null, "pool", Labels.of("tổng vốn phân bổ không được âm: " + pool,
                            "the pool must not be negative: " + pool));
        }
        if (roundingUnit.dong() <= 0) {
            throw FinanceDataException.api(null, "roundingUnit", Labels.of("đơn vị làm tròn phải dương: " + roundingUnit,
                            "the rounding unit must be positive: " + roundingUnit));
        }
        Vnd fixedTotal = Vnd.ZERO;
        for (Map.Entry<String, Vnd> grant : fixedGrants.entrySet()) {
            FinanceDataException.require(grant.getValue(), "fixedGrant");
            if (grant.getValue().isNegative()) {
                throw FinanceDataException.api(grant.getKey(), "fixedGrant", Labels.of("khoản hỗ trợ cố định không được âm: " + grant.getValue(),
                                "a fixed grant must not be negative: "
                        + grant.getValue()));
            }
            fixedTotal = fixedTotal.plus(grant.getValue());
        }
        if (pool.compareTo(fixedTotal) < 0) {
            throw FinanceDataException.api(null, "pool", Labels.of("tổng vốn " + pool.format(ReportUnit.MILLION, NumberStyle.VI_VN) + " nhỏ hơn tổng các khoản hỗ trợ cố định " + fixedTotal.format(ReportUnit.MILLION, NumberStyle.VI_VN),
                            "the pool " + pool.format(ReportUnit.MILLION,
                    NumberStyle.VI_VN) + " is smaller than the sum of fixed grants "
                    + fixedTotal.format(ReportUnit.MILLION, NumberStyle.VI_VN)));
        }
        Vnd rest = pool.minus(fixedTotal);
        if (rest.dong() % roundingUnit.dong() != 0) {
            throw FinanceDataException.api(null, "pool", Labels.of("số tiền cần phân bổ " + rest + " không phải là số nguyên lần đơn vị làm tròn " + roundingUnit,
                            "the amount to apportion " + rest
                    + " is not a whole number of rounding units of " + roundingUnit));
        }
        long seats = rest.dong() / roundingUnit.dong();
        return new Allocation(pool, roundingUnit, method, apportion(seats, fixedGrants, claimants, roundingUnit,
                method));
    }

    private static List<AllocationShare> apportion(long seats, Map<String, Vnd> fixedGrants, List<Claimant> claimants,
            Vnd roundingUnit, ApportionmentMethod method) {
        List<Claimant> sorted = new ArrayList<>(claimants);
        sorted.forEach(c -> FinanceDataException.require(c, "claimant"));
        sorted.sort(Comparator.comparing(Claimant::unitCode));
        int n = sorted.size();
        String[] codes = new String[n];
        BigDecimal[] points = new BigDecimal[n];
        int scale = 0;
        BigDecimal totalPoints = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            codes[i] = sorted.get(i).unitCode();
            if (i > 0 && codes[i].equals(codes[i - 1])) {
                throw FinanceDataException.api(codes[i], "unitCode", Labels.of("đối tượng nhận vốn bị trùng",
                                "the claimant appears twice"));
            }
            points[i] = sorted.get(i).points();
            scale = Math.max(scale, points[i].scale());
            totalPoints = totalPoints.add(points[i]);
        }
        BigInteger[] weights = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            weights[i] = points[i].setScale(scale).unscaledValue();
        }
        boolean share = seats > 0;
        if (share && totalPoints.signum() == 0) {
            throw FinanceDataException.api(null, "claimants", Labels.of("không có điểm nào để phân bổ " + seats + " đơn vị làm tròn",
                            "there are no points to apportion " + seats
                    + " rounding units by"));
        }
        Apportioner.Result apportioned = share ? Apportioner.apportion(method, seats, weights, codes)
                : new Apportioner.Result(new long[n], new boolean[n]);
        long[] result = apportioned.seats();
        BigInteger total = totalPoints.setScale(scale).unscaledValue();
        Map<String, AllocationShare> byCode = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Rate quota = share ? Rate.of(BigInteger.valueOf(seats).multiply(weights[i]), total) : Rate.of(0, 1);
            byCode.put(codes[i], new AllocationShare(codes[i], fixedGrants.getOrDefault(codes[i], Vnd.ZERO),
                    roundingUnit.times(result[i]), sorted.get(i).terms(), points[i], totalPoints, quota,
                    apportioned.tied()[i]));
        }
        BigDecimal allPoints = totalPoints;
        for (Map.Entry<String, Vnd> grant : fixedGrants.entrySet()) {
            byCode.computeIfAbsent(grant.getKey(), code -> new AllocationShare(code, grant.getValue(), Vnd.ZERO,
                    List.of(), BigDecimal.ZERO, allPoints, Rate.of(0, 1), false));
        }
        List<AllocationShare> out = new ArrayList<>();
        for (String code : new TreeSet<>(byCode.keySet())) {
            out.add(byCode.get(code));
        }
        return List.copyOf(out);
    }

    /**
     * The pool.
     *
     * @return the pool
     */
    public Vnd pool() {
        return pool;
    }

    /**
     * The rounding unit.
     *
     * @return the rounding unit
     */
    public Vnd roundingUnit() {
        return roundingUnit;
    }

    /**
     * The apportionment method.
     *
     * @return the method
     */
    public ApportionmentMethod method() {
        return method;
    }

    /**
     * The shares, by unit code; they sum exactly to the pool.
     *
     * @return the shares
     */
    public List<AllocationShare> shares() {
        return shares;
    }

    /**
     * The share of one unit.
     *
     * @param unitCode the unit code
     * @return its share, or empty if it has none
     */
    public Optional<AllocationShare> share(String unitCode) {
        return shares.stream().filter(s -> s.unitCode().equals(unitCode)).findFirst();
    }
}
