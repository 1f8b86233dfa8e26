package io.github.ntmlib.intake;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.Limits;
import java.util.ArrayList;
import java.util.List;

/** Warnings collected while reading, bounded: past the bound, one warning counts the rest. */
final class Warnings {

    private final List<IntakeWarning> list = new ArrayList<>();
    private final SourcePosition where;
    private int over;

    Warnings(SourcePosition where, List<IntakeWarning> first) {
        this.where = where;
        first.forEach(w -> add(w.position(), w.text()));
    }

    void add(SourcePosition position, Labels message) {
        if (list.size() < XlsxReader.MAX_WARNINGS) {
            list.add(new IntakeWarning(position, message));
        } else {
            over++;
        }
    }

    void formula(Cell cell) {
        if (cell.isFormula()) {
            IntakeWarning w = IntakeWarning.formula(cell);
            add(w.position(), w.text());
        }
    }

    List<IntakeWarning> list() {
        List<IntakeWarning> all = new ArrayList<>(list);
        if (over > 0) {
            all.add(new IntakeWarning(where, Labels.of("và " + over + " cảnh báo khác",
                    "and " + over + " more warnings")));
        }
        return all;
    }
}
