package io.github.ntmlib.finance.allocation;

import io.github.ntmlib.finance.FinanceDataException;
import java.util.regex.Pattern;

/**
 * What the allocation needs to know about one commune (thông tin xã để tính hệ số), given as data.
 *
 * <p>The criteria engine is not part of this module: a caller fills these fields from its own
 * records today, and a later issue feeds them from the engine's computed criteria counts and
 * official statuses. Per the decision, communes are counted at the end of 2021.
 *
 * @param communeCode        the 5-digit GSO code
 * @param criteriaMet        the number of national criteria met, 0 to 19
 * @param recognisedNtm      whether the commune is officially recognised NTM (được công nhận)
 * @param extremelyDifficult whether it is an extremely difficult commune (xã đặc biệt khó khăn)
 * @param safeZone           whether it is a safe-zone commune (xã an toàn khu)
 */
public record CommuneStatus(String communeCode, int criteriaMet, boolean recognisedNtm, boolean extremelyDifficult,
        boolean safeZone) {

    /** The number of criteria of the 2021-2025 commune set. */
    public static final int ALL_CRITERIA = 19;

    private static final Pattern COMMUNE = Pattern.compile("\\d{5}");

    /**
     * Validates the components.
     *
     * @param communeCode        the GSO code
     * @param criteriaMet        criteria met
     * @param recognisedNtm      recognised NTM
     * @param extremelyDifficult extremely difficult commune
     * @param safeZone           safe-zone commune
     */
    public CommuneStatus {
        if (communeCode == null || !COMMUNE.matcher(communeCode).matches()) {
            throw FinanceDataException.api(String.valueOf(communeCode), "communeCode",
                    "a commune GSO code has 5 digits");
        }
        if (criteriaMet < 0 || criteriaMet > ALL_CRITERIA) {
            throw FinanceDataException.api(communeCode, "criteriaMet", "criteria met must be 0 to 19: " + criteriaMet);
        }
    }

    /**
     * The commune's category.
     *
     * @param unrecognisedWithAllCriteria how to treat a commune that meets all 19 criteria but is
     *                                    not recognised (the decision does not say)
     * @return the category
     */
    public CommuneCategory category(AllCriteriaRule unrecognisedWithAllCriteria) {
        FinanceDataException.require(unrecognisedWithAllCriteria, "unrecognisedWithAllCriteria");
        if (extremelyDifficult) {
            return CommuneCategory.EXCLUDED_EXTREMELY_DIFFICULT;
        }
        if (recognisedNtm) {
            return CommuneCategory.RECOGNISED_NTM;
        }
        if (safeZone || criteriaMet < 15) {
            return CommuneCategory.UNDER_15_OR_SAFE_ZONE;
        }
        if (criteriaMet == ALL_CRITERIA && unrecognisedWithAllCriteria == AllCriteriaRule.COUNT_AS_NTM) {
            return CommuneCategory.RECOGNISED_NTM;
        }
        return CommuneCategory.FROM_15_TO_18;
    }

    /**
     * How to place an unrecognised commune that meets all 19 criteria: Decision 07/2022 does not
     * state it.
     */
    public enum AllCriteriaRule {
        /** Follow the official status: not recognised, so it counts with 15-18 criteria (default). */
        BY_OFFICIAL_STATUS,
        /** Count it as NTM. */
        COUNT_AS_NTM
    }
}
