package io.github.ntmlib.criteria2021;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.Language;


import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.CriterionContext;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.data.ValueKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Condition K2 of a commune NTM kiểu mẫu (Decision 319/QĐ-TTg): income per capita at the time of
 * consideration is at least 110% of the NTM nâng cao income level at that time. The nâng cao level
 * is the threshold of the indicator {@value #INDICATOR} this criterion carries; the national value
 * was not found, so it is declared not encoded and K2 is not assessed until a provincial overlay
 * supplies it (for this standard's indicator as for the nâng cao one). The comparison is exact:
 * income × 100 ≥ 110 × level.
 */
final class IncomeAboveAdvancedLevel implements Criterion {

    /** The name the set's file uses for this rule. */
    public static final String NAME = "income-110-percent-of-advanced";
    /** The income indicator code, shared with the NTM and nâng cao income criteria. */
    public static final String INDICATOR = "10.income";
    /** The unit of income. */
    public static final String UNIT = "triệu đồng/người/năm";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal PERCENT = BigDecimal.valueOf(110);
    private static final Provenance SOURCE = new Provenance("319/QĐ-TTg ngày 08/3/2022", "Điều 1", "K2",
            "income ≥ 110% of the nâng cao level at the time of consideration; dantocphattrien.vietnamnet.vn"
                    + " 1646752269529");
    private static final Labels LABELS = Labels.of(
            "Thu nhập bình quân đầu người ≥ 110% mức thu nhập xã NTM nâng cao",
            "income per capita at least 110% of the nâng cao income level");

    private final IndicatorDefinition level;

    private IncomeAboveAdvancedLevel(IndicatorDefinition level) {
        this.level = Objects.requireNonNull(level, "level");
        if (!level.code().equals(INDICATOR) || level.kind() != ValueKind.QUANTITY) {
            throw new IllegalArgumentException("K2 reads the quantity indicator " + INDICATOR + ", not "
                    + level.code() + " (" + level.kind() + ")");
        }
    }

    /**
     * The criterion with the national declaration of the nâng cao level (not encoded).
     *
     * @return the criterion
     */
    public static IncomeAboveAdvancedLevel standard() {
        Threshold unknown = Threshold.notEncoded(Comparison.AT_LEAST, new Provenance("318/QĐ-TTg ngày 08/3/2022",
                "Phụ lục II", "Thu nhập", "the nâng cao income level exists; its value was not found"));
        return new IncomeAboveAdvancedLevel(new IndicatorDefinition(INDICATOR,
                Labels.of("Mức thu nhập xã NTM nâng cao (so sánh với thu nhập bình quân đầu người)",
                        "the nâng cao income level (compared with income per capita)"),
                ValueKind.QUANTITY, UNIT, false, List.of(), List.of(ThresholdRule.always(unknown))));
    }

    @Override
    public String code() {
        return "K2";
    }

    @Override
    public Labels labels() {
        return LABELS;
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return List.of(level);
    }

    @Override
    public Criterion withIndicators(List<IndicatorDefinition> indicators) {
        if (indicators.size() != 1) {
            throw new IllegalArgumentException("K2 has exactly one indicator, " + INDICATOR);
        }
        return new IncomeAboveAdvancedLevel(indicators.get(0));
    }

    /**
     * The verdict of {@link #evaluate} without its text: not assessed without the income or the
     * level, else the same exact comparison.
     */
    @Override
    public Verdict verdict(CriterionContext context) {
        IndicatorTrace base = context.assess(level);
        Optional<Threshold> threshold = base.threshold();
        if (threshold.isEmpty() || !threshold.get().isKnown() || base.observation().isEmpty()) {
            return Verdict.NOT_ASSESSED;
        }
        return meets(base, threshold.get()) ? Verdict.MET : Verdict.NOT_MET;
    }

    /** income × 100 ≥ 110 × level, exactly. */
    private static boolean meets(IndicatorTrace base, Threshold threshold) {
        BigDecimal levelValue = threshold.value().orElseThrow();
        BigDecimal income = ((Value.Quantity) base.observation().orElseThrow().value()).amount();
        return income.multiply(HUNDRED).compareTo(PERCENT.multiply(levelValue)) >= 0;
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        IndicatorTrace base = context.assess(level);
        Optional<Threshold> threshold = base.threshold();
        if (threshold.isEmpty() || !threshold.get().isKnown() || base.observation().isEmpty()) {
            Labels why = Labels.of(base.explanation(Language.VIETNAMESE) + "; K2 cần thu nhập và mức nâng cao ["
                    + SOURCE.cite(Language.VIETNAMESE) + "]", base.explanation(Language.ENGLISH)
                    + "; K2 needs the income and the nâng cao level [" + SOURCE.cite(Language.ENGLISH) + "]");
            return CriterionResult.ofRule(code(), LABELS, Verdict.NOT_ASSESSED, List.of(base), why);
        }
        BigDecimal levelValue = threshold.get().value().orElseThrow();
        BigDecimal income = ((Value.Quantity) base.observation().get().value()).amount();
        BigDecimal required = levelValue.multiply(PERCENT).divide(HUNDRED);
        boolean met = meets(base, threshold.get());
        Labels text = Labels.of(text(income, levelValue, required, met, Language.VIETNAMESE, threshold.get()),
                text(income, levelValue, required, met, Language.ENGLISH, threshold.get()));
        BigDecimal distance = met ? null : required.subtract(income).stripTrailingZeros();
        Verdict verdict = met ? Verdict.MET : Verdict.NOT_MET;
        return CriterionResult.ofRule(code(), LABELS, verdict, List.of(base.rejudged(verdict, distance, text)), text);
    }

    private static String text(BigDecimal income, BigDecimal level, BigDecimal required, boolean met,
            Language language, Threshold threshold) {
        boolean vi = language == Language.VIETNAMESE;
        String share = level.signum() == 0 ? "n/a"
                : Figures.formatPercentConsistent(income, level, PERCENT, 1, language);
        return (vi ? "thu nhập " : "income ") + Figures.format(income, language.locale()) + " "
                + (vi ? UNIT : "million VND/person/year")
                + (vi ? " bằng " : " is ") + share + (vi ? " mức nâng cao " : " of the nâng cao level ")
                + Figures.format(level, language.locale()) + (met ? (vi ? "; đạt" : "; meets")
                        : (vi ? "; chưa đạt" : "; does not meet")) + " ≥ 110% ("
                + Figures.formatNumber(required, 4, language) + ") [" + SOURCE.cite(language) + "; "
                + (vi ? "mức: " : "level: ") + threshold.provenance().cite(language) + "]";
    }

    @Override
    public String toString() {
        return "IncomeAboveAdvancedLevel[K2 ≥ 110% of " + level.code() + "]";
    }
}
