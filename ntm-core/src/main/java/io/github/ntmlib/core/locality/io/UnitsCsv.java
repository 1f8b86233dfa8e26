package io.github.ntmlib.core.locality.io;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.CsvTable;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.HierarchyException;
import io.github.ntmlib.core.locality.HierarchyException.Kind;
import io.github.ntmlib.core.locality.HierarchyException.Problem;
import io.github.ntmlib.core.locality.Level;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.Validity;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes administrative unit lists in the CSV form of the GSO lists.
 *
 * <p>Columns: {@code code, parent_code, level, type, name} (required; {@code level} is PROVINCE,
 * DISTRICT, COMMUNE or VILLAGE, {@code type} the Vietnamese kind word such as "Huyện" or "Thị
 * trấn"); optionally {@code valid_from, valid_until} (ISO dates, the end exclusive) and one column
 * {@code class:<scheme-id>} per classification scheme. An empty {@code type} is read from the
 * name's first words. Writing gives back the same columns, so a read list written out and read
 * again is equal to the first (and a GSO list is written back byte for byte).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class UnitsCsv {

    /** The prefix of classification columns. */
    public static final String CLASS_PREFIX = "class:";

    private static final List<String> REQUIRED = List.of("code", "parent_code", "level", "type", "name");
    private static final Set<String> OPTIONAL = Set.of("valid_from", "valid_until");

    private UnitsCsv() {
    }

    /**
     * Reads the hierarchy in force on a date. Units without validity columns are valid from that
     * date on.
     *
     * @param reader the CSV text
     * @param source the file or resource name, for errors
     * @param date   the date the list is in force from
     * @return the validated snapshot
     * @throws HierarchyException listing every bad row
     */
    public static Snapshot read(Reader reader, String source, LocalDate date) {
        Snapshot.Builder builder = Snapshot.builder(date);
        List<Problem> problems = new ArrayList<>();
        for (Positioned p : readUnits(reader, source, date, problems)) {
            builder.add(p.unit, p.position);
        }
        problems.forEach(builder::problem);
        return builder.build();
    }

    /**
     * Reads unit versions with their validity columns and builds their history.
     *
     * @param reader       the CSV text, with {@code valid_from} on every row
     * @param source       the file or resource name, for errors
     * @param events       explicit events (merges, splits) to add
     * @return the history
     * @throws HierarchyException for bad rows, overlapping versions of a code, or invalid snapshots
     */
    public static LocalityHistory readVersions(Reader reader, String source,
            List<io.github.ntmlib.core.locality.ChangeEvent> events) {
        List<Problem> problems = new ArrayList<>();
        List<Positioned> units = readUnits(reader, source, null, problems);
        if (!problems.isEmpty()) {
            throw new HierarchyException(problems);
        }
        Map<AdminUnit, SourcePosition> where = new IdentityHashMap<>();
        List<AdminUnit> list = new ArrayList<>();
        for (Positioned p : units) {
            where.put(p.unit, p.position);
            list.add(p.unit);
        }
        return Csv.inFile(source,
                () -> LocalityHistory.ofVersions(list, events, u -> where.getOrDefault(u, SourcePosition.of(source))));
    }

    private static final class Positioned {
        final AdminUnit unit;
        final SourcePosition position;

        Positioned(AdminUnit unit, SourcePosition position) {
            this.unit = unit;
            this.position = position;
        }
    }

    private static List<Positioned> readUnits(Reader reader, String source, @Nullable LocalDate date,
            List<Problem> problems) {
        CsvTable table = CsvTable.read(reader, source, REQUIRED, OPTIONAL, CLASS_PREFIX, Csv.HIERARCHY_ERRORS);
        List<Positioned> units = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Optional<AdminUnit> unit = parse(row, table.header(), date, problems);
            unit.ifPresent(u -> units.add(new Positioned(u, row.position())));
        }
        return units;
    }

    private static Optional<AdminUnit> parse(CsvTable.Row row, List<String> header, @Nullable LocalDate date,
            List<Problem> problems) {
        SourcePosition pos = row.position();
        String code = row.get("code");
        int before = problems.size();
        if (code.isEmpty()) {
            problems.add(new Problem(Kind.MALFORMED, pos, null, "code", Labels.of("mã trống", "empty code")));
        }
        String name = row.get("name");
        if (name.isEmpty()) {
            problems.add(new Problem(Kind.MALFORMED, pos, code, "name", Labels.of("tên trống", "empty name")));
        }
        Level level = null;
        try {
            level = Level.valueOf(row.get("level"));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(Kind.MALFORMED, pos, code, "level", Labels.of("cấp không rõ "
                    + Limits.quote(row.get("level")) + " ('PROVINCE', 'DISTRICT', 'COMMUNE' hoặc 'VILLAGE')",
                    "unknown level '" + row.get("level") + "' (PROVINCE, DISTRICT, COMMUNE or VILLAGE)")));
        }
        @Nullable UnitKind kind = null;
        if (level != null) {
            String type = row.get("type");
            Optional<UnitKind> found = type.isEmpty() ? UnitKind.fromName(level, name) : UnitKind.fromTypeWord(level, type);
            if (found.isEmpty()) {
                Optional<UnitKind> elsewhere = anyLevel(type);
                problems.add(new Problem(elsewhere.isPresent() ? Kind.WRONG_LEVEL : Kind.MALFORMED, pos, code, "type",
                        elsewhere.isPresent()
                                ? Labels.of(Limits.quote(type) + " là loại đơn vị thuộc "
                                        + elsewhere.get().level().vietnamese() + ", không thuộc " + level.vietnamese(),
                                        "a " + type + " is a " + elsewhere.get().level().english()
                                        + "-level kind, not " + level.english())
                                : Labels.of(Limits.quote(type) + " không phải là một loại đơn vị thuộc "
                                        + level.vietnamese(), Limits.quote(type) + " is not a kind of "
                                        + level.english() + "-level unit")));
            } else {
                kind = found.get();
            }
        }
        Validity validity = validity(row, date, code, problems);
        // every way to leave kind or validity null adds a problem
        if (problems.size() > before || kind == null || validity == null) {
            return Optional.empty();
        }
        String parent = row.get("parent_code");
        AdminUnit unit;
        try {
            unit = AdminUnit.of(code, name, kind, parent.isEmpty() ? Optional.empty() : Optional.of(parent), validity,
                    Map.of());
            for (String column : header) {
                if (column.startsWith(CLASS_PREFIX) && !row.get(column).isEmpty()) {
                    unit = unit.withClassification(
                            io.github.ntmlib.core.locality.ClassificationScheme.open(column.substring(CLASS_PREFIX.length()),
                                    false, "read from " + pos.source()), row.get(column));
                }
            }
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(Kind.MALFORMED, pos, code, null, Fields.unitRefused(e, code, name)));
            return Optional.empty();
        }
        return Optional.of(unit);
    }

    private static Optional<UnitKind> anyLevel(String type) {
        for (Level level : Level.values()) {
            Optional<UnitKind> kind = UnitKind.fromTypeWord(level, type);
            if (kind.isPresent()) {
                return kind;
            }
        }
        return Optional.empty();
    }

    private static @Nullable Validity validity(CsvTable.Row row, @Nullable LocalDate date, String code,
            List<Problem> problems) {
        String from = row.get("valid_from");
        String until = row.get("valid_until");
        if (from.isEmpty()) {
            if (date == null) {
                problems.add(new Problem(Kind.MALFORMED, row.position(), code, "valid_from",
                        Labels.of("danh sách các phiên bản đơn vị cần cột 'valid_from' ở mọi dòng",
                        "a list of unit versions needs valid_from on every row")));
                return null;
            }
            return until.isEmpty() ? Validity.from(date) : parseValidity(row, date.toString(), until, code, problems);
        }
        return parseValidity(row, from, until, code, problems);
    }

    private static @Nullable Validity parseValidity(CsvTable.Row row, String from, String until, String code,
            List<Problem> problems) {
        try {
            LocalDate start = LocalDate.parse(from);
            LocalDate end = until.isEmpty() ? null : LocalDate.parse(until);
            try {
                return Validity.between(start, end);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(Kind.MALFORMED, row.position(), code, "valid_until",
                        Fields.validityRefused(e, start, end)));
            }
        } catch (DateTimeParseException e) {
            problems.add(new Problem(Kind.MALFORMED, row.position(), code, "valid_from/valid_until", Labels.of(
                    "không phải là ngày viết dạng năm-tháng-ngày như '2024-12-31': "
                            + Limits.quote(e.getParsedString()), "not an ISO date (yyyy-mm-dd): " + e.getParsedString())));
        }
        return null;
    }

    /**
     * Writes a snapshot. Validity columns are written only when some unit's validity differs from
     * "valid from the snapshot's date on"; classification columns only for schemes in use.
     *
     * @param snapshot the snapshot
     * @param writer   where to write; flushed, not closed
     */
    public static void write(Snapshot snapshot, Writer writer) {
        boolean validity = snapshot.units().stream()
                .anyMatch(u -> !u.validity().equals(Validity.from(snapshot.date())));
        writeUnits(snapshot.units(), validity, writer);
    }

    /**
     * Writes every unit version of a history, with validity columns, for {@link #readVersions}.
     *
     * @param history the history
     * @param writer  where to write; flushed, not closed
     */
    public static void writeVersions(LocalityHistory history, Writer writer) {
        List<AdminUnit> all = new ArrayList<>();
        Set<AdminUnit> seen = new java.util.HashSet<>();
        for (Snapshot s : history.snapshots()) {
            for (AdminUnit u : s.units()) {
                if (seen.add(u)) {
                    all.add(u);
                }
            }
        }
        writeUnits(all, true, writer);
    }

    private static void writeUnits(List<AdminUnit> units, boolean validity, Writer writer) {
        Set<String> schemes = new TreeSet<>();
        units.forEach(u -> schemes.addAll(u.classifications().keySet()));
        List<String> header = new ArrayList<>(REQUIRED);
        if (validity) {
            header.add("valid_from");
            header.add("valid_until");
        }
        schemes.forEach(s -> header.add(CLASS_PREFIX + s));
        List<List<String>> rows = new ArrayList<>();
        for (AdminUnit u : units) {
            List<String> row = new ArrayList<>(List.of(u.code(), u.parent().orElse(""), u.level().name(),
                    u.kind().typeWord(), u.name()));
            if (validity) {
                row.add(u.validity().start().toString());
                row.add(u.validity().end().map(LocalDate::toString).orElse(""));
            }
            schemes.forEach(s -> row.add(u.classifications().getOrDefault(s, "")));
            rows.add(row);
        }
        CsvTable.write(writer, header, rows);
    }
}
