package io.github.ntmlib.core.locality.io;

import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.internal.ExactJson;
import io.github.ntmlib.base.internal.JsonFields;
import io.github.ntmlib.core.locality.PlainChange;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The JSON document of what changed between two snapshots ({@value #SCHEMA}, docs/formats.md; JSON
 * Schema {@code docs/schemas/units-diff-1.schema.json}): {@code from} and {@code to} as the caller
 * named them (a file or a date), {@code count}, and each {@link PlainChange}: {@code type},
 * {@code code}, {@code oldName}, {@code newName}, {@code oldParent}, {@code newParent} ({@code null}
 * where a side has none).
 *
 * <p>{@link #read} restores what {@link #write} wrote: reading a written document gives an equal
 * {@link Diff}. It reads strictly: another schema, a field the format does not have, a missing
 * field, a value of the wrong type, a {@code count} other than the number of changes, or a change
 * whose names contradict its type (an old name for all but NEW, a new name for NEW and
 * RENAMED_OR_RECLASSIFIED only, as {@code LocalityHistory.diff} makes them) is an
 * {@link InvalidDataException} naming the file, the line and the JSON path.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class UnitsDiffJson {

    /** The schema id. */
    public static final String SCHEMA = "ntm.units-diff/1";

    private static final String[] FIELDS = {"schema", "from", "to", "count", "changes"};
    private static final String[] CHANGE_FIELDS = {"type", "code", "oldName", "newName", "oldParent", "newParent"};

    /**
     * A diff as the document holds it: the two snapshots as the caller named them and the changes.
     *
     * @param from    the earlier snapshot (a file or a date), never blank
     * @param to      the later snapshot, never blank
     * @param changes the changes, in order
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Diff(String from, String to, List<PlainChange> changes) {

        /**
         * A diff, validated.
         *
         * @param from    the earlier snapshot (a file or a date), never blank
         * @param to      the later snapshot, never blank
         * @param changes the changes, in order
         * @throws InvalidDataException if a snapshot name is blank
         * @throws NullPointerException if an argument or a change is null
         */
        public Diff {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.isBlank() || to.isBlank()) {
                throw new InvalidDataException(io.github.ntmlib.base.SourcePosition.API, null, from.isBlank() ? "from"
                        : "to", io.github.ntmlib.base.Labels.of("tên của một danh mục đơn vị hành chính không được để"
                        + " trống", "the name of a snapshot must not be blank"));
            }
            changes = List.copyOf(changes);
        }
    }

    private UnitsDiffJson() {
    }

    /**
     * Writes a diff, indented, and a line break.
     *
     * @param diff the diff
     * @param out  where to write; flushed, not closed
     */
    public static void write(Diff diff, Writer out) {
        write(diff.from(), diff.to(), diff.changes(), out);
    }

    /**
     * Reads a diff written by {@link #write}.
     *
     * @param reader the JSON text; not closed
     * @param source the file name, for errors
     * @return the diff
     * @throws InvalidDataException naming the file, line and JSON path of the first problem
     */
    public static Diff read(Reader reader, String source) {
        JsonFields.Node root = JsonFields.readDocument(reader, source).only(FIELDS);
        JsonFields.Node schema = root.get("schema");
        if (!SCHEMA.equals(schema.text())) {
            throw schema.error(Labels.of("cần '" + SCHEMA + "'", "expected '" + SCHEMA + "'"));
        }
        List<JsonFields.Node> elements = root.get("changes").elements();
        List<PlainChange> changes = new ArrayList<>();
        for (JsonFields.Node n : elements) {
            n.only(CHANGE_FIELDS);
            PlainChange.Type type = n.get("type").constant(PlainChange.Type.class);
            Optional<String> oldName = text(n, "oldName");
            Optional<String> newName = text(n, "newName");
            boolean hasOld = type != PlainChange.Type.NEW;
            boolean hasNew = type == PlainChange.Type.NEW || type == PlainChange.Type.RENAMED_OR_RECLASSIFIED;
            if (oldName.isPresent() != hasOld || newName.isPresent() != hasNew) {
                throw n.error(Labels.of("một thay đổi loại " + Limits.quote(type.name()) + " "
                        + (hasOld ? "có tên cũ" : "không có tên cũ") + " và " + (hasNew ? "có tên mới" : "không có tên mới"),
                        "a " + type + " change has " + (hasOld ? "an old name" : "no old name") + " and "
                        + (hasNew ? "a new name" : "no new name")));
            }
            changes.add(PlainChange.of(type, n.get("code").text(), oldName, text(n, "oldParent"), text(n, "newParent"),
                    newName));
        }
        JsonFields.Node count = root.get("count");
        if (count.integer() != changes.size()) {
            throw count.error(Labels.of("số lượng " + count.integer() + " nhưng có " + changes.size() + " thay đổi",
                    "count " + count.integer() + " but " + changes.size() + " changes"));
        }
        return new Diff(root.get("from").text(), root.get("to").text(), changes);
    }

    private static Optional<String> text(JsonFields.Node n, String name) {
        return n.nullable(name).map(JsonFields.Node::text);
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
