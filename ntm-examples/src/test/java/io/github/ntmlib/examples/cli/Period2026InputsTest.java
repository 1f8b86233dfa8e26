package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 2026-2030 from the command line: the commune-group facts form written for a province's own
 * units, filled and read by {@code ntm evaluate --group-facts}, the group trace printing the
 * decisive comparison exactly in each language; an appendix-I transcription read by {@code
 * --appendix}, and the skeleton written by {@code ntm template appendix} refused naming what is
 * missing per criterion and group.
 */
class Period2026InputsTest {

    static final String MADE_UP_APPENDIX =
            "../ntm-criteria-2026-2030/src/test/resources/io/github/ntmlib/criteria2026/MADE-UP-appendix-i.json";

    static Path units(Path dir) throws IOException {
        return Files.writeString(dir.resolve("units-2026.csv"), String.join("\n",
                "code,parent_code,level,type,name,valid_from",
                "99,,PROVINCE,Tỉnh,Tỉnh Thử Nghiệm,2025-07-01",
                "99101,99,COMMUNE,Xã,Xã Suối Mát,2025-07-01",
                "99102,99,COMMUNE,Xã,Xã Đá Đen,2025-07-01",
                "99103,99,COMMUNE,Xã,Xã Núi Cao,2025-07-01", ""), StandardCharsets.UTF_8);
    }

    @Test
    void groupFactsFormFilledAndTheGroupTracePrintsTheDecisiveSide(@TempDir Path dir) throws IOException {
        Path units = units(dir);
        Path form = dir.resolve("group-facts.csv");
        Run made = Run.of("template", "group-facts", "--units", units.toString(), "--as-of", "2026-12-31", "-o",
                form.toString());
        assertThat(made.code()).as(made.err()).isZero();
        assertThat(Files.readAllLines(form)).containsExactly(
                "commune_code,commune_name,area,urban_adjacent,new_urban_area,agriculture_share_percent,source",
                "99101,Xã Suối Mát,,,,,", "99102,Xã Đá Đen,,,,,", "99103,Xã Núi Cao,,,,,");
        Files.writeString(form, String.join("\n",
                "commune_code,commune_name,area,urban_adjacent,new_urban_area,agriculture_share_percent,source",
                "99101,Xã Suối Mát,NOT_IN_AREA,no,no,9.99,Cục Thống kê 2025",
                "99102,Xã Đá Đen,NOT_IN_AREA,no,no,10,Cục Thống kê 2025",
                "99103,Xã Núi Cao,,no,no,40,Cục Thống kê 2025", ""), StandardCharsets.UTF_8);
        String[] evaluate = {"evaluate", "--set", "vn-2026-2030", "--units", units.toString(), "--group-facts",
            form.toString(), "--appendix", MADE_UP_APPENDIX, "--as-of", "2026-12-31", "--unit", "99"};
        Run vi = Run.of(evaluate);
        assertThat(vi.code()).as(vi.err()).isZero();
        assertThat(vi.out()).contains("Nhóm xã: 99101: nhóm 1 — nông nghiệp dưới 10% cơ cấu kinh tế")
                .contains("tỷ trọng nông nghiệp 999/10.000 = 9,99% < 10%")
                .contains("Nhóm xã: 99102: nhóm 2 — các xã còn lại")
                .contains("tỷ trọng nông nghiệp 10/100 = 10% ≥ 10%")
                .contains("Nhóm xã: 99103: chưa xác định nhóm xã, thiếu: khu vực (I, II, III)")
                .doesNotContain("10,0%");
        Run en = Run.of(concat(evaluate, "--lang", "en"));
        assertThat(en.out()).contains("Commune group: 99101: group 1 — agriculture under 10% of the economy")
                .contains("999/10,000 = 9.99% < 10%").doesNotContain("10.0%");
    }

    @Test
    void theAppendixSkeletonIsRefusedNamingWhatIsMissing(@TempDir Path dir) throws IOException {
        Path skeleton = dir.resolve("appendix.json");
        Run made = Run.of("template", "appendix", "--set", "vn-2026-2030", "-o", skeleton.toString());
        assertThat(made.code()).as(made.err()).isZero();
        assertThat(Files.readString(skeleton)).contains("ntm.appendix-i-2026-2030/1", "\"criterion\" : \"10\"");
        Run run = Run.of("evaluate", "--set", "vn-2026-2030", "--units", units(dir).toString(), "--appendix",
                skeleton.toString(), "--as-of", "2026-12-31", "--lang", "en");
        assertThat(run.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(run.err()).contains("appendix I has 47 indicators; this table has 10 (by criterion 1: 1, 2: 1")
                .contains("criterion 1, indicator 1.1: no value for group 1, 2, 3")
                .contains("criterion 10, indicator 10.1: no value for group 1, 2, 3");
        Run wrongSet = Run.of("evaluate", "--set", "vn-2021-2025", "--appendix", MADE_UP_APPENDIX, "--as-of",
                "2024-12-31", "--lang", "en");
        assertThat(wrongSet.code()).isEqualTo(Ntm.USAGE);
        assertThat(wrongSet.err()).contains("--appendix is appendix I of vn-2026-2030, not of vn-2021-2025");
        assertThat(Run.of("template", "appendix", "--set", "vn-2021-2025").code()).isEqualTo(Ntm.USAGE);
    }

    @Test
    void groupFactsForAUnitThatIsNotAXaNameTheFile(@TempDir Path dir) throws IOException {
        Path form = Files.writeString(dir.resolve("f.csv"), String.join("\n",
                "commune_code,area,urban_adjacent,new_urban_area,agriculture_share_percent,source",
                "99,III,no,no,40,QĐ 1", ""), StandardCharsets.UTF_8);
        Run run = Run.of("evaluate", "--set", "vn-2026-2030", "--units", units(dir).toString(), "--group-facts",
                form.toString(), "--as-of", "2026-12-31", "--lang", "en");
        assertThat(run.code()).isEqualTo(Ntm.INVALID_INPUT);
        assertThat(run.err()).contains("f.csv").contains("commune groups apply to xã only").doesNotContain("<api>");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
