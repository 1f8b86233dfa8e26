package io.github.ntmlib.core.locality.io;

import io.github.ntmlib.base.internal.ExactJson;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.LineageLink;
import io.github.ntmlib.core.locality.LocalityHistory;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The JSON document of a unit's lineage ({@value #SCHEMA}, docs/formats.md; JSON Schema
 * {@code docs/schemas/units-lineage-1.schema.json}): {@code list} (the history's name), {@code code},
 * and each version of the unit (code, name, kind, parent, {@code validFrom}, {@code validUntil} —
 * {@code null} while in force) with its {@code predecessors} and {@code successors}: the other
 * version and the link's {@code date}, {@code share} and {@code cause}.
 *
 * <p>A view of part of a {@link LocalityHistory} with no reader: the versions and links shown do not
 * make a history (the history's own form is {@link LocalityJson}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LineageJson {

    /** The schema id. */
    public static final String SCHEMA = "ntm.units-lineage/1";

    private LineageJson() {
    }

    /**
     * Writes the document, indented, and a line break.
     *
     * @param list     the history's name as the caller named it (a shipped list or a file)
     * @param code     the unit's code
     * @param history  the history holding the versions
     * @param versions the versions of the unit to show, in order
     * @param out      where to write; flushed, not closed
     */
    public static void write(String list, String code, LocalityHistory history, List<AdminUnit> versions, Writer out) {
        ExactJson.Obj d = ExactJson.document(SCHEMA).put("list", list).put("code", code);
        ExactJson.Arr array = d.array("versions");
        for (AdminUnit v : versions) {
            ExactJson.Obj n = unit(array.object(), v).put("validFrom", v.validity().start())
                    .put("validUntil", v.validity().end().map(LocalDate::toString));
            ExactJson.Arr from = n.array("predecessors");
            history.predecessors(v).forEach(l -> link(unit(from.object(), l.from()), l));
            ExactJson.Arr to = n.array("successors");
            history.successors(v).forEach(l -> link(unit(to.object(), l.to()), l));
        }
        d.write(out);
    }

    /**
     * A unit's code, name, kind and parent, as the units documents write a unit.
     *
     * @param n the object to fill
     * @param u the unit
     * @return the object
     */
    static ExactJson.Obj unit(ExactJson.Obj n, AdminUnit u) {
        return n.put("code", u.code()).put("name", u.name()).put("kind", u.kind().name()).put("parent", u.parent());
    }

    private static void link(ExactJson.Obj n, LineageLink l) {
        n.put("date", l.date()).put("share", l.share().name()).put("cause", l.cause().name());
    }
}
