package io.github.ntmlib.testkit.conformance;

import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Period;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.Level;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A one-unit world to probe a set with: the unit under test and the chain of units above it. */
final class Probe {

    static final String PROVINCE = "01";
    static final String UNIT = "99999";
    private static final LocalDate SINCE = LocalDate.of(2000, 1, 1);

    private Probe() {
    }

    /**
     * A snapshot holding a unit of a kind (code {@value #UNIT}, or the province itself) with
     * classification values.
     */
    static Snapshot of(CriteriaSet set, UnitKind kind, Map<String, String> classifications) {
        return of(set, kind, classifications, io.github.ntmlib.core.criteria.Subdivision.ANY);
    }

    /**
     * As {@link #of(CriteriaSet, UnitKind, Map)}, the unit divided as a standard requires: with a
     * commune-level unit under it for {@code WITH_COMMUNES}, with none otherwise.
     */
    static Snapshot of(CriteriaSet set, UnitKind kind, Map<String, String> classifications,
            io.github.ntmlib.core.criteria.Subdivision subdivision) {
        List<AdminUnit> units = new ArrayList<>();
        @Nullable String parent = null;
        // parents of kinds the law allows (a quận only in a centrally governed city, a phường not
        // under a huyện, a đặc khu right under the province)
        if (kind.level() != Level.PROVINCE) {
            UnitKind province = kind == UnitKind.URBAN_DISTRICT ? UnitKind.CENTRAL_CITY : UnitKind.PROVINCE;
            units.add(AdminUnit.of(PROVINCE, province == UnitKind.PROVINCE ? "Tỉnh Thử" : "Thành phố Thử", province,
                    null, SINCE));
            parent = PROVINCE;
        }
        if ((kind.level() == Level.COMMUNE && kind != UnitKind.SPECIAL_ZONE) || kind.level() == Level.VILLAGE) {
            UnitKind district = kind.mayBeChildOf(UnitKind.RURAL_DISTRICT) || kind.level() == Level.VILLAGE
                    ? UnitKind.RURAL_DISTRICT : UnitKind.TOWN;
            units.add(AdminUnit.of("001", district.namePrefixes().get(0) + " Thử", district, parent, SINCE));
            parent = "001";
        }
        if (kind.level() == Level.VILLAGE) {
            units.add(AdminUnit.of("00001", "Xã Thử", UnitKind.COMMUNE, parent, SINCE));
            parent = "00001";
        }
        AdminUnit unit = AdminUnit.of(code(kind), "Đơn vị thử", kind, parent, SINCE);
        for (Map.Entry<String, String> c : classifications.entrySet()) {
            ClassificationScheme scheme = set.schemes().stream().filter(s -> s.id().equals(c.getKey())).findFirst()
                    .orElse(ClassificationScheme.open(c.getKey(), false, "probe"));
            unit = unit.withClassification(scheme, c.getValue());
        }
        units.add(unit);
        if (subdivision == io.github.ntmlib.core.criteria.Subdivision.WITH_COMMUNES && kind.level() != Level.COMMUNE
                && kind.level() != Level.VILLAGE) {
            UnitKind child = UnitKind.COMMUNE.mayBeChildOf(kind) ? UnitKind.COMMUNE : UnitKind.WARD;
            units.add(AdminUnit.of(code(kind) + "1", child.namePrefixes().get(0) + " Thử", child, code(kind), SINCE));
        }
        return Snapshot.of(SINCE, units);
    }

    static String code(UnitKind kind) {
        return kind.level() == Level.PROVINCE ? PROVINCE : UNIT;
    }

    /** A data year and evaluation date the period covers, from a year on, or empty. */
    static Optional<Request> request(Period period, int fromYear, int toYear) {
        for (int y = Math.max(fromYear, period.firstDataYear()); y <= Math.min(toYear, period.lastDataYear()); y++) {
            List<LocalDate> dates = new ArrayList<>(List.of(LocalDate.of(y, 12, 31), period.acceptedUntil(),
                    period.acceptedFrom()));
            period.transitions().forEach(t -> dates.add(t.from()));
            for (LocalDate d : dates) {
                if (d.getYear() >= y && period.covers(y, d)) {
                    return Optional.of(new Request(y, d));
                }
            }
        }
        return Optional.empty();
    }

    static Evaluation evaluate(CriteriaSet set, Snapshot snapshot, Dataset data, Request request) {
        return Evaluator.of(set).evaluate(EvaluationRequest.of(request.date(), request.year(), CountingMode.COMPUTED), snapshot, data, StatusRegister.empty());
    }

    /** A data year and an evaluation date. */
    record Request(int year, LocalDate date) {
    }
}
