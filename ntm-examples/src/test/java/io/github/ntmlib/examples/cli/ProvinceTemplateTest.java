package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.Reason;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.criteria.io.OverlayTemplateJson;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.io.UnitsCsv;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overlay template end to end for a made-up province (99 "Tỉnh Thử Nghiệm", not in the shipped
 * lists, its own units CSV with a Tây Nguyên commune and an extremely difficult one): generated
 * by {@code ntm template overlay}, filled, checked by {@code ntm overlay check} and loaded; every
 * verdict that was "threshold not encoded" or "set by the province" is then met or not met as the
 * filled value decides, the trace citing value and threshold. An empty value is reported with its
 * JSON path and stays not assessed.
 */
class ProvinceTemplateTest {

    static final Path UNITS = Path.of("../docs/examples/province/units.csv");
    static final LocalDate DATE = LocalDate.of(2024, 12, 31);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<Reason> OPEN = Set.of(Reason.THRESHOLD_NOT_ENCODED, Reason.SET_BY_PROVINCE_NOT_SUPPLIED);

    /** The value filled for a row: the data of {@link #observation} meets it for AT_LEAST ratios, not for counts. */
    static String fill(String kind, String comparison) {
        if (comparison.equals("MET")) {
            return "\"Đạt\"";
        }
        switch (kind) {
            case "RATIO":
                return "50";
            case "COUNT":
                return "2";
            case "GRADE":
                return "1";
            default:
                return "40";
        }
    }

    /** The data of a unit: above the filled value, or below it for the low commune 99102. */
    static Value observation(IndicatorDefinition indicator, boolean low) {
        switch (indicator.kind()) {
            case RATIO:
                return Value.Ratio.of(low ? 40 : 60, 100);
            case COUNT:
                return new Value.Count(low ? 1 : 3);
            case QUANTITY:
                return new Value.Quantity(new BigDecimal(low ? "35" : "45"), indicator.unit());
            case GRADE:
                return new Value.Grade(indicator.grades().get(0));
            default:
                return new Value.Flag(!low);
        }
    }

    /** The verdict the filled value decides for the observation. */
    static Verdict expected(IndicatorDefinition indicator, Comparison comparison, boolean low) {
        if (indicator.kind() == io.github.ntmlib.core.data.ValueKind.GRADE) {
            return Verdict.MET;
        }
        if (comparison == Comparison.MET) {
            return low ? Verdict.NOT_MET : Verdict.MET;
        }
        return comparison.holds(low ? -1 : 1) ? Verdict.MET : Verdict.NOT_MET;
    }

    static String shown(IndicatorDefinition indicator, boolean low) {
        switch (indicator.kind()) {
            case RATIO:
                return low ? "40" : "60";
            case COUNT:
                return low ? "1" : "3";
            default:
                return low ? "35" : "45";
        }
    }

    /** The province's template, written by the command. */
    static Path template(Path file) {
        Run run = Run.of("template", "overlay", "--set", "vn-2021-2025", "--province", "99", "--units",
                UNITS.toString(), "-o", file.toString());
        assertThat(run.code()).as(run.err()).isZero();
        return file;
    }

    static boolean low(String unit) {
        return unit.equals("99102");
    }

