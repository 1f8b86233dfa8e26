package io.github.ntmlib.core.locality.io;

import io.github.ntmlib.base.internal.ExactJson;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The JSON document of a checked units list ({@value #SCHEMA}, docs/formats.md; JSON Schema
 * {@code docs/schemas/units-check-1.schema.json}): the file, the date it was read on, {@code valid}
 * (always true: an invalid list is an error, never a document) and the count of units by kind.
 *
 * <pre>{@code
 * {"schema": "ntm.units-check/1", "file": "units.csv", "date": "2024-12-31", "valid": true, "units": 5,
 *  "byKind": {"PROVINCE": 1, "RURAL_DISTRICT": 1, "COMMUNE": 2, "TOWNSHIP": 1}}
 * }</pre>
 *
 * <p>A rendered view with no reader: it holds counts, not the units, so no {@link Snapshot} can be
 * restored from it (the snapshot's own form is {@link LocalityJson}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class UnitsCheckJson {

    /** The schema id. */
    public static final String SCHEMA = "ntm.units-check/1";

    private UnitsCheckJson() {
    }

    /**
     * Writes the document, indented, and a line break.
     *
     * @param file     the list as the caller named it
     * @param date     the date it was read on
     * @param snapshot the units read
     * @param out      where to write; flushed, not closed
     */
    public static void write(String file, LocalDate date, Snapshot snapshot, Writer out) {
        ExactJson.Obj d = ExactJson.document(SCHEMA).put("file", file).put("date", date).put("valid", true)
                .put("units", snapshot.size());
        ExactJson.Obj kinds = d.object("byKind");
        for (Map.Entry<UnitKind, Integer> e : snapshot.countByKind().entrySet()) {
            kinds.put(e.getKey().name(), e.getValue().intValue());
        }
        d.write(out);
    }
}
