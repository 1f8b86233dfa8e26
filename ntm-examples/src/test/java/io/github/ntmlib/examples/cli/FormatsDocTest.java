package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/formats.md: every example file it links exists and the commands it shows run on them. */
class FormatsDocTest {

    static final Path DOCS = Path.of("../docs");
    static final String EX = "../docs/examples/";

    @Test
    void everyLinkedExampleExistsAndIsLoadedBelow() throws IOException {
        String doc = Files.readString(DOCS.resolve("formats.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\\]\\((examples/[^)]+)\\)").matcher(doc);
        List<String> linked = new ArrayList<>();
        while (m.find()) {
            linked.add(m.group(1));
            assertThat(DOCS.resolve(m.group(1))).isRegularFile();
        }
        assertThat(linked).containsExactlyInAnyOrder("examples/units.csv", "examples/values.csv",
                "examples/outcomes.csv", "examples/statuses.csv", "examples/statuses-ha-tinh-2024.csv",
                "examples/overlay.json", "examples/report.txt", "examples/ocop-council.csv",
                "examples/ocop-certificates.csv", "examples/plan-2024.csv", "examples/disbursements-2024.csv",
                "examples/province/overlay-filled.json",
                "examples/ho-so-ha-tinh-2024.xlsx", "examples/gia-tri-theo-xa-2024.xlsx",
                "examples/gia-tri-theo-xa-2024.mapping.json", "examples/report-header.json",
                "examples/plan-costs-ha-tinh.json", "examples/plan-costs-ha-tinh.xlsx");
    }

    @Test
    void theUnitsFileChecks() {
        Run r = Run.of("units", "check", EX + "units.csv", "--date", "2024-12-31");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("5 đơn vị, hợp lệ", "xã: 2", "thị trấn: 1");
        assertThat(Run.of("units", "check", EX + "units.csv", "--date", "2024-12-31", "--lang", "en").out())
                .contains("5 units, valid", "rural commune: 2");
    }

    @Test
    void theEvaluationReadsEveryDataFileAndTheOverlay() {
        Run r = Run.of("evaluate", "--units", EX + "units.csv", "--values", EX + "values.csv", "--outcomes",
                EX + "outcomes.csv", "--statuses", EX + "statuses.csv", "--overlay", EX + "overlay.json", "--as-of",
                "2024-12-31", "--unit", "445", "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Huyện Thạch Hà (445)", "Xã Thạch Một (18001)", "recognised 2023-05-04, 1234/QĐ-UBND")
                // the overlay's 85% decides 3.1: 82/100 is not met for 18002
                .contains("82/100 = 82% does not meet ≥ 85").contains("Tallies:");
        Run failing = Run.of("evaluate", "--units", EX + "units.csv", "--values", EX + "values.csv", "--as-of",
                "2024-12-31", "--fail-on-not-met");
        assertThat(failing.code()).isEqualTo(Ntm.FAILED_ON_REQUEST);
        Run json = Run.of("evaluate", "--units", EX + "units.csv", "--as-of", "2024-12-31", "--format", "json");
        assertThat(json.out()).contains("ntm.evaluation/3");
    }

    @Test
    void planProgressAgainstATargetAndABadPlanWritesNothing() {
        Run r = Run.of("evaluate", "--as-of", "2024-12-31", "--statuses", EX + "statuses-ha-tinh-2024.csv", "--plan",
                "commune-advanced=2", "--unit", "42");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Kế hoạch Xã đạt chuẩn nông thôn mới nâng cao: 1/2, đạt 50% KH");
        Run bad = Run.of("evaluate", "--as-of", "2024-12-31", "--plan", "commune-advanced=2", "--unit", "18409");
        assertThat(bad.code()).isEqualTo(Ntm.USAGE);
        assertThat(bad.out()).isEmpty();
        assertThat(Run.of("evaluate", "--as-of", "2024-12-31", "--plan", "comune-advanced=2").err())
                .contains("không có mức chuẩn 'comune-advanced'");
    }

    @Test
    void theCarryOverReportsPredecessorsKindsStatusesAndShares() {
        Run r = Run.of("units", "carry", "--statuses", EX + "statuses-ha-tinh-2024.csv", "--unit", "18409", "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Xã Hồng Lộc (18409), commune NTM nâng cao (advanced): re-acknowledgement required")
                .contains("<- Xã Tân Lộc (18409, rural commune, full): held 2023-12-15 3456/QĐ-UBND");
        Run all = Run.of("units", "carry", "--statuses", EX + "statuses-ha-tinh-2024.csv", "--policy",
                "ALL_FULL_PREDECESSORS");
        assertThat(all.out()).contains("Xã Hồng Lộc (18409), Xã đạt chuẩn nông thôn mới nâng cao: kế thừa");
    }

    @Test
    void diffAndLineageOfTheShippedList() {
        Run diff = Run.of("units", "diff", "2024-11-01", "2025-03-01", "--lang", "en");
        assertThat(diff.code()).isZero();
        assertThat(diff.out()).contains("Xã Kỳ Ninh").contains("47 changes");
        Run lineage = Run.of("units", "lineage", "18409", "--lang", "en");
        assertThat(lineage.out()).contains("<- Xã Hồng Lộc (18412) full, 2025-07-01, merged");
        assertThat(Run.of("units", "lineage", "18409").out()).contains("<- Xã Hồng Lộc (18412) toàn bộ, 01/07/2025, sáp nhập");
        assertThat(Run.of("units", "lineage", "99999").code()).isEqualTo(Ntm.USAGE);
        assertThat(Run.of("units").code()).isEqualTo(Ntm.USAGE);
    }

    @Test
    void ocopScoreUpgradeAndPortfolio() {
        String[] council = {EX + "ocop-council.csv", "--sheet", "1", "--product", "Bưởi Phúc Trạch"};
        Run score = Run.of(concat(new String[] {"ocop", "score", "--date", "2026-06-20"}, council));
        assertThat(score.code()).as(score.err()).isZero();
        assertThat(score.out()).contains("Bưởi Phúc Trạch", "4 sao", "98,67/100", "5 sao tại tiêu chí 1.3");
        Run upgrade = Run.of(concat(new String[] {"ocop", "upgrade", "--lang", "en"}, council));
        assertThat(upgrade.out()).contains("Thành viên 1: 99 points, 4 stars", "1.3: 2 -> 3 (2 -> 3 points)");
        Run portfolio = Run.of("ocop", "portfolio", EX + "ocop-certificates.csv", "--date", "2024-12-31");
        assertThat(portfolio.out()).contains("đã công nhận 3, còn hiệu lực 2, hết hạn 1", "sắp hết hạn: 42-18001-2-2022");
        Run wrongSheet = Run.of(concat(new String[] {"ocop", "score", "--date", "2026-06-20"},
                new String[] {EX + "ocop-council.csv", "--sheet", "2", "--product", "x"}));
        assertThat(wrongSheet.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(wrongSheet.err()).contains("ocop-council.csv:2");
        assertThat(Run.of("ocop", "score", "--date", "2026-06-20", EX + "ocop-council.csv", "--sheet", "27",
                "--product", "x").code()).isEqualTo(Ntm.USAGE);
    }

    @Test
    void financeRatesDeadlinesAndAllocation() {
        String[] ledger = {"--plan", EX + "plan-2024.csv", "--disbursements", EX + "disbursements-2024.csv", "--year",
                "2024", "--as-of", "2025-02-25"};
        Run rates = Run.of(concat(concat(new String[] {"finance", "rates"}, ledger), new String[] {"--extension",
                "2024=2025-12-31"}));
        assertThat(rates.code()).as(rates.err()).isZero();
        assertThat(rates.out()).contains("365.695 triệu đồng / 504.912 triệu đồng (đạt 72,43% KH)",
                "45.931 triệu đồng / 88.228 triệu đồng (đạt 52,06% KH)");
        // without the resolution the 2025 payments are after the statutory deadline: invalid data, named
        Run late = Run.of(concat(new String[] {"finance", "rates"}, ledger));
        assertThat(late.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(late.err()).contains("disbursements-2024.csv:4", "trường 'date'");
        Run deadlines = Run.of(concat(concat(new String[] {"finance", "deadlines", "--lang", "en"}, ledger),
                new String[] {"--extension", "2024=2025-12-31"}));
        assertThat(deadlines.out()).contains("deadline 2025-12-31");
        Run allocate = Run.of("finance", "allocate", "--pool", "1.000 triệu đồng", "--points", "42=9", "--points", "40=11");
        assertThat(allocate.out()).contains("42: 450 triệu đồng", "40: 550 triệu đồng");
        Run bad = Run.of("finance", "allocate", "--pool", "1.2.3 triệu đồng", "--points", "42=9");
        assertThat(bad.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(bad.err()).contains("--pool");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void theReportExampleIsChecked() {
        Run r = Run.of("check-report", EX + "report.txt");
        assertThat(r.out()).contains("report.txt:1: KHÔNG KHỚP 1.205/1.512", "report.txt:3: cảnh báo", "6 tỷ lệ, 1 không khớp")
                .doesNotContain("MISMATCH");
        assertThat(Run.of("check-report", EX + "report.txt", "--lang", "en").out())
                .contains("report.txt:1: MISMATCH 1.205/1.512");
    }

    @Test
    void malformedFilesAreInvalidInputNamingFileLineAndField(@TempDir Path dir) throws IOException {
        Path units = dir.resolve("units.csv");
        Files.writeString(units, "code,parent_code,level,type,name\n42,,PROVINCE,Tỉnh,Tỉnh Hà Tĩnh\n"
                + "445,42,DISTRIKT,Huyện,Huyện Thạch Hà\n", StandardCharsets.UTF_8);
        Run u = Run.of("units", "check", units.toString());
        assertThat(u.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(u.err()).contains("units.csv:3").contains("level");
        assertThat(u.out()).isEmpty();
        Path values = dir.resolve("values.csv");
        Files.writeString(values, "unit,indicator,year,kind,value,part,whole,unit_of_measure,reporter,reference\n"
                + "18001,3.1,2024,RATIO,,86,100,,,\n18002,3.1,2024,RATIO,,5,0,,,\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Run v = Run.of("evaluate", "--units", EX + "units.csv", "--values", values.toString(), "--as-of", "2024-12-31");
        assertThat(v.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(v.err()).contains("values.csv:3").contains("trường 'whole'");
        assertThat(v.out()).isEmpty();
        assertThat(out).doesNotExist();
        Run missing = Run.of("evaluate", "--statuses", dir.resolve("none.csv").toString(), "--as-of", "2024-12-31");
        assertThat(missing.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(missing.err()).contains("none.csv").contains("không có tệp này");
        Path overlay = dir.resolve("overlay.json");
        Files.writeString(overlay, "{\"schema\": \"ntm.overlay/1\", \"id\": 5", StandardCharsets.UTF_8);
        Run o = Run.of("evaluate", "--overlay", overlay.toString(), "--as-of", "2024-12-31");
        assertThat(o.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(o.err()).contains("overlay.json");
    }

    @Test
    void unknownSetsAndDatesOutsideEverySetAreUsageErrors() {
        assertThat(Run.of("evaluate", "--as-of", "2024-12-31", "--set", "vn-2031-2035").err())
                .contains("chưa cài đặt bộ tiêu chí 'vn-2031-2035'");
        Run r = Run.of("evaluate", "--as-of", "2019-06-01", "--lang", "en");
        assertThat(r.code()).isEqualTo(Ntm.USAGE);
        assertThat(r.err()).contains("no criteria set of VN judges data year 2019 on 2019-06-01");
        assertThat(Run.of("evaluate", "--as-of", "2019-06-01").err())
                .contains("không có bộ tiêu chí nào đã cài đặt đánh giá được dữ liệu năm 2019 vào ngày 01/06/2019");
    }
}