    static Path fillTemplate(Path template, Path out, Function<JsonNode, Boolean> leaveEmpty) throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(template.toFile());
        root.put("decision", "Quyết định 5/2024/QĐ-UBND ngày 01/3/2024 của UBND tỉnh Thử Nghiệm");
        for (JsonNode row : root.get("rows")) {
            if (!leaveEmpty.apply(row)) {
                ((ObjectNode) row).set("value", MAPPER.readTree(fill(row.get("kind").asText(),
                        row.get("comparison").asText())));
            }
        }
        MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), root);
        return out;
    }

    static Snapshot snapshot(CriteriaRegistry registry) throws IOException {
        try (Reader r = Files.newBufferedReader(UNITS, StandardCharsets.UTF_8)) {
            return registry.classify(UnitsCsv.read(r, UNITS.toString(), DATE));
        }
    }

    /** The indicator traces of every unit, keyed unit/standard/criterion/indicator. */
    static Map<String, IndicatorTrace> traces(Evaluation evaluation) {
        Map<String, IndicatorTrace> map = new LinkedHashMap<>();
        for (UnitResult u : evaluation.units()) {
            for (StandardResult s : u.standards()) {
                for (CriterionResult c : s.criteria()) {
                    for (IndicatorTrace t : c.indicators()) {
                        map.put(u.unit() + "/" + s.standard() + "/" + c.code() + "/" + t.indicator(), t);
                    }
                }
            }
        }
        return map;
    }

    static IndicatorDefinition indicator(CriteriaSet set, String standard, String code) {
        return set.standard(standard).orElseThrow().criteria().stream().flatMap(c -> c.indicators().stream())
                .filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    static Evaluation evaluate(CriteriaSet set, Snapshot snapshot, Dataset data) {
        return Evaluator.of(set).evaluate(EvaluationRequest.of(DATE, 2024, CountingMode.COMPUTED), snapshot, data,
                StatusRegister.empty());
    }

    @Test
    void aFilledTemplateDecidesEveryFormerlyOpenVerdictOfTheProvince(@TempDir Path dir) throws IOException {
        CriteriaRegistry registry = CriteriaRegistry.load();
        CriteriaSet national = registry.byId("vn-2021-2025");
        Snapshot snapshot = snapshot(registry);
        Path template = dir.resolve("overlay-99.json");
        Run made = Run.of("template", "overlay", "--set", "vn-2021-2025", "--province", "99", "--units",
                UNITS.toString(), "-o", template.toString());
        assertThat(made.code()).as(made.err()).isZero();
        assertThat(made.out()).contains("Tỉnh Thử Nghiệm").contains(template.toString());

        // before: with data for every indicator whose threshold is open, each is not assessed for that reason
        Set<String> open = new LinkedHashSet<>();
        traces(evaluate(national, snapshot, Dataset.empty())).forEach((k, t) -> {
            if (t.reasons().stream().anyMatch(OPEN::contains)) {
                open.add(k);
            }
        });
        assertThat(open).as("open verdicts in the province").hasSizeGreaterThan(50);
        Dataset.Builder builder = Dataset.builder();
        Set<String> observed = new LinkedHashSet<>();
        for (String key : open) {
            String[] k = key.split("/");
            if (observed.add(k[0] + "/" + k[3])) {
                builder.add(Observation.of(k[0], k[3], 2024, observation(indicator(national, k[1], k[3]), low(k[0])),
                        DataSource.of("Sở NN&MT tỉnh Thử Nghiệm", "BC 1/2024")));
            }
        }
        Dataset data = builder.build();
        Map<String, IndicatorTrace> before = traces(evaluate(national, snapshot, data));
        for (String key : open) {
            assertThat(before.get(key).verdict()).as(key).isEqualTo(Verdict.NOT_ASSESSED);
            assertThat(before.get(key).reasons()).as(key).containsAnyElementsOf(OPEN).doesNotContain(Reason.NO_DATA);
        }

        Path filled = fillTemplate(template, dir.resolve("overlay-99-filled.json"), row -> false);
        Run check = Run.of("overlay", "check", filled.toString());
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains(" 0 ô còn trống, 0 giá trị không hợp lệ");

        CriteriaSet overlaid;
        try (Reader r = Files.newBufferedReader(filled)) {
            overlaid = OverlayTemplateJson.readOverlay(r, filled.toString()).applyTo(national);
        }
        Map<String, IndicatorTrace> after = traces(evaluate(overlaid, snapshot, data));
        Map<Verdict, Integer> counted = new java.util.EnumMap<>(Verdict.class);
        for (String key : open) {
            String[] k = key.split("/");
            IndicatorTrace t = after.get(key);
            IndicatorDefinition def = indicator(national, k[1], k[3]);
            Comparison comparison = t.threshold().orElseThrow().comparison();
            assertThat(t.verdict()).as(key + " " + t.explanation(Language.ENGLISH))
                    .isEqualTo(expected(def, comparison, low(k[0])));
            assertThat(t.threshold().orElseThrow().provenance().document()).startsWith("Quyết định 5/2024/QĐ-UBND");
            String why = t.explanation(Language.VIETNAMESE);
            if (comparison != Comparison.MET && def.kind() != io.github.ntmlib.core.data.ValueKind.GRADE) {
                assertThat(why).as(key).contains(fill(def.kind().name(), comparison.name()));
                assertThat(why).as(key).contains(shown(def, low(k[0])));
            }
            counted.merge(t.verdict(), 1, Integer::sum);
        }
        assertThat(counted).as("both outcomes reached").containsKeys(Verdict.MET, Verdict.NOT_MET);

        Run evaluated = Run.of("evaluate", "--units", UNITS.toString(), "--values",
                "../docs/examples/province/values.csv", "--overlay", filled.toString(), "--as-of", "2024-12-31",
                "--lang", "en");
        assertThat(evaluated.code()).as(evaluated.err()).isZero();
        assertThat(evaluated.out()).contains("Decision 5/2024/QĐ-UBND");
    }

    /**
     * The workbook filled as Excel stores it (the value cells of sheet "Giá trị", column R, and the
     * decision in "Hướng dẫn"!B7), by editing the sheets' XML: no spreadsheet library needed.
     */
    static Path fillWorkbook(Path workbook, Path rowsJson, Path out, Function<JsonNode, Boolean> leaveEmpty)
            throws IOException {
        JsonNode rows = MAPPER.readTree(rowsJson.toFile()).get("rows");
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(workbook))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        String help = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        parts.put("xl/worksheets/sheet1.xml", fillCell(help, "B7",
                "\"Quyết định 5/2024/QĐ-UBND ngày 01/3/2024 của UBND tỉnh Thử Nghiệm\"").getBytes(StandardCharsets.UTF_8));
        String values = new String(parts.get("xl/worksheets/sheet2.xml"), StandardCharsets.UTF_8);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            if (!leaveEmpty.apply(row)) {
                values = fillCell(values, "R" + (i + 2), fill(row.get("kind").asText(), row.get("comparison").asText()));
            }
        }
        parts.put("xl/worksheets/sheet2.xml", values.getBytes(StandardCharsets.UTF_8));
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(out))) {
            for (var p : parts.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(p.getKey()));
                zip.write(p.getValue());
                zip.closeEntry();
            }
        }
        return out;
    }

    /** An empty styled cell {@code <c r="R2" s="3"/>} given a number, or a "quoted" inline text. */
    private static String fillCell(String xml, String ref, String value) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<c r=\"" + ref + "\"( s=\"\\d+\")?/>").matcher(xml);
        assertThat(m.find()).as("empty cell " + ref).isTrue();
        String style = m.group(1) == null ? "" : m.group(1);
        String cell = value.startsWith("\"")
                ? "<c r=\"" + ref + "\"" + style + " t=\"inlineStr\"><is><t>" + value.substring(1, value.length() - 1)
                        + "</t></is></c>"
                : "<c r=\"" + ref + "\"" + style + "><v>" + value + "</v></c>";
        return xml.substring(0, m.start()) + cell + xml.substring(m.end());
    }

    @Test
    void theFilledWorkbookDecidesAsTheFilledJsonAndAnEmptyCellIsNamed(@TempDir Path dir) throws IOException {
        Path json = template(dir.resolve("overlay-99.json"));
        Path xlsx = dir.resolve("overlay-99.xlsx");
        Run made = Run.of("template", "overlay", "--set", "vn-2021-2025", "--province", "99", "--units",
                UNITS.toString(), "-o", xlsx.toString(), "--lang", "en");
        assertThat(made.code()).as(made.err()).isZero();
        assertThat(made.out()).startsWith("Wrote a template of ");
        Run blank = Run.of("overlay", "check", xlsx.toString());
        assertThat(blank.out()).contains("Hướng dẫn!B7: còn trống: số và ngày quyết định của tỉnh")
                .contains("Giá trị!R2: ");

        Path filledXlsx = fillWorkbook(xlsx, json, dir.resolve("filled.xlsx"), row -> false);
        Path filledJson = fillTemplate(json, dir.resolve("filled.json"), row -> false);
        Run check = Run.of("overlay", "check", filledXlsx.toString());
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains(" 0 ô còn trống, 0 giá trị không hợp lệ");
        var fromXlsx = OverlayFiles.read(filledXlsx);
        var fromJson = OverlayFiles.read(filledJson);
        assertThat(fromXlsx.thresholds()).as("the workbook and the JSON give the same rules").hasSizeGreaterThan(50)
                .isEqualTo(fromJson.thresholds());
        assertThat(fromXlsx.jurisdiction()).isEqualTo("99");
        Run evaluated = Run.of("evaluate", "--units", UNITS.toString(), "--values",
                "../docs/examples/province/values.csv", "--overlay", filledXlsx.toString(), "--as-of", "2024-12-31");
        assertThat(evaluated.code()).as(evaluated.err()).isZero();

        Path partly = fillWorkbook(xlsx, json, dir.resolve("partly.xlsx"), row -> row.get("indicator").asText()
                .equals("10.income"));
        JsonNode rows = MAPPER.readTree(json.toFile()).get("rows");
        int first = 0;
        while (!rows.get(first).get("indicator").asText().equals("10.income")) {
            first++;
        }
        Run empty = Run.of("overlay", "check", partly.toString(), "--lang", "en");
        assertThat(empty.code()).isZero();
        assertThat(empty.out()).contains("Giá trị!R" + (first + 2) + ": commune-ntm 10.income — empty (allowed: ≥ 0)");
    }

    @Test
    void anEmptyValueIsReportedWithItsJsonPathAndStaysNotAssessed(@TempDir Path dir) throws IOException {
        Path template = template(dir.resolve("t.json"));
        Path filled = fillTemplate(template, dir.resolve("f.json"), row -> row.get("indicator").asText().equals("3.1")
                && row.path("when").path("ntm-region-2021-2025").asText().equals("TAY_NGUYEN"));
        JsonNode rows = MAPPER.readTree(filled.toFile()).get("rows");
        int index = 0;
        while (!rows.get(index).get("value").isNull()) {
            index++;
        }
        Run check = Run.of("overlay", "check", filled.toString(), "--fail-on-empty");
        assertThat(check.code()).isEqualTo(Ntm.FAILED_ON_REQUEST);
        assertThat(check.out()).contains("rows[" + index + "].value: commune-ntm 3.1 — còn trống (giá trị cho phép: 0-100)")
                .contains(" 1 ô còn trống");
        Run en = Run.of("overlay", "check", filled.toString(), "--lang", "en");
        assertThat(en.code()).isZero();
        assertThat(en.out()).contains("rows[" + index + "].value: commune-ntm 3.1 — empty (allowed: 0-100)");

        CriteriaRegistry registry = CriteriaRegistry.load();
        CriteriaSet overlaid;
        try (Reader r = Files.newBufferedReader(filled)) {
            overlaid = OverlayTemplateJson.readOverlay(r, filled.toString()).applyTo(registry.byId("vn-2021-2025"));
        }
        Dataset data = Dataset.builder().add(Observation.of("99101", "3.1", 2024, Value.Ratio.of(60, 100),
                DataSource.of("Sở", "BC"))).add(Observation.of("99102", "3.1", 2024, Value.Ratio.of(60, 100),
                DataSource.of("Sở", "BC"))).build();
        Map<String, IndicatorTrace> after = traces(evaluate(overlaid, snapshot(registry), data));
        assertThat(after.get("99101/commune-ntm/3/3.1").reasons()).contains(Reason.THRESHOLD_NOT_ENCODED);
        // the extremely difficult commune is judged with the northern midlands' row, which was filled
        assertThat(after.get("99102/commune-ntm/3/3.1").verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void aWrongValueIsInvalidInputNamingItsPath(@TempDir Path dir) throws IOException {
        Path template = template(dir.resolve("t.json"));
        Path filled = fillTemplate(template, dir.resolve("f.json"), row -> false);
        String text = Files.readString(filled).replaceFirst("\"value\" : 50", "\"value\" : 150");
        Files.writeString(filled, text);
        Run check = Run.of("overlay", "check", filled.toString());
        assertThat(check.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(check.out()).containsPattern("rows\\[\\d+\\]\\.value: \\S+ \\S+ — «150» không hợp lệ \\(giá trị cho phép: 0-100\\)");
        Run evaluated = Run.of("evaluate", "--units", UNITS.toString(), "--overlay", filled.toString(), "--as-of",
                "2024-12-31", "--lang", "en");
        assertThat(evaluated.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(evaluated.err()).containsPattern("rows\\[\\d+\\]\\.value").contains("0 to 100");
        Run vi = Run.of("evaluate", "--units", UNITS.toString(), "--overlay", filled.toString(), "--as-of",
                "2024-12-31");
        assertThat(vi.err()).containsPattern("trường 'rows\\[\\d+\\]\\.value'").contains("từ 0 đến 100");
    }

    @Test
    void aTemplateOfOneSetIsRefusedForAnother(@TempDir Path dir) throws IOException {
        Path template = template(dir.resolve("t.json"));
        Path filled = fillTemplate(template, dir.resolve("f.json"), row -> false);
        Run evaluated = Run.of("evaluate", "--units", UNITS.toString(), "--overlay", filled.toString(), "--as-of",
                "2026-06-30", "--set", "vn-2026-2030", "--lang", "en");
        assertThat(evaluated.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(evaluated.err()).contains("written for criteria set vn-2021-2025, not vn-2026-2030");
    }

    @Test
    void aProvinceNotInTheHierarchyIsRefused(@TempDir Path dir) {
        Run run = Run.of("template", "overlay", "--set", "vn-2021-2025", "--province", "98", "--units",
                UNITS.toString(), "-o", dir.resolve("t.json").toString());
        assertThat(run.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(run.err()).contains("không có tỉnh 98");
    }
}
