package io.github.ntmlib.core.engine;

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
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusStep;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.io.DataCsv;
import io.github.ntmlib.core.locality.HierarchyException;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnknownUnitException;
import io.github.ntmlib.core.locality.io.UnitsCsv;
import io.github.ntmlib.core.report.io.EvaluationJson;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: a typed input error of ntm-core reads in Vietnamese in Vietnamese output. For a
 * sample of real error paths (a bad CSV cell, an unknown unit, an unknown standard, a hierarchy
 * problem, a bad overlay, a bad evaluation document) the Vietnamese message has no English word
 * outside the quoted input, names the same place, unit and field as the English one, and the
 * English message ({@link InvalidDataException#getMessage()}) stays as it was.
 */
class VietnameseErrorsTest {

    /** English words that have no place in a Vietnamese sentence. */
    private static final Set<String> ENGLISH = Set.of("the", "is", "not", "no", "missing", "unknown", "value",
            "values", "must", "of", "and", "or", "with", "expected", "required", "empty", "unit", "standard",
            "criterion", "indicator", "date", "number", "field", "given", "twice", "found", "has", "only",
            "cannot", "overlay", "snapshot", "hierarchy", "whole", "set", "criteria", "valid", "parent", "code");

    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    /** The English words of a Vietnamese text, quoted input left out. */
    static List<String> englishWords(String vietnamese) {
        String unquoted = QUOTED.matcher(vietnamese).replaceAll(" ");
        List<String> found = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(unquoted);
        while (m.find()) {
            if (ENGLISH.contains(m.group().toLowerCase(Locale.ROOT))) {
                found.add(m.group());
            }
        }
        return found;
    }

    /** Checks one error: Vietnamese with no English word, both languages naming the same place. */
    private static InvalidDataException bilingual(ThrowingCallable call, String english) {
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, call);
        assertThat(e).as("an InvalidDataException").isNotNull();
        assertThat(e.getMessage()).contains(english).isEqualTo(e.message(Language.ENGLISH));
        String vietnamese = e.reason(Language.VIETNAMESE);
        assertThat(englishWords(vietnamese)).as(vietnamese).isEmpty();
        assertThat(vietnamese).as("written in Vietnamese").isNotEqualTo(e.reason()).matches("(?s).*[^\\x00-\\x7F].*");
        String place = e.position() + e.subject().map(s -> " [" + s + "]").orElse("");
        assertThat(e.message(Language.VIETNAMESE)).startsWith(place).endsWith(": " + vietnamese);
        assertThat(e.getMessage()).startsWith(place);
        e.field().ifPresent(f -> {
            assertThat(e.message(Language.VIETNAMESE)).contains(" trường '" + f + "'");
            assertThat(e.getMessage()).contains(" field '" + f + "'");
        });
        return e;
    }

    private static final String HEAD = "unit,indicator,year,kind,value,part,whole,unit_of_measure,reporter,reference\n";

    @Test
    void aBadCsvCellIsNamedInVietnamese() {
        InvalidDataException e = bilingual(() -> DataCsv.readObservations(new StringReader(HEAD
                + "1,3.1,20x4,RATIO,,799,1000,,,\n"), "values.csv"), "not a whole number: '20x4'");
        assertThat(e.position()).isEqualTo(SourcePosition.of("values.csv", 2));
        assertThat(e.subject()).contains("1");
        assertThat(e.field()).contains("year");
        assertThat(e.reason(Language.VIETNAMESE)).isEqualTo("không phải là số nguyên: '20x4'");
        bilingual(() -> DataCsv.readObservations(new StringReader(HEAD + "1,3.1,2024,SHARE,,799,1000,,,\n"),
                "values.csv"), "'SHARE' is not one of [FLAG");
        bilingual(() -> DataCsv.readObservations(new StringReader(HEAD + "1,3.1,2024,RATIO,5,799,1000,,,\n"),
                "values.csv"), "this cell must be empty, not '5'");
        bilingual(() -> DataCsv.readObservations(new StringReader(HEAD + "1,3.1,2024,RATIO,,799,0,,,\n"),
                "values.csv"), "ratio denominator must be above 0");
        bilingual(() -> DataCsv.readOutcomes(new StringReader(
                "unit,standard,criterion,assessment,completion_low,completion_high,date,reporter,reference\n"
                        + "2,commune-ntm,3,cơ bản đạt,60,85,2024-31-11,,\n"), "outcomes.csv"), "not an ISO date");
    }

    @Test
    void anUnknownUnitOrStandardIsNamedInVietnamese() {
        InvalidDataException unit = bilingual(() -> SmallSet.snapshot().require("99999"),
                "no unit with code '99999' on 2024-01-01");
        assertThat(unit).isInstanceOf(UnknownUnitException.class);
        assertThat(unit.reason(Language.VIETNAMESE)).contains("01/01/2024").doesNotContain("2024-01-01");
        Evaluation evaluation = Evaluator.of(SmallSet.set()).evaluate(EvaluationRequest.of(SmallSet.DATE, 2024,
                CountingMode.COMPUTED), SmallSet.snapshot(), Dataset.empty(), StatusRegister.empty());
        InvalidDataException standard = bilingual(() -> evaluation.standard("commune-nmt"),
                "criteria set test-set has no standard 'commune-nmt'");
        assertThat(standard).isInstanceOf(UnknownStandardException.class);
        assertThat(standard.subject()).contains("commune-nmt");
        bilingual(() -> evaluation.unit("99999"), "no unit 99999 in the snapshot of 2024-01-01 evaluated");
        bilingual(() -> EvaluationRequest.of(SmallSet.DATE, 2025, CountingMode.COMPUTED),
                "data year 2025 is after the evaluation date 2024-12-31");
    }

    @Test
    void aHierarchyProblemIsNamedInVietnamese() {
        String csv = "code,parent_code,level,type,name\n"
                + "01,,PROVINCE,Tỉnh,Tỉnh A\n"
                + "001,09,DISTRICT,Huyện,Huyện B\n"
                + "001,01,DISTRICT,Huyện,Huyện C\n";
        HierarchyException e = (HierarchyException) bilingual(() -> UnitsCsv.read(new StringReader(csv), "units.csv",
                SmallSet.DATE), "DUPLICATE_CODE: code already used by Huyện B at units.csv:3 (and 1 more problems)");
        assertThat(e.problems()).hasSize(2);
        for (HierarchyException.Problem p : e.problems()) {
            assertThat(englishWords(p.message(Language.VIETNAMESE))).as(p.message(Language.VIETNAMESE)).isEmpty();
            assertThat(p.message(Language.ENGLISH)).isEqualTo(p.message());
        }
        assertThat(e.reason(Language.VIETNAMESE)).isEqualTo("mã đã được dùng cho 'Huyện B' tại units.csv:3"
                + " (và 1 vấn đề khác)");
        assertThat(e.position()).isEqualTo(SourcePosition.of("units.csv", 4));
        assertThat(e.subject()).contains("001");
        assertThat(e.field()).contains("code");
    }

    @Test
    void aBadOverlayIsNamedInVietnamese() {
        ThresholdRule looser = ThresholdRule.always(Threshold.atLeast("79", SmallSet.TEST));
        InvalidDataException e = bilingual(() -> new Overlay("ha-tinh", "test-set", "42",
                List.of(new Overlay.OverlayThreshold("commune-ntm", "3.1", looser)), List.of(), SmallSet.TEST,
                SourcePosition.of("overlay.json")).applyTo(SmallSet.set()), "loosens the national value ≥ 80");
        assertThat(e.reason(Language.VIETNAMESE)).contains("≥ 80").contains("≥ 79");
        bilingual(() -> new Overlay("ha-tinh", "test-set", "42", List.of(new Overlay.OverlayThreshold("commune-x",
                "3.1", looser)), List.of(), SmallSet.TEST, SourcePosition.of("overlay.json")).applyTo(SmallSet.set()),
                "unknown standard commune-x");
    }

    @Test
    void aBadEvaluationDocumentIsNamedInVietnamese() {
        bilingual(() -> EvaluationJson.read(new StringReader("{\"schema\": \"ntm.evaluation/9\"}"), "e.json",
                SmallSet.set(), SmallSet.snapshot()), "expected 'ntm.evaluation/3', found 'ntm.evaluation/9'");
        bilingual(() -> EvaluationJson.read(new StringReader("{\"units\": []}"), "e.json", SmallSet.set(),
                SmallSet.snapshot()), "an evaluation document begins with its schema");
        Evaluation evaluation = Evaluator.of(SmallSet.set()).evaluate(EvaluationRequest.of(SmallSet.DATE, 2024,
                CountingMode.COMPUTED), SmallSet.snapshot(), Dataset.empty(), StatusRegister.empty());
        String json = EvaluationJson.toJson(evaluation, EvaluationJson.Form.FULL);
        bilingual(() -> EvaluationJson.read(new StringReader(json.replace("\"criteriaSet\"", "\"criteriaSett\"")),
                "e.json", SmallSet.set(), SmallSet.snapshot()), "unknown field");
        bilingual(() -> EvaluationJson.read(new StringReader(json.replaceFirst("\"standards\"", "\"standardz\"")),
                "e.json", SmallSet.set(), SmallSet.snapshot()), "not a valid unit result: unknown field 'standardz'");
    }

    @Test
    void aRegisterRowTheEvaluationCannotUseIsNamedInVietnamese() {
        Snapshot after = io.github.ntmlib.core.locality.gso.GsoLists.haTinh().asOf(LocalDate.of(2025, 7, 1));
        StatusRegister register = StatusRegister.of(List.of(new StatusEvent("18133", "commune-ntm",
                StatusStep.RECOGNISED, LocalDate.of(2025, 3, 1), "12/QĐ-UBND", "UBND tỉnh",
                new DataSource("UBND tỉnh", "12/QĐ-UBND", SourcePosition.of("statuses.csv", 5)))));
        EvaluationRequest request = EvaluationRequest.of(LocalDate.of(2025, 12, 31), 2025, CountingMode.OFFICIAL);
        InvalidDataException e = bilingual(() -> Evaluator.of(SmallSet.set()).evaluate(request, after, Dataset.empty(),
                register), "before the unit took its present territory on 2025-07-01");
        assertThat(e.reason(Language.VIETNAMESE)).contains("01/03/2025").contains("01/07/2025")
                .contains("nới lỏng");
        IgnoredRow row = Evaluator.of(SmallSet.set()).evaluate(request.asLenient(), after, Dataset.empty(), register)
                .ignored().get(0);
        assertThat(englishWords(row.message(Language.VIETNAMESE))).as(row.message(Language.VIETNAMESE)).isEmpty();
        assertThat(row.message(Language.VIETNAMESE)).startsWith("ghi ngày 01/03/2025");
        assertThat(row.message()).isEqualTo(row.message(Language.ENGLISH)).startsWith("dated 2025-03-01");
        // the evaluation document keeps the row's reason in both languages, and reads back equal
        Evaluation lenient = Evaluator.of(SmallSet.set()).evaluate(request.asLenient(), after, Dataset.empty(), register);
        String json = EvaluationJson.toJson(lenient, EvaluationJson.Form.FULL);
        assertThat(json).contains("\"message_vi\"");
        IgnoredRow back = EvaluationJson.read(new StringReader(json), "e.json", SmallSet.set(), after).ignored().get(0);
        assertThat(back).isEqualTo(row);
        // a document written before "message_vi" existed: the English reason stands for both
        IgnoredRow old = EvaluationJson.read(new StringReader(json.replaceAll(",\\s*\"message_vi\"\\s*:\\s*\"[^\"]*\"", "")),
                "e.json", SmallSet.set(), after).ignored().get(0);
        assertThat(old.message(Language.VIETNAMESE)).isEqualTo(row.message(Language.ENGLISH));
    }

    @Test
    void anyBadYearCellIsNamedInVietnamese() {
        qt().withExamples(200).forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 12)
                .assuming(s -> !s.isBlank() && !s.strip().matches("-?[0-9]+") && s.indexOf(',') < 0
                        && s.indexOf('"') < 0 && s.indexOf('\'') < 0 && s.indexOf(';') < 0
                        && s.equals(s.strip())))
                .checkAssert(year -> {
                    InvalidDataException e = bilingual(() -> DataCsv.readObservations(new StringReader(HEAD + "1,3.1,"
                            + year + ",RATIO,,799,1000,,,\n"), "values.csv"), "not a whole number");
                    assertThat(e.field()).contains("year");
                    assertThat(e.reason(Language.VIETNAMESE)).startsWith("không phải là số nguyên: '");
                });
    }

    @Test
    void theStopListFindsEnglish() {
        assertThat(englishWords("the value is missing")).containsExactly("the", "value", "is", "missing");
        assertThat(englishWords("giá trị 'the value' không hợp lệ")).isEmpty();
    }
}
