package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import io.github.ntmlib.examples.demo.ProgramPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ntm demo}: the seed's figures, the HTML file, periods and languages. */
class DemoCommandTest {

    @Test
    void theDemoPrintsTheSeedsAggregatesAndWritesTheHtmlReport(@TempDir Path dir) throws IOException {
        Run r = Run.of("demo", "--out", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("DỮ LIỆU TỔNG HỢP (synthetic)")
                .contains("171/171 xã được công nhận đạt chuẩn NTM (đạt 100%)")
                .contains("69/171 xã được công nhận đạt chuẩn NTM nâng cao (đạt 40,4%)")
                .contains("18/171 xã được công nhận đạt chuẩn NTM kiểu mẫu")
                .contains("1.205/1.512 thôn")
                .contains("9/12 đơn vị cấp huyện")
                .contains("đạt 5/8 yêu cầu")
                .contains("có 171 xã; báo cáo tính 169 xã")
                .contains("15/20, đạt 75% KH").contains("4/5, đạt 80% KH")
                .contains("314 sản phẩm còn hiệu lực").contains("4 sao: 15; 3 sao: 299")
                .contains("411.626 triệu đồng / 593.139 triệu đồng (đạt 69,4% KH)")
                .contains("365.695 triệu đồng / 504.912 triệu đồng (đạt 72,43% KH)")
                .contains("MT Môi trường");
        String html = Files.readString(dir.resolve("ntm-report.html"), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"vi\">", "<svg id=\"chart-districts\"",
                "<svg id=\"chart-disbursement\"", "<table id=\"districts\">", "Huyện Hương Khê")
                .doesNotContain("http:", "https:", "<script", "<link", "src=", "url(");
    }

    @Test
    void theSyntheticDataIsDeterministic(@TempDir Path dir) throws IOException {
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        Run first = Run.of("demo", "--out", a.toString());
        Run second = Run.of("demo", "--out", b.toString());
        assertThat(first.out()).isEqualTo(second.out());
        assertThat(Files.readString(a.resolve("ntm-report.html"), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(b.resolve("ntm-report.html"), StandardCharsets.UTF_8));
    }

    @Test
    void englishAndJson(@TempDir Path dir) {
        Run en = Run.of("demo", "--lang", "en", "--out", dir.toString());
        assertThat(en.out()).contains("SYNTHETIC DATA", "69/171 rural communes recognised as NTM advanced (nâng cao) (40.4%)",
                "5/8 requirements met", "15/20, 75% of plan");
        Run json = Run.of("demo", "--format", "json", "--out", dir.toString());
        assertThat(json.code()).isZero();
        assertThat(json.out()).contains("ntm.evaluation/3");
    }

    @Test
    void aPeriodIsAUsageErrorUntilItsPluginIsInstalled(@TempDir Path dir) {
        // found through the registry: with only the 2021-2025 plugin, the next period is not installed
        CriteriaRegistry only2021 = CriteriaRegistry.of(List.of(NationalCriteria2021.criteriaSet()));
        assertThatThrownBy(() -> DemoCommand.setFor(only2021, ProgramPeriod.parse("2026-2030").orElseThrow())
                .orElseThrow(l -> new IllegalStateException(l.english()))).hasMessageContaining("2026-2030 criteria set is not installed")
                .hasMessageContaining("vn-2021-2025");
        assertThat(DemoCommand.setFor(only2021, ProgramPeriod.P2021_2025).orElseThrow(l -> new IllegalStateException(l.english())).id())
                .isEqualTo(NationalCriteria2021.SET_ID);
        // a period the demo has no scenario for: a usage error, nothing written
        Run r = Run.of("demo", "--period", "2031-2035", "--out", dir.toString());
        assertThat(r.code()).isEqualTo(Ntm.USAGE);
        assertThat(dir.resolve("ntm-report.html")).doesNotExist();
        assertThat(Run.of("demo", "--period", "2025", "--out", dir.toString()).code()).isEqualTo(Ntm.USAGE);
        assertThat(Run.of("demo", "--out", dir.resolve("missing").toString()).code()).isEqualTo(Ntm.USAGE);
    }
}
