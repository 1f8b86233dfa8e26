package io.github.ntmlib.examples.demo;

import java.util.List;

/**
 * The published figures of Hà Tĩnh's 2024 NTM report (the seed) that the demo is calibrated to or
 * shows as they are: counts of recognised units, the year's plans, OCOP certificates and the
 * disbursement of the 2024 capital by type (triệu đồng, as of 25 February 2025).
 */
public final class SeedFigures {

    /** Xã the seed counts (the GSO list may hold a different number). */
    public static final int COMMUNES = 169;
    /** Xã đạt chuẩn NTM nâng cao. */
    public static final int COMMUNES_ADVANCED = 69;
    /** Xã đạt chuẩn NTM kiểu mẫu. */
    public static final int COMMUNES_MODEL = 18;
    /** Xã nâng cao recognised in 2024, and the year's plan. */
    public static final int ADVANCED_2024 = 15;
    /** The 2024 plan of new xã nâng cao. */
    public static final int ADVANCED_PLAN = 20;
    /** Xã kiểu mẫu recognised in 2024. */
    public static final int MODEL_2024 = 4;
    /** The 2024 plan of new xã kiểu mẫu. */
    public static final int MODEL_PLAN = 5;
    /** Thôn. */
    public static final int VILLAGES = 1512;
    /** Thôn đạt chuẩn khu dân cư NTM kiểu mẫu. */
    public static final int VILLAGES_MODEL = 1205;
    /** Thôn recognised kiểu mẫu in 2024. */
    public static final int VILLAGES_MODEL_2024 = 100;
    /** OCOP products recognised since the start. */
    public static final int OCOP_RECOGNISED = 396;
    /** OCOP certificates still valid. */
    public static final int OCOP_VALID = 314;
    /** Valid 4-star certificates. */
    public static final int OCOP_FOUR_STAR = 15;
    /** Valid 3-star certificates. */
    public static final int OCOP_THREE_STAR = 299;

    /**
     * One line of the 2024 disbursement.
     *
     * @param vietnamese the capital type in Vietnamese
     * @param english    in English
     * @param disbursed  disbursed, triệu đồng
     * @param plan       the plan, triệu đồng
     * @param printedDigits the decimals the seed prints the rate with
     */
    public record Disbursement(String vietnamese, String english, long disbursed, long plan, int printedDigits) {
    }

    /** The 2024 capital by type, and the total, as the seed prints them. */
    public static final List<Disbursement> DISBURSEMENT = List.of(
            new Disbursement("Vốn đầu tư phát triển", "development investment", 365_695, 504_912, 2),
            new Disbursement("Vốn sự nghiệp", "recurrent", 45_931, 88_228, 2),
            new Disbursement("Tổng", "total", 411_626, 593_139, 1));

    private SeedFigures() {
    }
}
