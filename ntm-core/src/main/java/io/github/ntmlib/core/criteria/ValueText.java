package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.data.Value;
import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Values, thresholds and units as the explanations print them, for modules that explain in the
 * same words (a plan's "40/100 = 40%, ≥ 70%"): the one place these are written is the verdict text.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ValueText {

    private ValueText() {
    }

    /**
     * A value as printed; a share is printed consistently with the bound it is compared with.
     *
     * @param value    the value
     * @param bound    the threshold compared with, or {@code null}
     * @param language the language
     * @return e.g. "799/1.000 = 79,9%"
     */
    public static String value(Value value, @Nullable BigDecimal bound, Language language) {
        return VerdictText.value(value, bound, language);
    }

    /**
     * A known threshold as printed beside a value of its indicator.
     *
     * @param threshold the threshold, its value known
     * @param value     a value of the indicator (gives the unit)
     * @param language  the language
     * @return e.g. "≥ 70%", "≥ 66 triệu đồng/người/năm", "yêu cầu Đạt"
     * @throws IllegalArgumentException if the threshold has no value and is not a met/not-met one
     */
    public static String threshold(Threshold threshold, Value value, Language language) {
        if (threshold.comparison() != Comparison.MET && threshold.value().isEmpty()) {
            throw new IllegalArgumentException("threshold without a value: " + threshold);
        }
        return VerdictText.threshold(threshold, value, language);
    }

    /**
     * A unit of measure in a language ("hộ" → "households").
     *
     * @param unit     the unit as the indicator declares it (Vietnamese)
     * @param language the language
     * @return the unit's name
     */
    public static String unit(String unit, Language language) {
        return Glossary.UNITS.in(language, unit);
    }
}
