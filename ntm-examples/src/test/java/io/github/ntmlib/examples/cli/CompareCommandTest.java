package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ntmlib.core.report.ComparisonSeries;
import io.github.ntmlib.core.report.io.ComparisonJson;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ntm compare}: Hà Tĩnh at the end of 2024 on its old units against 30 September 2025 on the
 * 69 new ones, from the example status files; text in both languages, JSON valid in its schema and
 * read back, stored evaluations as input, series, targets, usage errors and bad input.
 */
class CompareCommandTest {

    private static final String EX = FormatsDocTest.EX;
    private static final String[] TWO = {"compare", "--as-of", "31/12/2024", "--statuses",
        EX + "statuses-ha-tinh-2024.csv", "--as-of", "30/09/2025", "--statuses", EX + "statuses-ha-tinh-2025.csv"};
    private static final Path SCHEMA = FormatsDocTest.DOCS.resolve("schemas/comparison-1.schema.json");

    private static String[] with(String[] base, String... more) {
        List<String> list = new ArrayList<>(List.of(base));
        list.addAll(List.of(more));
        return list.toArray(String[]::new);
    }

    private static List<Error> validate(String json) throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA, StandardCharsets.UTF_8), InputFormat.JSON);
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void theTextSaysHowManyUnitsMoreHoldEachStandardInBothLanguages() {
        Run vi = Run.of(with(TWO, "--target", "program-2021-2025"));
        assertThat(vi.code()).as(vi.err()).isZero();
        assertThat(vi.out()).contains("So sánh kết quả ngày 30/09/2025 với ngày 31/12/2024",
                "Xã đạt chuẩn nông thôn mới: 3/60 xã (đạt 5%) năm 2025, tăng 1 xã so với năm 2024 (2/182 xã, đạt 1,1%)",
                "Xã đạt chuẩn nông thôn mới nâng cao: 0/60 xã (đạt 0%) năm 2025, giảm 2 xã so với năm 2024",
                "Huyện đạt chuẩn nông thôn mới: không còn đơn vị nào thuộc diện áp dụng năm 2025 (năm 2024: 0/10 huyện",
                "Mục tiêu Xã đạt chuẩn nông thôn mới ≥ 80%: 3/60 xã, cần 48 xã: chưa đạt, còn thiếu 45 xã",
                "Mục tiêu Xã đạt chuẩn nông thôn mới kiểu mẫu ≥ 10%: 0/60 xã, cần 6 xã: chưa đạt, còn thiếu 6 xã",
                "đạt mới (2):", "Xã Hồng Lộc (18409) ← Xã Tân Lộc (18409, xã, đạt), Xã Hồng Lộc (18412, xã, đạt)",
                "Xã Hương Sơn (18133) ← Thị trấn Phố Châu (18133, thị trấn, không áp dụng)");
        // no id, enum constant or ISO date in the Vietnamese text
        assertThat(vi.out()).doesNotContain("commune-ntm", "GAINED", "NOT_APPLICABLE", "2024-12-31", "2025-09-30");
        Run en = Run.of(with(TWO, "--lang", "en", "--summary"));
        assertThat(en.code()).isZero();
        assertThat(en.out()).contains("commune NTM: 3/60 rural communes (5%) in 2025, up 1 rural commune from 2024 "
                + "(2/182 rural communes, 1.1%)").doesNotContain("gained (2):");
    }

    @Test
    void theJsonValidatesAgainstItsSchemaAndReadsBack() throws IOException {
        Run r = Run.of(with(TWO, "--format", "json", "--target", "commune-ntm=80%", "--target", "commune-ntm=3"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(validate(r.out())).isEmpty();
        ComparisonSeries series = ComparisonJson.read(new StringReader(r.out()), "out.json");
        assertThat(series.steps()).hasSize(1);
        assertThat(series.steps().get(0).targets()).extracting(t -> t.reached()).containsExactly(false, true);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.fieldNames().next()).isEqualTo("schema");
        assertThat(doc.get("steps").get(0).get("standards").get(0).get("change").asInt()).isEqualTo(1);
        // a document whose figures disagree with its groups, or that breaks the schema, is refused by both
        String wrong = r.out().replaceFirst("\"change\" : 1,", "\"change\" : 2,");
        assertThat(wrong).isNotEqualTo(r.out());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ComparisonJson.read(new StringReader(wrong), "w.json"))
                .isInstanceOf(io.github.ntmlib.base.InvalidDataException.class).hasMessageContaining("change");
        assertThat(validate(r.out().replaceFirst("\"counting\"", "\"countin\""))).isNotEmpty();
    }

    @Test
    void theDocumentedExampleValidatesAndHasThePrintedShape() throws IOException {
        String doc = Files.readString(FormatsDocTest.DOCS.resolve("formats.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```json\\n(\\{\\n  \"schema\": \"ntm.comparison/1\".*?)\\n```", Pattern.DOTALL)
                .matcher(doc);
        assertThat(m.find()).isTrue();
        assertThat(validate(m.group(1))).isEmpty();
        JsonNode example = new ObjectMapper().readTree(m.group(1));
        JsonNode printed = new ObjectMapper().readTree(Run.of(with(TWO, "--format", "json", "--target",
                "commune-ntm=80%")).out());
        assertThat(example.get("steps").get(0).get("standards").get(0).get("counts"))
                .isEqualTo(printed.get("steps").get(0).get("standards").get(0).get("counts"));
        assertThat(example.get("steps").get(0).get("targets")).isEqualTo(printed.get("steps").get(0).get("targets"));
    }

    /** A province's own units file, evaluated on computed attainment in 2024 with data and in 2025 without. */
    private static final String[] UNITS_2024 = {"--units", EX + "units.csv", "--values", EX + "values.csv", "--outcomes",
        EX + "outcomes.csv", "--as-of", "31/12/2024", "--counting", "COMPUTED"};
    private static final String[] UNITS_2025 = {"--units", EX + "units.csv", "--as-of", "30/06/2025", "--counting",
        "COMPUTED"};

    @Test
    void aProvincesOwnUnitsFilesCompareWithTheCriteriaThatChanged() {
        Run r = Run.of(with(with(with(new String[] {"compare"}, UNITS_2024), UNITS_2025)));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("(tính theo kết quả đánh giá từ số liệu)", "chưa đánh giá ở một thời điểm (2):",
                "Xã Thạch Một (18001): chưa đánh giá → chưa đánh giá; tiêu chí 1: đạt → chưa đánh giá",
                "Xã Thạch Hai (18002): chưa đạt → chưa đánh giá; tiêu chí 1: chưa đạt → chưa đánh giá; tiêu chí 2: "
                        + "chưa đạt → chưa đánh giá");
    }

    @Test
    void storedEvaluationsCompareAsTheirInputsDo(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("2024.json");
        Path b = dir.resolve("2025.json");
        Files.writeString(a, Run.of(with(with(new String[] {"evaluate"}, UNITS_2024), "--format", "json")).out());
        Files.writeString(b, Run.of(with(with(new String[] {"evaluate"}, UNITS_2025), "--format", "json")).out());
        String[] stored = {"compare", "--units", EX + "units.csv", "--as-of", "31/12/2024", "--counting", "COMPUTED",
            "--evaluation", a.toString(), "--units", EX + "units.csv", "--as-of", "30/06/2025", "--counting", "COMPUTED",
            "--evaluation", b.toString()};
        Run fromJson = Run.of(stored);
        assertThat(fromJson.code()).as(fromJson.err()).isZero();
        assertThat(fromJson.out()).isEqualTo(Run.of(with(with(new String[] {"compare"}, UNITS_2024), UNITS_2025)).out());
        Run mixed = Run.of(with(stored, "--statuses", EX + "statuses.csv", "--lang", "en"));
        assertThat(mixed.code()).isEqualTo(Ntm.USAGE);
        assertThat(mixed.err()).contains("holds its results");
        Files.writeString(b, "{\"schema\": \"ntm.evaluation/2\"");
        Run broken = Run.of(stored);
        assertThat(broken.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(broken.err()).startsWith("ntm compare: dữ liệu vào không hợp lệ: ").contains("2025.json");
        assertThat(broken.out()).isEmpty();
    }

    @Test
    void threeEvaluationsMakeASeries() {
        Run r = Run.of("compare", "--as-of", "31/12/2024", "--statuses", EX + "statuses-ha-tinh-2024.csv",
                "--as-of", "31/03/2025", "--as-of", "30/09/2025", "--statuses", EX + "statuses-ha-tinh-2025.csv",
                "--summary");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Diễn biến từ ngày 31/12/2024 đến ngày 30/09/2025",
                "Xã đạt chuẩn nông thôn mới: 31/12/2024: 2/182 xã; 31/03/2025: 0/171 xã (−2); 30/09/2025: 3/60 xã (+3)");
        Run json = Run.of("compare", "--as-of", "31/12/2024", "--statuses", EX + "statuses-ha-tinh-2024.csv",
                "--as-of", "31/03/2025", "--as-of", "30/09/2025", "--statuses", EX + "statuses-ha-tinh-2025.csv",
                "--format", "json");
        assertThat(ComparisonJson.read(new StringReader(json.out()), "s.json").steps()).hasSize(2);
    }

    @Test
    void usageErrorsExitTwoAndBadInputThree() {
        Run one = Run.of("compare", "--as-of", "31/12/2024");
        assertThat(one.code()).isEqualTo(Ntm.USAGE);
        Run order = Run.of("compare", "--as-of", "30/09/2025", "--as-of", "31/12/2024", "--lang", "en");
        assertThat(order.code()).isEqualTo(Ntm.USAGE);
        assertThat(order.err()).contains("oldest first");
        assertThat(Run.of(with(TWO, "--format", "html")).code()).isEqualTo(Ntm.USAGE);
        Run target = Run.of(with(TWO, "--target", "commune-nmt=80%", "--lang", "en"));
        assertThat(target.code()).isEqualTo(Ntm.USAGE);
        assertThat(target.err()).contains("ntm compare: usage error: --target commune-nmt=80%: standard 'commune-nmt'"
                + " is not compared");
        assertThat(Run.of(with(TWO, "--target", "commune-ntm=120%")).code()).isEqualTo(Ntm.USAGE);
        assertThat(Run.of(with(TWO, "--target", "commune-ntm=lots")).code()).isEqualTo(Ntm.USAGE);
        assertThat(Run.of(with(TWO, "--plan", "commune-ntm=0")).code()).isEqualTo(Ntm.USAGE);
        assertThat(Run.of("compare", "--as-of", "31/12/2024", "--as-of", "30/09/2025", "--counting", "COMPUTED")
                .code()).isEqualTo(Ntm.USAGE);
        Run missing = Run.of("compare", "--as-of", "31/12/2024", "--statuses", "none.csv", "--as-of", "30/09/2025");
        assertThat(missing.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(missing.err()).contains("none.csv").contains("không có tệp này");
        assertThat(missing.out()).isEmpty();
    }

    @Test
    void aPlanIsMeasuredOnTheLatestEvaluation() {
        Run r = Run.of(with(TWO, "--plan", "commune-ntm=2", "--summary"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Kế hoạch Xã đạt chuẩn nông thôn mới: 3/2 xã được công nhận trong năm: đạt, vượt 1 xã");
    }
}
