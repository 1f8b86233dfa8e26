package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ntm plan}: the Hà Tĩnh demo's plan toward 20 more xã nâng cao with the shipped synthetic
 * cost model, in both languages and as {@code ntm.plan/1} (validated against its schema by
 * {@link Run}); the most within a budget; a goal too large; the evaluation inputs of {@code ntm
 * evaluate}; every usage error; a bad cost file naming file, line and field.
 */
class PlanCommandTest {

    static final String EX = FormatsDocTest.EX;
    static final String COSTS = EX + "plan-costs-ha-tinh.json";
    private static final String[] DEMO = {"plan", "--demo", "--goal", "commune-advanced=+20"};

    @TempDir
    Path dir;

    private static String[] with(String[] a, String... b) {
        return JsonOutputTest.join(a, b);
    }

    private static JsonNode json(String... args) {
        Run r = Run.of(with(args, "--format", "json"));
        assertThat(r.code()).as(r.err()).isZero();
        try {
            return JsonOutputTest.STRICT.readTree(r.out());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long dong(JsonNode cost) {
        return new BigInteger(cost.asText()).longValueExact();
    }

    @Test
    void theDemosPlanInVietnamese() {
        Run r = Run.of(DEMO);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("KẾ HOẠCH PHẤN ĐẤU NĂM 2025 — Tỉnh Hà Tĩnh",
                "Từ kết quả đánh giá ngày 01/03/2025 (số liệu năm 2024)",
                "SỐ LIỆU GIẢ ĐỊNH, chỉ để minh họa",
                "• Xã đạt chuẩn nông thôn mới nâng cao: thêm 20 đơn vị; hiện có 69/171, cần 89, kế hoạch thêm 20 — đạt",
                "Kết quả: ĐẠT MỤC TIÊU.", "Tổng chi phí: 181.600 triệu đồng.",
                "Chọn các đơn vị gần chuẩn nhất trước: 20 đơn vị, chi phí 182.700 triệu đồng; kế hoạch tối ưu tiết kiệm"
                        + " 1.100 triệu đồng.",
                "CÁC ĐƠN VỊ ĐƯỢC CHỌN (20)",
                "tiêu chí MT (Môi trường): hoàn thành tiêu chí (đã ghi nhận 60% mức yêu cầu); chi phí 9.000 triệu đồng",
                "Xã Tượng Sơn: đã có trong kế hoạch khác", "Xã Lâm Hợp: tỉnh không đưa vào kế hoạch");
        assertThat(r.out()).doesNotContain("commune-advanced", "SYNTHETIC");
    }

    @Test
    void theDemosPlanInEnglish() {
        Run r = Run.of(with(DEMO, "--lang", "en"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("PLAN FOR 2025 — Tỉnh Hà Tĩnh", "SYNTHETIC figures, for illustration only",
                "Result: REACHES EVERY GOAL.", "UNITS CHOSEN (20)", "already in another plan", "excluded by the province");
        assertThat(r.out()).doesNotContain("KẾ HOẠCH PHẤN ĐẤU");
    }

    /**
     * The JSON plan holds together: its cost is the sum of its units', each unit's the sum of its
     * improvements'; no excluded unit is chosen; and, the goal's units being independent, the 20
     * chosen are 20 of the cheapest (no unit left out costs less than a chosen one).
     */
    @Test
    void theDemosPlanAsJsonIsTheLeastCostAndAddsUp() {
        JsonNode plan = json(DEMO);
        assertThat(plan.get("status").asText()).isEqualTo("COMPLETE");
        assertThat(plan.get("costs").get("synthetic").asBoolean()).isTrue();
        assertThat(dong(plan.get("cost"))).isEqualTo(181_600_000_000L);
        assertThat(plan.get("units")).hasSize(20);
        long sum = 0;
        long dearestChosen = 0;
        Set<String> chosen = new HashSet<>();
        for (JsonNode u : plan.get("units")) {
            long unit = dong(u.get("cost"));
            long parts = 0;
            for (JsonNode i : u.get("improvements")) {
                parts += dong(i.get("cost"));
            }
            assertThat(parts).as(u.get("name").asText()).isEqualTo(unit);
            sum += unit;
            dearestChosen = Math.max(dearestChosen, unit);
            chosen.add(u.get("unit").asText());
        }
        assertThat(sum).isEqualTo(dong(plan.get("cost")));
        assertThat(chosen).doesNotContain("18628", "18838");
        List<String> reasons = new ArrayList<>();
        for (JsonNode l : plan.get("leftOut")) {
            reasons.add(l.get("reason").asText());
            if (l.get("reason").asText().equals("COSTLIER")) {
                assertThat(dong(l.get("cost"))).as(l.get("name").asText()).isGreaterThan(dearestChosen);
            }
            if (l.get("reason").asText().equals("TIED")) {
                assertThat(dong(l.get("cost"))).as(l.get("name").asText()).isLessThanOrEqualTo(dearestChosen);
            }
        }
        assertThat(reasons).contains("COSTLIER", "EXCLUDED", "IN_ANOTHER_PLAN");
        // closest-first is already optimal on the demo (see README): never cheaper than the optimiser
        assertThat(dong(plan.get("baseline").get("cost"))).isGreaterThanOrEqualTo(dong(plan.get("cost")));
        assertThat(dong(plan.get("saving"))).isEqualTo(dong(plan.get("baseline").get("cost")) - dong(plan.get("cost")));
    }

    @Test
    void theMostWithinABudgetInEitherNumberStyle() {
        for (String[] budget : List.of(new String[] {"--budget", "100 tỷ đồng"},
                new String[] {"--budget", "100.000 triệu đồng"},
                new String[] {"--number-style", "plain", "--budget", "100000 triệu đồng"})) {
            JsonNode plan = json(with(with(DEMO, "--most"), budget));
            assertThat(plan.get("objective").asText()).isEqualTo("MOST_WITHIN_BUDGET");
            assertThat(dong(plan.get("budget"))).isEqualTo(100_000_000_000L);
            assertThat(plan.get("status").asText()).isEqualTo("SHORT_OF_BUDGET");
            // 11 xã at 9 tỷ đồng each fit in 100 tỷ; a twelfth does not
            assertThat(plan.get("goals").get(0).get("planned").asInt()).isEqualTo(11);
            assertThat(dong(plan.get("cost"))).isEqualTo(99_000_000_000L);
            assertThat(dong(plan.get("costToComplete"))).isEqualTo(181_600_000_000L);
        }
        Run text = Run.of(with(DEMO, "--most", "--budget", "100 tỷ đồng"));
        assertThat(text.code()).as("a plan short of its goal still prints, exit 0").isZero();
        assertThat(text.out()).contains("Kết quả: KHÔNG ĐỦ KINH PHÍ.", "kinh phí 100.000 triệu đồng, còn lại 1.000 triệu đồng",
                "Để đạt đủ mục tiêu cần ít nhất 181.600 triệu đồng (thiếu 81.600 triệu đồng).");
        Run fail = Run.of(with(DEMO, "--most", "--budget", "100 tỷ đồng", "--fail-on-incomplete"));
        assertThat(fail.code()).isEqualTo(Ntm.FAILED_ON_REQUEST);
        assertThat(fail.out()).contains("KHÔNG ĐỦ KINH PHÍ");
    }

    @Test
    void aGoalBeyondTheUnitsThatCanBePlannedIsReportedShortNeverComplete() {
        JsonNode plan = json("plan", "--demo", "--goal", "commune-advanced=+150");
        assertThat(plan.get("status").asText()).isEqualTo("SHORT_OF_UNITS");
        assertThat(plan.get("complete").asBoolean()).isFalse();
        JsonNode goal = plan.get("goals").get(0);
        // 102 xã short of nâng cao, two of them excluded by the cost model
        assertThat(goal.get("plannable").asInt()).isEqualTo(100);
        assertThat(goal.get("planned").asInt()).isEqualTo(100);
        assertThat(goal.get("shortfall").asInt()).isEqualTo(50);
        assertThat(plan.get("saving").isNull()).isTrue();
        Run r = Run.of("plan", "--demo", "--goal", "commune-advanced=+150");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("còn thiếu 50 (có thể lập kế hoạch cho 100 đơn vị)",
                "Kết quả: KHÔNG ĐỦ ĐƠN VỊ CÓ THỂ LẬP KẾ HOẠCH.");
        assertThat(Run.of("plan", "--demo", "--goal", "commune-advanced=all", "--fail-on-incomplete").code())
                .isEqualTo(Ntm.FAILED_ON_REQUEST);
    }

    @Test
    void aShareAndANestedChainOfGoals() {
        // 40% of 171 xã is 68.4: 69 are needed, and 69 are counted today
        JsonNode share = json("plan", "--demo", "--goal", "commune-advanced=40%");
        assertThat(share.get("goals").get(0).get("required").asInt()).isEqualTo(69);
        assertThat(share.get("units")).isEmpty();
        assertThat(share.get("status").asText()).isEqualTo("COMPLETE");
        JsonNode chain = json("plan", "--demo", "--goal", "commune-model=+5", "--goal", "commune-advanced=+20");
        assertThat(chain.get("goals")).extracting(g -> g.get("standard").asText())
                .containsExactly("commune-advanced", "commune-model");
        assertThat(chain.get("goals")).allSatisfy(g -> assertThat(g.get("reached").asBoolean()).isTrue());
    }

    @Test
    void onTheInputsOfEvaluateWithoutACostModel() throws IOException {
        Run r = Run.of("plan", "--units", EX + "units.csv", "--values", EX + "values.csv", "--outcomes",
                EX + "outcomes.csv", "--statuses", EX + "statuses.csv", "--overlay", EX + "overlay.json", "--as-of",
                "2024-12-31", "--goal", "commune-ntm=+1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Không có bảng chi phí: chi phí của mỗi khoảng cách là khoảng cách chuẩn hóa",
                "KHÔNG ĐƯA VÀO KẾ HOẠCH", "không lập được kế hoạch");
        JsonNode plan = json("plan", "--units", EX + "units.csv", "--values", EX + "values.csv", "--as-of",
                "2024-12-31", "--goal", "commune-ntm=+1", "--year", "2026");
        assertThat(plan.get("costs").get("money").asBoolean()).isFalse();
        assertThat(plan.get("year").asInt()).isEqualTo(2026);
        assertThat(plan.get("cost").get("numerator").asText()).isEqualTo("0");
    }

    @Test
    void theAllocationOfFinanceAllocateIsSetBesideEachDistrict() throws IOException {
        Run alloc = Run.of("finance", "allocate", "--pool", "50 tỷ đồng", "--points", "445=3", "--points", "436=1",
                "--format", "json");
        assertThat(alloc.code()).as(alloc.err()).isZero();
        Path file = Files.writeString(dir.resolve("allocation.json"), alloc.out(), StandardCharsets.UTF_8);
        JsonNode plan = json(with(DEMO, "--allocation", file.toString()));
        List<String> rows = new ArrayList<>();
        for (JsonNode f : plan.get("funding")) {
            if (f.get("unit").asText().equals("436")) {
                // Thành phố Hà Tĩnh: one xã of the plan at 9 tỷ, 12,5 tỷ allocated
                assertThat(dong(f.get("allocation"))).isEqualTo(12_500_000_000L);
                assertThat(dong(f.get("planCost"))).isEqualTo(9_000_000_000L);
                assertThat(f.get("covered").asBoolean()).isTrue();
            }
            rows.add(f.get("unit").asText());
        }
        assertThat(rows).contains("436", "445");
        Run text = Run.of(with(DEMO, "--allocation", file.toString()));
        assertThat(text.out()).contains("Thành phố Hà Tĩnh: kế hoạch 9.000 triệu đồng; vốn phân bổ 12.500 triệu đồng — đủ");
        Path other = Files.writeString(dir.resolve("other.json"), "{\"schema\": \"ntm.finance-rates/1\"}");
        Run bad = Run.of(with(DEMO, "--allocation", other.toString()));
        assertThat(bad.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(bad.err()).contains(other.toString(), "$.schema", "định dạng phải là ntm.finance-allocation/1");
    }

    private static void usage(String why, String expected, String... args) {
        Run r = Run.of(args);
        assertThat(r.code()).as(why + ": " + r.err()).isEqualTo(Ntm.USAGE);
        assertThat(r.out()).as(why).isEmpty();
        assertThat(r.err()).as(why).contains("ntm plan: lỗi cách dùng: ").contains(expected).contains("Cách dùng: ntm plan");
    }

    @Test
    void everyUsageErrorExitsTwoInTheLanguageAsked() {
        usage("no goal", "--goal", "plan", "--demo");
        usage("no evaluation", "cần --demo hoặc số liệu để đánh giá", "plan", "--goal", "commune-advanced=+1");
        usage("demo and inputs", "--demo dùng số liệu trình diễn", "plan", "--demo", "--as-of", "2024-12-31",
                "--goal", "commune-advanced=+1");
        usage("most without budget", "--most cần --budget", "plan", "--demo", "--goal", "commune-advanced=+1", "--most");
        usage("budget without costs", "--budget cần một bảng chi phí", "plan", "--as-of", "2024-12-31",
                "--goal", "commune-ntm=+1", "--budget", "1 tỷ đồng");
        for (String target : List.of("nhiều", "+0", "20", "0%", "150%", "req:x")) {
            usage("target " + target, "mục tiêu phải là '+K'", "plan", "--demo", "--goal", "commune-advanced=" + target);
        }
        usage("unknown standard", "không có mức chuẩn 'xa-dep'", "plan", "--demo", "--goal", "xa-dep=+1");
        usage("unknown scope", "--scope '99999' không có trong danh sách", "plan", "--demo", "--scope", "99999",
                "--goal", "commune-advanced=+1");
        usage("a year out of range", "--year 1800", "plan", "--demo", "--goal", "commune-advanced=+1", "--year", "1800");
        usage("html", "chỉ in 'text' hoặc 'json'", "plan", "--demo", "--goal", "commune-advanced=+1", "--format", "html");
        Run en = Run.of("plan", "--demo", "--goal", "commune-advanced=+0", "--lang", "en");
        assertThat(en.code()).isEqualTo(Ntm.USAGE);
        assertThat(en.err()).contains("ntm plan: usage error: --goal 'commune-advanced=+0': the target must be +K");
    }

    @Test
    void aBadBudgetIsInvalidInput() {
        for (String budget : List.of("100", "100 đô la", "-5 tỷ đồng", "1,5 đồng")) {
            Run r = Run.of(with(DEMO, "--budget", budget));
            assertThat(r.code()).as(budget + ": " + r.err()).isEqualTo(Ntm.INVALID_INPUT);
            assertThat(r.err()).as(budget).contains("ntm plan: dữ liệu vào không hợp lệ: --budget", "'budget'");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void aBadCostFileIsInvalidInputNamingFileLineAndField() throws IOException {
        String good = Files.readString(Path.of(COSTS), StandardCharsets.UTF_8);
        Path negative = Files.writeString(dir.resolve("negative.json"), good.replace("\"cost\": 800000000",
                "\"cost\": -800000000"), StandardCharsets.UTF_8);
        Run r = Run.of(with(DEMO, "--costs", negative.toString()));
        assertThat(r.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(r.out()).isEmpty();
        int line = lineOf(good, "\"cost\": 800000000");
        assertThat(r.err()).contains("ntm plan: dữ liệu vào không hợp lệ: " + negative + ":" + line
                + " trường '$.criteria[0].cost': số tiền không được âm");
        Run en = Run.of(with(DEMO, "--costs", negative.toString(), "--lang", "en"));
        assertThat(en.err()).contains("ntm plan: invalid input: " + negative + ":" + line
                + " field '$.criteria[0].cost': an amount cannot be negative");
        Path unknownField = Files.writeString(dir.resolve("field.json"), good.replace("\"synthetic\": true",
                "\"synthetic\": true, \"currency\": \"VND\""), StandardCharsets.UTF_8);
        Run u = Run.of(with(DEMO, "--costs", unknownField.toString()));
        assertThat(u.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(u.err()).contains(unknownField.toString(), "currency");
        Path unknownCriterion = Files.writeString(dir.resolve("criterion.json"), good.replace("\"criterion\": \"KHAC\"",
                "\"criterion\": \"KHAC2\""), StandardCharsets.UTF_8);
        Run c = Run.of(with(DEMO, "--costs", unknownCriterion.toString()));
        assertThat(c.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(c.err()).contains(unknownCriterion.toString(), "'costs.criteria'",
                "bảng chi phí có tiêu chí 'KHAC2' của mức chuẩn 'commune-advanced' mà bộ tiêu chí không có");
        Run missing = Run.of(with(DEMO, "--costs", dir.resolve("none.json").toString()));
        assertThat(missing.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(missing.err()).contains("none.json", "không có tệp này");
    }

    @Test
    void theDemoRunsOnTheShippedCopyOfTheDocumentedCostFile() throws IOException {
        try (var in = PlanCommand.class.getResourceAsStream(PlanCommand.DEMO_COSTS)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(Path.of(COSTS), StandardCharsets.UTF_8));
        }
        JsonNode withFile = json(with(DEMO, "--costs", COSTS));
        JsonNode shipped = json(DEMO);
        assertThat(withFile).isEqualTo(shipped);
        Schemas.check(Files.readString(Path.of(COSTS), StandardCharsets.UTF_8));
    }

    @Test
    void theWorkbookOfTheCostModelPlansAsItsJson() {
        JsonNode fromWorkbook = json(with(DEMO, "--costs", EX + "plan-costs-ha-tinh.xlsx"));
        assertThat(fromWorkbook).isEqualTo(json(with(DEMO, "--costs", COSTS)));
        assertThat(fromWorkbook.get("costs").get("synthetic").asBoolean()).isTrue();
    }

    @Test
    void theBlankCostTemplateIsWrittenAndRefusedUntilFilled() throws IOException {
        Path form = dir.resolve("chi-phi.xlsx");
        Run made = Run.of("template", "plan-costs", "-o", form.toString());
        assertThat(made.code()).isEqualTo(Ntm.OK);
        assertThat(made.out()).contains("Đã ghi biểu mẫu bảng chi phí trống vào " + form);
        assertThat(Files.size(form)).isPositive();
        Run blank = Run.of(with(DEMO, "--costs", form.toString()));
        assertThat(blank.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(blank.err()).contains(form + ", Mô tả!B4 trường 'synthetic': ô trống");
        Run en = Run.of(with(DEMO, "--costs", form.toString(), "--lang", "en"));
        assertThat(en.err()).contains(form + ", Mô tả!B4 field 'synthetic': empty cell");
        Run notXlsx = Run.of("template", "plan-costs", "-o", dir.resolve("chi-phi.json").toString());
        assertThat(notXlsx.code()).isEqualTo(Ntm.USAGE);
    }

    @Test
    void aBadCostWorkbookIsInvalidInputNamingSheetAndCell() throws IOException {
        Path bad = dir.resolve("bad.xlsx");
        criterionCell(bad, "<c r=\"C2\" t=\"inlineStr\"><is><t>800.000.000</t></is></c>");
        Run r = Run.of(with(DEMO, "--costs", bad.toString()));
        assertThat(r.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(r.err()).contains(bad + ", Chi phí tiêu chí!C2 trường 'cost': cần một số nhưng ô chứa văn bản "
                + "'800.000.000': hãy nhập dạng ô số");
    }

    @Test
    void aFormulaInTheCostWorkbookIsReadWithAWarning() throws IOException {
        Path formula = dir.resolve("formula.xlsx");
        criterionCell(formula, "<c r=\"C2\"><f>400000000*2</f><v>800000000</v></c>");
        Run r = Run.of(with(DEMO, "--costs", formula.toString(), "--format", "json"));
        assertThat(r.code()).isEqualTo(Ntm.OK);
        assertThat(r.err()).contains("cảnh báo: " + formula + ", Chi phí tiêu chí!C2: ô công thức");
    }

    /**
     * The example workbook with cell C2 of its criterion costs (800,000,000 đồng, the fourth sheet)
     * replaced by the given cell XML.
     */
    private static void criterionCell(Path out, String cell) throws IOException {
        byte[] good = Files.readAllBytes(Path.of(EX + "plan-costs-ha-tinh.xlsx"));
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(good));
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(out))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet4.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    String changed = xml.replaceFirst("<c r=\"C2\"[^>]*><v>800000000</v></c>", cell);
                    assertThat(changed).isNotEqualTo(xml);
                    data = changed.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return (int) text.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
    }
}
