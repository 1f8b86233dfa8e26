package io.github.ntmlib.finance.allocation;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.base.internal.JsonFields;
import io.github.ntmlib.finance.internal.Tables;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Coefficients per commune category (hệ số phân bổ theo nhóm xã), read from a versioned JSON table.
 *
 * <p>The bundled table is Decision 07/2022/QĐ-TTg: 5.0 / 3.0 / 1.0. A province's own coefficients
 * (for example Quảng Trị Resolution 21/2022/NQ-HĐND) are a provincial overlay read with {@link
 * #fromJson(InputStream, String)} in the same format; ntm bundles none.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CommuneCoefficients {

    private final String source;
    private final Map<CommuneCategory, BigDecimal> coefficients;
    private final int criteriaOfSet;
    private final int lowBandBelow;

    private CommuneCoefficients(String source, Map<CommuneCategory, BigDecimal> coefficients, int criteriaOfSet,
            int lowBandBelow) {
        this.source = source;
        this.coefficients = coefficients;
        this.criteriaOfSet = criteriaOfSet;
        this.lowBandBelow = lowBandBelow;
    }

    /**
     * The coefficients of Decision 07/2022/QĐ-TTg.
     *
     * @return the table
     */
    public static CommuneCoefficients decision07of2022() {
        return Tables.bundled("decision-07-2022-commune-coefficients.json", CommuneCoefficients::read);
    }

    /**
     * Reads a coefficient table (a provincial overlay).
     *
     * @param json   the JSON, in the format of the bundled table
     * @param source its name, for errors
     * @return the table
     * @throws FinanceDataException if a category is unknown, repeated or missing, or a coefficient
     *                              is negative
     */
    public static CommuneCoefficients fromJson(InputStream json, String source) {
        return Tables.read(json, source, CommuneCoefficients::read);
    }

    private static CommuneCoefficients read(JsonFields.Node root) {
        Map<CommuneCategory, BigDecimal> map = new EnumMap<>(CommuneCategory.class);
        JsonFields.Node list = root.get("coefficients");
        for (JsonFields.Node row : list.elements()) {
            CommuneCategory category = row.get("category").constant(CommuneCategory.class);
            if (category == CommuneCategory.EXCLUDED_EXTREMELY_DIFFICULT) {
                throw row.error(Labels.of("xã đặc biệt khó khăn bị loại trừ và không có hệ số",
                                "extremely difficult communes are excluded and take no coefficient"));
            }
            if (map.put(category, row.get("coefficient").nonNegative()) != null) {
                throw row.error(Labels.of("loại xã " + category.vietnamese() + " bị lặp lại",
                                "category " + category + " is repeated"));
            }
        }
        for (CommuneCategory category : CommuneCategory.values()) {
            if (category != CommuneCategory.EXCLUDED_EXTREMELY_DIFFICULT && !map.containsKey(category)) {
                throw list.error(Labels.of("không có hệ số cho loại xã " + category.vietnamese(),
                                "no coefficient for " + category));
            }
        }
        map.put(CommuneCategory.EXCLUDED_EXTREMELY_DIFFICULT, BigDecimal.ZERO);
        JsonFields.Node bands = root.get("bands");
        int all = bands.get("criteriaOfSet").integer();
        int low = bands.get("lowBandBelow").integer();
        if (all < 1 || low < 0 || low > all) {
            throw bands.error(Labels.of("các khung cần 0 <= 'lowBandBelow' <= 'criteriaOfSet' và ít nhất một tiêu chí: " + low + ", " + all,
                            "bands need 0 <= lowBandBelow <= criteriaOfSet and at least one criterion: " + low + ", "
                    + all));
        }
        return new CommuneCoefficients(root.position().source(), Map.copyOf(map), all, low);
    }

    /**
     * The number of criteria of the commune standard the table's bands assume (the criteria set
     * the decision counted communes on).
     *
     * @return the number of criteria
     */
    public int criteriaOfSet() {
        return criteriaOfSet;
    }

    /**
     * The lowest band: communes meeting fewer criteria than this take the highest coefficient.
     *
     * @return the number of criteria
     */
    public int lowBandBelow() {
        return lowBandBelow;
    }

    /**
     * The category of a commune under this table's bands.
     *
     * @param commune                     the commune
     * @param unrecognisedWithAllCriteria how to treat a commune that meets all criteria but is not
     *                                    recognised (the decision does not say)
     * @return the category
     * @throws FinanceDataException if the commune's criteria were counted on a set with another
     *                              number of criteria than the table's bands assume
     */
    public CommuneCategory category(CommuneStatus commune, CommuneStatus.AllCriteriaRule unrecognisedWithAllCriteria) {
        FinanceDataException.require(commune, "commune");
        FinanceDataException.require(unrecognisedWithAllCriteria, "unrecognisedWithAllCriteria");
        if (commune.criteriaOfSet() != criteriaOfSet) {
            throw FinanceDataException.api(commune.communeCode(), "criteriaOfSet", Labels.of("các khung của " + source + " đếm tiêu chí của bộ tiêu chí có " + criteriaOfSet + " tiêu chí; tiêu chí của xã này được đếm theo bộ có " + commune.criteriaOfSet() + " tiêu chí",
                            "the bands of " + source
                    + " count criteria of a standard with " + criteriaOfSet + " criteria; this commune's were counted on"
                    + " one with " + commune.criteriaOfSet()));
        }
        if (commune.extremelyDifficult()) {
            return CommuneCategory.EXCLUDED_EXTREMELY_DIFFICULT;
        }
        if (commune.recognisedNtm()) {
            return CommuneCategory.RECOGNISED_NTM;
        }
        if (commune.safeZone() || commune.criteriaMet() < lowBandBelow) {
            return CommuneCategory.UNDER_15_OR_SAFE_ZONE;
        }
        if (commune.criteriaMet() == criteriaOfSet
                && unrecognisedWithAllCriteria == CommuneStatus.AllCriteriaRule.COUNT_AS_NTM) {
            return CommuneCategory.RECOGNISED_NTM;
        }
        return CommuneCategory.FROM_15_TO_18;
    }

    /**
     * The coefficient of a category; zero for excluded communes.
     *
     * @param category the category
     * @return the exact coefficient
     */
    public BigDecimal coefficient(CommuneCategory category) {
        // the table has a coefficient for every category (checked when it is read)
        return Objects.requireNonNull(coefficients.get(FinanceDataException.require(category, "category")));
    }

    /**
     * Where the table came from.
     *
     * @return the resource or file name
     */
    public String source() {
        return source;
    }
}
