package io.github.ntmlib.finance.allocation;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.finance.FinanceDataException;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * What the allocation needs to know about one commune (thông tin xã để tính hệ số), given as data.
 *
 * <p>The criteria engine is not part of this module: a caller fills these fields from the
 * evaluation (the criteria met and the official status) and from the criteria set (how many
 * criteria its commune standard has). Finance holds no criteria period: the bands a coefficient
 * table counts by, and the number of criteria they assume, are data of the table ({@link
 * CommuneCoefficients#category}).
 *
 * @param communeCode        the 5-digit GSO code
 * @param criteriaMet        the number of criteria met, 0 to {@code criteriaOfSet}
 * @param criteriaOfSet      the number of criteria of the commune standard they were counted on
 * @param recognisedNtm      whether the commune is officially recognised NTM (được công nhận)
 * @param extremelyDifficult whether it is an extremely difficult commune (xã đặc biệt khó khăn)
 * @param safeZone           whether it is a safe-zone commune (xã an toàn khu)
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CommuneStatus(String communeCode, int criteriaMet, int criteriaOfSet, boolean recognisedNtm,
        boolean extremelyDifficult, boolean safeZone) {

    private static final Pattern COMMUNE = Pattern.compile("\\d{5}");

    /**
     * Validates the components.
     *
     * @param communeCode        the GSO code
     * @param criteriaMet        criteria met
     * @param criteriaOfSet      criteria of the commune standard
     * @param recognisedNtm      recognised NTM
     * @param extremelyDifficult extremely difficult commune
     * @param safeZone           safe-zone commune
     */
    public CommuneStatus {
        if (communeCode == null || !COMMUNE.matcher(communeCode).matches()) {
            throw FinanceDataException.api(String.valueOf(communeCode), "communeCode", Labels.of("mã xã (GSO) gồm 5 chữ số",
                            "a commune GSO code has 5 digits"));
        }
        if (criteriaOfSet < 1) {
            throw FinanceDataException.api(communeCode, "criteriaOfSet", Labels.of("bộ tiêu chí xã có ít nhất một tiêu chí: " + criteriaOfSet,
                            "a commune standard has at least one criterion: "
                    + criteriaOfSet));
        }
        if (criteriaMet < 0 || criteriaMet > criteriaOfSet) {
            throw FinanceDataException.api(communeCode, "criteriaMet", Labels.of("số tiêu chí đạt phải từ 0 đến " + criteriaOfSet + ": " + criteriaMet,
                            "criteria met must be 0 to " + criteriaOfSet
                    + ": " + criteriaMet));
        }
    }

    /**
     * How to place an unrecognised commune that meets all criteria: Decision 07/2022 does not
     * state it.
     */
    public enum AllCriteriaRule {
        /** Follow the official status: not recognised, so it counts with 15-18 criteria (default). */
        BY_OFFICIAL_STATUS,
        /** Count it as NTM. */
        COUNT_AS_NTM
    }
}
