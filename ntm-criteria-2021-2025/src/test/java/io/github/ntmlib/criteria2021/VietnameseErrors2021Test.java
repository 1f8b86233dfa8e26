package io.github.ntmlib.criteria2021;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.Overlay;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.EvaluationException;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.UnknownStandardException;
import io.github.ntmlib.core.criteria.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 for the 2021-2025 set: the errors an evaluation with it raises (an unknown standard or
 * indicator, a date outside its period, an overlay that names what it does not have) read in
 * Vietnamese with no English word outside the quoted input, name the same place as the English
 * message, and the English message stays as it was.
 */
class VietnameseErrors2021Test {

    private static final Set<String> ENGLISH = Set.of("the", "is", "not", "no", "missing", "unknown", "value",
            "must", "of", "and", "or", "with", "expected", "required", "empty", "unit", "standard", "criterion",
            "indicator", "date", "number", "field", "given", "found", "has", "only", "overlay", "snapshot", "set",
            "criteria", "period", "outside", "data", "year", "within", "accepted");

    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    static List<String> englishWords(String vietnamese) {
        List<String> found = new ArrayList<>();
        Matcher m = WORD.matcher(QUOTED.matcher(vietnamese).replaceAll(" "));
        while (m.find()) {
            if (ENGLISH.contains(m.group().toLowerCase(Locale.ROOT))) {
                found.add(m.group());
            }
        }
        return found;
    }

    private static InvalidDataException bilingual(ThrowingCallable call, String english) {
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, call);
        assertThat(e).as("an InvalidDataException").isNotNull();
        assertThat(e.getMessage()).contains(english).isEqualTo(e.message(Language.ENGLISH));
        String vietnamese = e.reason(Language.VIETNAMESE);
        assertThat(englishWords(vietnamese)).as(vietnamese).isEmpty();
        assertThat(vietnamese).isNotEqualTo(e.reason()).matches("(?s).*[^\\x00-\\x7F].*");
        String place = e.position() + e.subject().map(s -> " [" + s + "]").orElse("");
        assertThat(e.message(Language.VIETNAMESE)).startsWith(place).endsWith(": " + vietnamese);
        e.field().ifPresent(f -> assertThat(e.message(Language.VIETNAMESE)).contains(" trường '" + f + "'"));
        return e;
    }

    private static Evaluation evaluate(Dataset data) {
        return Evaluator.of(Fixtures.SET).evaluate(EvaluationRequest.of(Fixtures.DATE, Fixtures.YEAR,
                CountingMode.COMPUTED), Fixtures.communes(), data, StatusRegister.empty());
    }

    @Test
    void anUnknownStandardOrIndicatorIsNamedInVietnamese() {
        Evaluation e = evaluate(Dataset.empty());
        InvalidDataException standard = bilingual(() -> e.standard("commune-ntn"),
                "criteria set vn-2021-2025 has no standard 'commune-ntn'");
        assertThat(standard).isInstanceOf(UnknownStandardException.class);
        InvalidDataException indicator = bilingual(() -> evaluate(Dataset.builder()
                .add(Fixtures.ratio("1", "99.9", 1, 2)).build()), "unknown indicator: criteria set vn-2021-2025 has"
                + " no indicator 99.9");
        assertThat(indicator).isInstanceOf(EvaluationException.class);
        assertThat(indicator.subject()).contains("1");
        assertThat(indicator.field()).contains("99.9");
        assertThat(indicator.reason(Language.VIETNAMESE)).contains("'99.9'")
                .contains(Fixtures.SET.labels().vietnamese()).doesNotContain("vn-2021-2025");
    }

    @Test
    void aDateOutsideThePeriodIsNamedInVietnamese() {
        InvalidDataException e = bilingual(() -> Evaluator.of(Fixtures.SET).evaluate(EvaluationRequest.of(
                LocalDate.of(2031, 3, 1), 2030, CountingMode.COMPUTED), Fixtures.communes(), Dataset.empty(),
                StatusRegister.empty()), "data year 2030 on 2031-03-01 is outside the period of criteria set vn-2021-2025");
        assertThat(e.reason(Language.VIETNAMESE)).contains("01/03/2031").doesNotContain("2031-03-01");
        assertThat(e.field()).contains("asOf");
    }

    @Test
    void aBadOverlayOfTheSetIsNamedInVietnamese() {
        ThresholdRule rule = ThresholdRule.always(Threshold.atLeast("95", new Provenance("QĐ tỉnh", "", "", "")));
        bilingual(() -> new Overlay("ha-tinh", NationalCriteria2021.SET_ID, "42", List.of(
                new Overlay.OverlayThreshold(NationalCriteria2021.COMMUNE_NTM, "99.9", rule)), List.of(),
                new Provenance("QĐ tỉnh", "", "", ""), SourcePosition.of("overlay.json")).applyTo(Fixtures.SET),
                "unknown indicator 99.9 in standard commune-ntm");
    }

    @Test
    void anyMisspeltStandardIsNamedInVietnamese() {
        Evaluation e = evaluate(Dataset.empty());
        qt().withExamples(100).forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 20)
                .assuming(s -> Fixtures.SET.standard(s).isEmpty() && s.indexOf('\'') < 0))
                .checkAssert(id -> assertThat(bilingual(() -> e.standard(id), "has no standard").subject())
                        .contains(id));
    }

    @Test
    void theStopListFindsEnglish() {
        assertThat(englishWords("the set has no standard")).containsExactly("the", "set", "has", "no", "standard");
        assertThat(englishWords("bộ tiêu chí 'no standard' không có")).isEmpty();
    }
}
