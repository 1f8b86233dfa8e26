package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.locality.AdminUnit;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The recognitions in force on a date for every unit position of a snapshot index and every
 * standard that applies to the unit, read from a status register as an evaluation reads them:
 * the register is asked once for every unit that has a standard (so that a unit it refuses fails
 * as it would in an evaluation), then for each standard the unit has events of. Immutable once
 * made; a plan keeps the last one (registers are immutable).
 */
final class RegisterIndex {

    final SnapshotIndex index;
    final StatusRegister register;
    final LocalDate asOf;
    /** The recognition by position × standards + standard index, or null. */
    private final @Nullable StatusEvent[] recognitions;
    private final int standards;

    RegisterIndex(CompiledPlan plan, SnapshotIndex index, StatusRegister register, LocalDate asOf) {
        this.index = index;
        this.register = register;
        this.asOf = asOf;
        this.standards = plan.set.standards().size();
        this.recognitions = new StatusEvent[index.size() * standards];
        Map<String, Set<String>> events = new HashMap<>();
        register.events().forEach(e -> events.computeIfAbsent(e.unit(), k -> new HashSet<>()).add(e.standard()));
        for (int u : index.bottomUp) {
            AdminUnit unit = index.units[u];
            // the plan has an entry, possibly empty, for every kind
            CompiledPlan.StandardPlan[] plans = Objects.requireNonNull(plan.byKind.get(unit.kind()));
            if (plans.length == 0) {
                continue;
            }
            register.recognition(index.snapshot, unit.code(), plans[0].standard.id(), asOf);
            Set<String> own = events.get(unit.code());
            if (own == null) {
                continue;
            }
            for (CompiledPlan.StandardPlan sp : plans) {
                if (own.contains(sp.standard.id())) {
                    recognitions[u * standards + sp.index] = register.recognition(index.snapshot, unit.code(),
                            sp.standard.id(), asOf).orElse(null);
                }
            }
        }
    }

    /** The recognition of the unit at a position for the standard at an index, or null. */
    @Nullable StatusEvent recognition(int unit, int standard) {
        return recognitions[unit * standards + standard];
    }
}
