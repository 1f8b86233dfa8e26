package io.github.ntmlib.core.locality.io;

import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.CsvTable;
import io.github.ntmlib.core.locality.HierarchyException;
import io.github.ntmlib.core.locality.HierarchyException.Kind;
import io.github.ntmlib.core.locality.HierarchyException.Problem;
import io.github.ntmlib.core.locality.PlainChange;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Reads and writes lists of plain changes between two official lists, with the columns {@code
 * change, code, old_name, old_parent, new_parent, new_name} of the GSO comparison files.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ChangesCsv {

    private static final List<String> COLUMNS = List.of("change", "code", "old_name", "old_parent", "new_parent",
            "new_name");

    private ChangesCsv() {
    }

    /**
     * Reads a change list.
     *
     * @param reader the CSV text
     * @param source the file or resource name, for errors
     * @return the changes in file order
     * @throws HierarchyException listing every bad row
     */
    public static List<PlainChange> read(Reader reader, String source) {
        CsvTable table = CsvTable.read(reader, source, COLUMNS, Set.of(), null, Csv.HIERARCHY_ERRORS);
        List<PlainChange> changes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            try {
                changes.add(PlainChange.of(PlainChange.Type.valueOf(row.get("change")), row.get("code"),
                        optional(row.get("old_name")), optional(row.get("old_parent")),
                        optional(row.get("new_parent")), optional(row.get("new_name"))));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(Kind.MALFORMED, row.position(), row.get("code"), "change", Labels.of(
                        "loại thay đổi không rõ " + Limits.quote(row.get("change"))
                                + " ('GONE', 'NEW', 'MOVED', 'RENAMED_OR_RECLASSIFIED')",
                        "unknown change '" + row.get("change") + "' (GONE, NEW, MOVED, RENAMED_OR_RECLASSIFIED)")));
            }
        }
        if (!problems.isEmpty()) {
            throw new HierarchyException(problems);
        }
        return List.copyOf(changes);
    }

    /**
     * Writes a change list.
     *
     * @param changes the changes
     * @param writer  where to write; flushed, not closed
     */
    public static void write(List<PlainChange> changes, Writer writer) {
        List<List<String>> rows = new ArrayList<>();
        for (PlainChange c : changes) {
            rows.add(List.of(c.type().name(), c.code(), c.oldName().orElse(""), c.oldParent().orElse(""),
                    c.newParent().orElse(""), c.newName().orElse("")));
        }
        CsvTable.write(writer, COLUMNS, rows);
    }

    private static Optional<String> optional(String cell) {
        return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
    }
}
