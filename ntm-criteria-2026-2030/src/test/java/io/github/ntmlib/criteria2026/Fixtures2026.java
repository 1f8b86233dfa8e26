package io.github.ntmlib.criteria2026;

import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.time.LocalDate;
import java.util.List;

/** A small two-level hierarchy of 1 July 2025 and an evaluation of 2026 data. */
final class Fixtures2026 {

    static final LocalDate UNITS = LocalDate.of(2025, 7, 1);
    static final LocalDate DATE = LocalDate.of(2026, 12, 31);

    private Fixtures2026() {
    }

    static Snapshot snapshot() {
        return Snapshot.of(UNITS, List.of(AdminUnit.of("42", "Tỉnh Thử", UnitKind.PROVINCE, null, UNITS),
                AdminUnit.of("1", "Xã Một", UnitKind.COMMUNE, "42", UNITS),
                AdminUnit.of("2", "Xã Hai", UnitKind.COMMUNE, "42", UNITS),
                AdminUnit.of("3", "Xã Ba", UnitKind.COMMUNE, "42", UNITS),
                AdminUnit.of("9", "Phường Chín", UnitKind.WARD, "42", UNITS)));
    }

    static Evaluation evaluate(CriteriaSet set, Snapshot snapshot, Dataset data) {
        return Evaluator.of(set).evaluate(EvaluationRequest.of(DATE, 2026, CountingMode.COMPUTED), snapshot, data, StatusRegister.empty());
    }
}
