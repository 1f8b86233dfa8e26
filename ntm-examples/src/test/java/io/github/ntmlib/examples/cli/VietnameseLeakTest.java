package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.testkit.Hierarchies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: every output of the command in Vietnamese — the demo of both periods, the examples of
 * docs/examples, errors — and every explanation of generated worlds is Vietnamese: no standard id,
 * enum constant, ISO date or English word of {@link Leaks#ENGLISH}.
 */
class VietnameseLeakTest {

    static final String EX = FormatsDocTest.EX;

    @TempDir
    Path dir;

    private final List<String> found = new ArrayList<>();
    private int outputs;

    private void check(String what, String... args) {
        Run r = Run.of(args);
        outputs++;
        found.addAll(Leaks.in(what + " (stdout)", r.out()));
        found.addAll(Leaks.in(what + " (stderr)", r.err()));
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void theDetectorFindsWhatItIsFor() {
        assertThat(Leaks.standards()).contains("commune-advanced", "district-ntm");
        assertThat(Leaks.enums()).contains("CENTRAL_BUDGET", "NOT_ASSESSED");
        assertThat(Leaks.leaks("100/240 xã được công nhận commune-advanced")).isTrue();
        assertThat(Leaks.leaks("vốn CENTRAL_BUDGET")).isTrue();
        assertThat(Leaks.leaks("ngày 2026-06-01")).isTrue();
        assertThat(Leaks.leaks("sửa đổi (amended by 125/QĐ-TTg)")).isTrue();
        assertThat(Leaks.leaks("69/169 xã đạt chuẩn NTM nâng cao (đạt 40,8%), ngày 01/06/2026, tệp docs/a-the.csv"))
                .isFalse();
    }

    @Test
    void everyVietnameseOutputOfTheCommandIsVietnamese() throws Exception {
        Path out = Files.createDirectories(dir.resolve("demo"));
        check("demo", "demo", "--out", out.toString());
        check("demo 2026", "demo", "--period", "2026-2030", "--out", out.toString());
        check("evaluate", "evaluate", "--units", EX + "units.csv", "--values", EX + "values.csv", "--outcomes",
                EX + "outcomes.csv", "--statuses", EX + "statuses.csv", "--overlay", EX + "overlay.json", "--as-of",
                "2024-12-31", "--plan", "commune-ntm=2");
        check("evaluate province 99", "evaluate", "--units", EX + "province/units.csv", "--values",
                EX + "province/values.csv", "--overlay", EX + "province/overlay-filled.json", "--as-of", "2024-12-31",
                "--plan", "commune-ntm=2");
        check("evaluate Hà Tĩnh", "evaluate", "--as-of", "2024-12-31", "--unit", "445");
        check("units check", "units", "check", EX + "units.csv", "--date", "2024-12-31");
        check("units diff", "units", "diff", "2024-11-01", "2025-03-01");
        check("units diff 2025-07", "units", "diff", "2025-03-01", "2025-07-01");
        check("units lineage", "units", "lineage", "18409");
        check("units carry", "units", "carry", "--statuses", EX + "statuses-ha-tinh-2024.csv", "--unit", "18409");
        String[] council = {EX + "ocop-council.csv", "--sheet", "1", "--product", "Bưởi Phúc Trạch"};
        check("ocop score", concat(new String[] {"ocop", "score", "--date", "2026-06-20"}, council));
        check("ocop upgrade", concat(new String[] {"ocop", "upgrade"}, council));
        check("ocop portfolio", "ocop", "portfolio", EX + "ocop-certificates.csv", "--date", "2024-12-31");
        String[] ledger = {"--plan", EX + "plan-2024.csv", "--disbursements", EX + "disbursements-2024.csv", "--year",
            "2024", "--as-of", "2025-02-25"};
        check("finance rates", concat(concat(new String[] {"finance", "rates"}, ledger), "--extension", "2024=2025-12-31"));
        check("finance deadlines", concat(concat(new String[] {"finance", "deadlines"}, ledger), "--extension",
                "2024=2025-12-31"));
        check("finance allocate", "finance", "allocate", "--pool", "1.000 triệu đồng", "--points", "42=9", "--points",
                "40=11");
        check("check-report", "check-report", EX + "report.txt");
        check("check-report seed", "check-report", Run.SEED);
        // not here: the reasons of typed input errors (InvalidDataException and its kin) are English,
        // after a Vietnamese prefix ("dữ liệu vào không hợp lệ: …"); see the issue 21 note
        assertThat(outputs).isEqualTo(18);
        assertThat(found).as(String.join("\n", found)).isEmpty();
    }

    @Test
    void everyExplanationOfGeneratedWorldsIsVietnamese() {
        Random random = new Random(21);
        int texts = 0;
        java.time.LocalDate date = java.time.LocalDate.of(2024, 12, 31);
        io.github.ntmlib.testkit.Reach reach = new io.github.ntmlib.testkit.Reach();
        var set = CriteriaRegistry.load().pick(2024, date).set();
        for (int i = 0; i < 12; i++) {
            var snapshot = CriteriaRegistry.load().classify(Hierarchies.snapshots(date, reach).next(random));
            var data = io.github.ntmlib.testkit.Datasets.edgeBiased(set, snapshot, 2024, date, reach).next(random);
            Evaluation e = Evaluator.of(set).evaluate(EvaluationRequest.of(java.time.LocalDate.of(2024, 12, 31), 2024,
                    i % 2 == 0 ? CountingMode.COMPUTED : CountingMode.OFFICIAL), snapshot, data,
                    io.github.ntmlib.core.data.StatusRegister.empty());
            for (UnitResult u : e.units()) {
                for (StandardResult s : u.standards()) {
                    found.addAll(Leaks.in("world " + i + " " + u.unit() + " " + s.standard(),
                            s.explanation(Language.VIETNAMESE)));
                    texts++;
                }
            }
        }
        assertThat(texts).isGreaterThan(100);
        assertThat(found.stream().distinct().limit(200).toList()).as(String.join("\n",
                found.stream().distinct().limit(200).toList())).isEmpty();
    }
}
