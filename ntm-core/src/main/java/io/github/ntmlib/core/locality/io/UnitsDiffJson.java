package io.github.ntmlib.core.locality.io;

import io.github.ntmlib.base.internal.ExactJson;
import io.github.ntmlib.core.locality.PlainChange;
import java.io.Writer;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The JSON document of what changed between two snapshots ({@value #SCHEMA}, docs/formats.md; JSON
 * Schema {@code docs/schemas/units-diff-1.schema.json}): {@code from} and {@code to} as the caller
 * named them (a file or a date), {@code count}, and each {@link PlainChange}: {@code type},
 * {@code code}, {@code oldName}, {@code newName}, {@code oldParent}, {@code newParent} ({@code null}
 * where a side has none).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class UnitsDiffJson {

    /** The schema id. */
    public static final String SCHEMA = "ntm.units-diff/1";

    private UnitsDiffJson() {
    }

    /**
     * Writes the document, indented, and a line break.
     *
     * @param from    the earlier snapshot as the caller named it
     * @param to      the later snapshot as the caller named it
     * @param changes the changes, in the order to print
     * @param out     where to write; flushed, not closed
     */
    public static void write(String from, String to, List<PlainChange> changes, Writer out) {
        ExactJson.Obj d = ExactJson.document(SCHEMA).put("from", from).put("to", to).put("count", changes.size());
        ExactJson.Arr list = d.array("changes");
        for (PlainChange c : changes) {
            list.object().put("type", c.type().name()).put("code", c.code()).put("oldName", c.oldName())
                    .put("newName", c.newName()).put("oldParent", c.oldParent()).put("newParent", c.newParent());
        }
        d.write(out);
    }
}
