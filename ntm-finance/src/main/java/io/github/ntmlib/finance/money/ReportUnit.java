package io.github.ntmlib.finance.money;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.VietnameseText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The unit an amount is reported in (đơn vị tính). Reports mix units: "triệu đồng" for plans and
 * disbursement, "tỷ đồng" with three decimals for program totals and sponsorship.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ReportUnit {
    /** Whole đồng (đồng); VND has no minor unit. */
    DONG(0, "đồng", "VND", "VNĐ", "đ"),
    /** Million VND (triệu đồng). */
    MILLION(6, "triệu đồng", "triệu"),
    /** Billion VND (tỷ đồng). */
    BILLION(9, "tỷ đồng", "tỉ đồng", "tỷ", "tỉ");

    private final int exponent;
    private final String label;
    private final List<String> aliases;

    ReportUnit(int exponent, String label, String... aliases) {
        this.exponent = exponent;
        this.label = label;
        this.aliases = List.of(aliases);
    }

    /**
     * The power of ten of this unit in đồng; also the number of decimals that write any whole
     * đồng amount exactly in this unit.
     *
     * @return 0, 6 or 9
     */
    public int exponent() {
        return exponent;
    }

    /**
     * The Vietnamese label printed after an amount.
     *
     * @return "đồng", "triệu đồng" or "tỷ đồng"
     */
    public String label() {
        return label;
    }

    /**
     * The label printed after an amount in a language: "triệu đồng" in Vietnamese, "million VND" in
     * English.
     *
     * @param language the language
     * @return the label
     */
    public String label(Language language) {
        if (language == Language.VIETNAMESE) {
            return label;
        }
        return switch (this) {
            case DONG -> "VND";
            case MILLION -> "million VND";
            case BILLION -> "billion VND";
        };
    }

    /**
     * The value of one unit in đồng.
     *
     * @return 1, 1,000,000 or 1,000,000,000
     */
    public BigDecimal inDong() {
        return BigDecimal.ONE.scaleByPowerOfTen(exponent).setScale(0);
    }

    /**
     * Finds a unit by its Vietnamese label or a common variant ("tỉ đồng", "tỷ", "VNĐ"), ignoring
     * case and diacritics ("trieu dong" matches).
     *
     * @param label the label
     * @return the unit, or empty if the label is not a unit
     */
    public static Optional<ReportUnit> fromLabel(String label) {
        String key = VietnameseText.fold(label);
        for (ReportUnit unit : values()) {
            if (VietnameseText.fold(unit.label).equals(key)
                    || unit.aliases.stream().anyMatch(a -> VietnameseText.fold(a).equals(key))) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
