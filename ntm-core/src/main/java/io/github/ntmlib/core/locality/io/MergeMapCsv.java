package io.github.ntmlib.core.locality.io;

import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.CsvTable;
import io.github.ntmlib.core.locality.ChangeEvent;
import io.github.ntmlib.core.locality.ChangeEvent.Merge;
import io.github.ntmlib.core.locality.ChangeEvent.Predecessor;
import io.github.ntmlib.core.locality.HierarchyException;
import io.github.ntmlib.core.locality.HierarchyException.Kind;
import io.github.ntmlib.core.locality.HierarchyException.Problem;
import io.github.ntmlib.core.locality.Share;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Reads and writes merge maps: one row per (new unit, old unit) with the old unit's share.
 *
 * <p>Columns: {@code new_code, new_name, old_code, old_name, share} ({@code full} or {@code
 * partial}) and optionally {@code level}. Each new unit becomes one {@link Merge} event, its
 * predecessors in file order. The names are for people; the codes are checked against the
 * snapshots when the history is built.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class MergeMapCsv {

    private static final List<String> REQUIRED = List.of("new_code", "new_name", "old_code", "old_name", "share");

    private MergeMapCsv() {
    }

    /**
     * Reads a merge map.
     *
     * @param reader the CSV text
     * @param source the file or resource name, for errors
     * @param date   the date the reorganisation takes effect
     * @return one merge per new unit, in the order first named
     * @throws HierarchyException listing every bad row
     */
    public static List<ChangeEvent> read(Reader reader, String source, LocalDate date) {
        CsvTable table = CsvTable.read(reader, source, REQUIRED, Set.of("level"), null, Csv.HIERARCHY_ERRORS);
        Map<String, List<Predecessor>> merges = new LinkedHashMap<>();
        Map<String, String> seenPairs = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String newCode = row.get("new_code");
            String oldCode = row.get("old_code");
            Optional<Share> share = Share.fromWord(row.get("share"));
            if (newCode.isEmpty() || oldCode.isEmpty()) {
                problems.add(new Problem(Kind.MALFORMED, row.position(), newCode.isEmpty() ? null : newCode,
                        newCode.isEmpty() ? "new_code" : "old_code", Labels.of("mã trống", "empty code")));
                continue;
            }
            if (share.isEmpty()) {
                problems.add(new Problem(Kind.MALFORMED, row.position(), oldCode, "share",
                        Labels.of("phần chia phải là 'full' hoặc 'partial', không phải "
                                + Limits.quote(row.get("share")),
                        "share must be 'full' or 'partial', not '" + row.get("share") + "'")));
                continue;
            }
            String pair = newCode + "<-" + oldCode;
            if (seenPairs.containsKey(pair)) {
                problems.add(new Problem(Kind.MALFORMED, row.position(), oldCode, "old_code",
                        Labels.of("đơn vị cũ " + Limits.quote(oldCode) + " được liệt kê hai lần cho đơn vị mới "
                                + Limits.quote(newCode) + " (lần đầu tại " + seenPairs.get(pair) + ")",
                        "old unit " + oldCode + " listed twice for new unit " + newCode + " (first at "
                                + seenPairs.get(pair) + ")")));
                continue;
            }
            seenPairs.put(pair, row.position().toString());
            merges.computeIfAbsent(newCode, k -> new ArrayList<>()).add(new Predecessor(oldCode, share.get()));
        }
        if (!problems.isEmpty()) {
            throw new HierarchyException(problems);
        }
        List<ChangeEvent> events = new ArrayList<>();
        merges.forEach((code, predecessors) -> events.add(new Merge(date, code, predecessors)));
        return List.copyOf(events);
    }
}
