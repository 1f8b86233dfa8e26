package io.github.ntmlib.finance.allocation;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.finance.FinanceDataException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A unit that receives a share of a pool, with the points it is weighted by and how they were
 * made (đơn vị được phân bổ và số điểm).
 *
 * @param unitCode the GSO code of the receiving unit
 * @param terms    the point terms; their sum is the unit's points
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Claimant(String unitCode, List<PointTerm> terms) {

    /**
     * Validates and copies the components.
     *
     * @param unitCode the unit code
     * @param terms    the terms
     */
    public Claimant {
        if (unitCode == null || unitCode.isBlank()) {
            throw FinanceDataException.api(null, "unitCode", Labels.of("đối tượng nhận vốn cần mã đơn vị",
                            "a claimant needs its unit code"));
        }
        terms = List.copyOf(FinanceDataException.require(terms, "terms"));
    }

    /**
     * A claimant weighted by given points, for blocks whose criteria are data (district categories,
     * priority provinces, thematic programs, provincial overlays).
     *
     * @param unitCode the unit code
     * @param label    what the points stand for
     * @param points   the exact points, 0 or more
     * @return the claimant
     */
    public static Claimant withPoints(String unitCode, String label, BigDecimal points) {
        return new Claimant(unitCode, List.of(new PointTerm(label, points, 1)));
    }

    /**
     * A province (or district) weighted by its communes under the coefficient method:
     * points = Σ coefficient × number of communes of each category; extremely difficult communes
     * are counted in the explanation with coefficient 0.
     *
     * @param unitCode     the receiving unit
     * @param communes     its communes
     * @param coefficients the coefficient table
     * @param rule         how an unrecognised commune meeting all criteria is placed
     * @return the claimant
     * @throws FinanceDataException if a commune code appears twice
     */
    public static Claimant fromCommunes(String unitCode, List<CommuneStatus> communes,
            CommuneCoefficients coefficients, CommuneStatus.AllCriteriaRule rule) {
        FinanceDataException.require(coefficients, "coefficients");
        Map<CommuneCategory, Long> counts = new EnumMap<>(CommuneCategory.class);
        Set<String> seen = new HashSet<>();
        for (CommuneStatus commune : FinanceDataException.require(communes, "communes")) {
            FinanceDataException.require(commune, "commune");
            if (!seen.add(commune.communeCode())) {
                throw FinanceDataException.api(commune.communeCode(), "communeCode", Labels.of("xã được liệt kê hai lần trong " + unitCode,
                                "commune listed twice under " + unitCode));
            }
            counts.merge(coefficients.category(commune, rule), 1L, Long::sum);
        }
        List<PointTerm> terms = new ArrayList<>();
        for (CommuneCategory category : CommuneCategory.values()) {
            long count = counts.getOrDefault(category, 0L);
            if (count > 0) {
                terms.add(new PointTerm(category.vietnamese(), coefficients.coefficient(category), count));
            }
        }
        return new Claimant(unitCode, terms);
    }

    /**
     * The unit's points.
     *
     * @return Σ coefficient × count, exact
     */
    public BigDecimal points() {
        BigDecimal sum = BigDecimal.ZERO;
        for (PointTerm term : terms) {
            sum = sum.add(term.points());
        }
        return sum;
    }
}
