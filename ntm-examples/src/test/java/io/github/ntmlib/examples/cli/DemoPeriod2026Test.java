package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ntm demo --period 2026-2030}: the 69 units of 1 July 2025 assessed with the 2026-2030 set
 * from synthetic recorded outcomes, each beside its carried-over 2021-2025 status, the commune
 * groups, progress against the 2030 target and the gaps, in text (vi, en), JSON and HTML.
 */
class DemoPeriod2026Test {

    @Test
    void theVietnameseReportShowsTheSixtyNineUnitsWithTheirCarryOverGroupsPlanAndGaps(@TempDir Path dir)
            throws IOException {
        Run r = Run.of("demo", "--period", "2026-2030", "--out", dir.toString());
        assertThat(r.code()).isZero();
        String out = r.out();
        assertThat(out).contains("Đánh giá nông thôn mới giai đoạn 2026-2030, Tỉnh Hà Tĩnh (đến 31/12/2026)",
                "DỮ LIỆU TỔNG HỢP (synthetic)", "47 chỉ tiêu của Phụ lục I CHƯA được mã hóa",
                "Bộ tiêu chí vn-2026-2030 chọn theo năm số liệu 2026",
                "25/60 xã đạt chuẩn NTM theo đánh giá (kết quả ghi nhận tổng hợp) (đạt 41,7%); chưa đạt: 31; chưa đánh giá: 4",
                "9 phường: không áp dụng bộ tiêu chí xã NTM",
                "Nhóm xã (dữ kiện tổng hợp): nhóm 1: 8; nhóm 2: 27; nhóm 3: 15; chưa đánh giá: 10",
                "Kế thừa trạng thái 2021-2025 (mọi đơn vị sáp nhập toàn bộ đã đạt): NTM 60/60 xã; nâng cao 5/60 xã; kiểu mẫu 2/60 xã",
                "khoảng 65% số xã đạt chuẩn NTM", "tức 39/60 xã (làm tròn lên)", "25/39, đạt 64,1% KH",
                "(III) Điều kiện tỉnh hoàn thành nhiệm vụ: chưa đánh giá");
        // one block per unit of 1 July 2025: 60 xã and 9 phường
        assertThat(count(out, "(?m)^   Xã .* \\| nhóm xã: ")).isEqualTo(60);
        assertThat(count(out, "(?m)^   Phường .* \\| nhóm xã: —$")).isEqualTo(9);
        assertThat(count(out, "(?m)^       2026-2030: không áp dụng \\(phường\\)$")).isEqualTo(9);
        // Xã Hương Sơn (PeriodSwap's example): Thị trấn Phố Châu not counted by kind, four xã held NTM
        assertThat(out).contains("Xã Hương Sơn | nhóm xã: ")
                .contains("trước sắp xếp: Thị trấn Phố Châu (toàn bộ, không áp dụng tiêu chí xã), Xã Sơn Ninh (toàn bộ)")
                .contains("2021-2025 kế thừa: Xã đạt chuẩn nông thôn mới — Xã đạt chuẩn nông thôn mới: 4/4 đã đạt → kế thừa; "
                        + "Xã đạt chuẩn nông thôn mới nâng cao: 3/4 đã đạt → không kế thừa; "
                        + "Xã đạt chuẩn nông thôn mới kiểu mẫu: 1/4 đã đạt → không kế thừa");
        // a phường: commune standards never carried; đô thị văn minh counted over its phường only
        assertThat(out).contains("Phường Trần Phú | nhóm xã: —")
                .contains("Phường Đồng Môn (toàn bộ), Xã Hộ Độ (toàn bộ, không áp dụng đô thị văn minh)")
                .contains("2021-2025 kế thừa: không kế thừa — Phường, thị trấn đạt chuẩn đô thị văn minh: 0/3 đã đạt → "
                        + "không kế thừa");
        // a xã without group facts is not assessed, never given a default group
        assertThat(out).contains("Xã Sơn Kim 1 | nhóm xã: chưa đánh giá (chưa có dữ kiện)")
                .contains("Xã Sơn Kim 2 | nhóm xã: nhóm 1 (nông nghiệp dưới 10% cơ cấu kinh tế)");
        // gaps: ten xã, closest first, each naming what it lacks
        String gaps = out.substring(out.indexOf("5. Các xã gần đạt chuẩn NTM nhất"));
        assertThat(count(gaps, "(?m)^   - Xã .*: 1 tiêu chí: ")).isEqualTo(10);
        // nothing claims the 47 indicators are encoded
        assertThat(out).doesNotContainPattern("(?i)47 (chỉ tiêu|indicators)[^.;]*(đã được mã hóa|are encoded)");

        String html = Files.readString(dir.resolve("ntm-report.html"), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"vi\">", "<table id=\"units\">",
                "<svg id=\"chart-verdicts\"", "<table id=\"gaps\">", "DỮ LIỆU TỔNG HỢP (synthetic)",
                "CHƯA được mã hóa", "25/39, đạt 64,1% KH", "Xã Hương Sơn")
                .doesNotContain("http:", "https:", "<script", "<link", "src=", "url(");
        assertThat(count(html, "<tr><td>(Xã|Phường) ")).isEqualTo(69 + 10);
    }

    @Test
    void englishJsonAndDeterminism(@TempDir Path dir) throws IOException {
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        Run en = Run.of("demo", "--period", "2026-2030", "--lang", "en", "--out", a.toString());
        assertThat(en.code()).isZero();
        assertThat(en.out()).contains("SYNTHETIC DATA", "the 47 indicators of appendix I are NOT encoded",
                "25/60 xã assessed NTM (synthetic recorded outcomes) (41.7%)",
                "2021-2025 statuses carried over (every wholly merged predecessor held it): NTM 60/60 xã; advanced 5/60 xã; model 2/60 xã",
                "25/39, 64.1% of plan", "commune group: not assessed")
                .doesNotContainPattern("(?i)47 indicators[^.;]*are encoded");
        assertThat(Files.readString(a.resolve("ntm-report.html"), StandardCharsets.UTF_8)).contains("<html lang=\"en\">");
        Run again = Run.of("demo", "--period", "2026-2030", "--lang", "en", "--out", b.toString());
        assertThat(again.out()).isEqualTo(en.out());
        assertThat(Files.readString(b.resolve("ntm-report.html"), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(a.resolve("ntm-report.html"), StandardCharsets.UTF_8));
        Run json = Run.of("demo", "--period", "2026-2030", "--format", "json", "--out", dir.toString());
        assertThat(json.code()).isZero();
        assertThat(json.out()).contains("\"schema\":\"ntm.evaluation/3\"", "\"criteriaSet\":\"vn-2026-2030\"",
                "synthetic, generated (seed 2026)");
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
