package io.github.ntmlib.report;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.io.DataCsv;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.testkit.Datasets;
import io.github.ntmlib.testkit.Gen;
import io.github.ntmlib.testkit.Hierarchies;
import io.github.ntmlib.testkit.Reach;
import io.github.ntmlib.testkit.Registers;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The evaluations the report tests render: Hà Tĩnh's seed and generated worlds. */
final class Worlds {

    static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    static final CriteriaRegistry REGISTRY = CriteriaRegistry.load();
    static final CriteriaSet SET = REGISTRY.forDate(AS_OF).orElseThrow();
    static final OfficialHeader HEADER = new OfficialHeader("UBND TỈNH HÀ TĨNH", "123/BC-UBND", "Hà Tĩnh",
            LocalDate.of(2026, 12, 5), "BÁO CÁO Kết quả xây dựng nông thôn mới năm 2024", "CHỦ TỊCH", "Nguyễn Văn A");

    private static Evaluation haTinh;

    private Worlds() {
    }

    /** Hà Tĩnh on 31/12/2024 with the statuses of docs/examples (computed once). */
    static synchronized Evaluation haTinh() {
        if (haTinh == null) {
            Snapshot snapshot = REGISTRY.classify(GsoLists.haTinh().asOf(AS_OF));
            Path statuses = Path.of("../docs/examples/statuses-ha-tinh-2024.csv");
            try (Reader r = Files.newBufferedReader(statuses, StandardCharsets.UTF_8)) {
                StatusRegister register = StatusRegister.of(DataCsv.readStatuses(r, statuses.toString()));
                haTinh = Evaluator.of(SET).evaluate(EvaluationRequest.of(AS_OF, 2024, CountingMode.OFFICIAL), snapshot,
                        Dataset.empty(), register);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return haTinh;
    }

    /** Generated worlds: a province with districts, communes and villages, edge-biased data and statuses. */
    static Gen<Evaluation> generated() {
        Reach reach = new Reach();
        return r -> {
            Snapshot snapshot = REGISTRY.classify(Hierarchies.snapshots(AS_OF, reach).next(r));
            Dataset data = Datasets.edgeBiased(SET, snapshot, 2024, AS_OF, reach).next(r);
            StatusRegister register = Registers.statuses(snapshot, SET.standards(), LocalDate.of(2022, 1, 1), AS_OF,
                    reach).next(r);
            return Evaluator.of(SET).evaluate(EvaluationRequest.of(AS_OF, 2024, CountingMode.OFFICIAL), snapshot, data,
                    register);
        };
    }

    /** A snapshot with its units renamed. */
    static Snapshot renamed(Snapshot snapshot, UnaryOperator<String> name) {
        List<AdminUnit> units = new ArrayList<>();
        for (AdminUnit u : snapshot.units()) {
            units.add(AdminUnit.of(u.code(), name.apply(u.name()), u.kind(), u.parent(), u.validity(),
                    u.classifications()));
        }
        return Snapshot.of(snapshot.date(), units);
    }

    /** The evaluation of a snapshot with no data and no statuses. */
    static Evaluation bare(Snapshot snapshot) {
        return Evaluator.of(SET).evaluate(EvaluationRequest.of(AS_OF, 2024, CountingMode.OFFICIAL), snapshot,
                Dataset.empty(), StatusRegister.empty());
    }

    /** The report of an evaluation in a language. */
    static Report report(Evaluation evaluation, io.github.ntmlib.base.Language language) {
        return Report.of(ReportRequest.builder(evaluation, HEADER).language(language).build());
    }
}
