package io.github.ntmlib.server.store;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.Overlay;
import io.github.ntmlib.core.criteria.io.OverlayTemplateJson;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.data.io.DataCsv;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.io.LocalityJson;
import io.github.ntmlib.core.locality.io.UnitsCsv;
import io.github.ntmlib.intake.Intake;
import io.github.ntmlib.intake.Workbook;
import io.github.ntmlib.intake.WorkbookInputs;
import io.github.ntmlib.intake.WorkbookLimits;
import io.github.ntmlib.intake.XlsxReader;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.Update;
import org.jspecify.annotations.Nullable;

/**
 * Imports files into the store, each as one batch in one transaction. The file is read by the
 * library's own readers (core's CSV readers, intake's workbook readers, the JSON readers), which
 * check every row and name file and line; the same file (same kind, target and SHA-256) imported again adds
 * nothing and gives the first batch; a row that contradicts a stored one is a {@link
 * ConflictException} naming its file and line, and nothing of the file is written.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Importer {

    /** The longest file name kept; a longer one is refused. */
    public static final int MAX_FILE_NAME = 200;
    /** The longest hierarchy, dataset or overlay name. */
    public static final int MAX_TARGET = 100;

    private final Store store;

    Importer(Store store) {
        this.store = store;
    }

    /**
     * Imports a file.
     *
     * @param kind      what it holds
     * @param target    the hierarchy, dataset or overlay name it goes into
     * @param fileName  the file's name as uploaded ({@code .csv}, {@code .json} or {@code .xlsx})
     * @param content   the file's bytes
     * @param actor     who imports it
     * @param validFrom for a units workbook, the date its units are in force from; else ignored
     * @return the batch, and whether it was created now
     * @throws InvalidDataException naming file and line for a bad or conflicting row
     */
    public ImportResult importFile(ImportKind kind, String target, String fileName, byte[] content, String actor,
            @Nullable LocalDate validFrom) {
        Objects.requireNonNull(kind, "kind");
        checkName(target, "target");
        if (fileName.isEmpty() || fileName.length() > MAX_FILE_NAME || fileName.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidDataException(SourcePosition.API, null, "file", Labels.of(
                    "tên tệp phải có từ 1 đến " + MAX_FILE_NAME + " ký tự in được",
                    "a file name has 1 to " + MAX_FILE_NAME + " printable characters"));
        }
        String digest = Digests.sha256(content);
        Optional<Batch> earlier = store.read(h -> find(h, kind, target, digest));
        if (earlier.isPresent()) {
            return new ImportResult(earlier.get(), false, 0, List.of());
        }
        Parsed parsed = parse(kind, target, fileName, content, validFrom);
        try {
            return store.write(h -> {
                Optional<Batch> again = find(h, kind, target, digest);
                if (again.isPresent()) {
                    return new ImportResult(again.get(), false, 0, List.of());
                }
                OffsetDateTime now = Store.now();
                long id = h.createUpdate("INSERT INTO import_batch (kind, target, file_name, digest, imported_by, "
                        + "imported_at, row_count) VALUES (:k, :t, :f, :d, :a, :at, :n)")
                        .bind("k", kind.name()).bind("t", target).bind("f", fileName).bind("d", digest).bind("a", actor)
                        .bind("at", now).bind("n", parsed.rowCount()).executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class).one();
                int added = parsed.writer().write(h, id);
                Store.audit(h, actor, "import " + kind.name().toLowerCase(Locale.ROOT), digest,
                        target + " " + fileName + ": " + parsed.rowCount() + " rows, " + added + " added, batch " + id);
                return new ImportResult(new Batch(id, kind, target, fileName, digest, actor, now.toInstant(),
                        parsed.rowCount()), true, added, parsed.warnings());
            });
        } catch (StatementException e) {
            // two imports of the same file at once: the second one's batch row violates the unique digest
            Optional<Batch> first = store.read(h -> find(h, kind, target, digest));
            if (first.isPresent()) {
                return new ImportResult(first.get(), false, 0, List.of());
            }
            throw e;
        }
    }

    private static void checkName(String name, String field) {
        if (name.isEmpty() || name.length() > MAX_TARGET || !name.matches("[\\p{L}\\p{N}_.\\-]+")) {
            throw new InvalidDataException(SourcePosition.API, InvalidDataException.excerpt(name), field, Labels.of(
                    "tên phải có từ 1 đến " + MAX_TARGET + " chữ cái, chữ số hoặc dấu '_', '.', '-'",
                    "a name has 1 to " + MAX_TARGET + " letters, digits or '_', '.', '-'"));
        }
    }

    private static Optional<Batch> find(Handle h, ImportKind kind, String target, String digest) {
        return h.createQuery("SELECT * FROM import_batch WHERE kind = :k AND target = :t AND digest = :d")
                .bind("k", kind.name()).bind("t", target).bind("d", digest).map((rs, ctx) -> batch(rs)).findOne();
    }

    static Batch batch(ResultSet rs) throws SQLException {
        return new Batch(rs.getLong("id"), ImportKind.valueOf(rs.getString("kind")), rs.getString("target"),
                rs.getString("file_name"), rs.getString("digest").trim(), rs.getString("imported_by"),
                Store.instant(rs.getObject("imported_at", OffsetDateTime.class)), rs.getInt("row_count"));
    }

    /** A file read, ready to be written in the batch's transaction. */
    private record Parsed(int rowCount, BatchWriter writer, List<String> warnings) {
        Parsed(int rowCount, BatchWriter writer) {
            this(rowCount, writer, List.of());
        }
    }

    /** Writes a parsed file's rows under a batch; returns the rows added. */
    @FunctionalInterface
    private interface BatchWriter {
        int write(Handle h, long batch);
    }

    private static boolean isWorkbook(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    private static boolean isJson(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * A CSV file's text as Excel saves it: UTF-8 (with or without a byte order mark), UTF-16 with
     * one, or Windows-1258 (Vietnamese Windows) when the bytes are not UTF-8.
     */
    private static Reader csvText(String fileName, byte[] content) {
        return new StringReader(io.github.ntmlib.base.internal.TextFiles.text(content, fileName));
    }

    /** A JSON file's text: strict UTF-8 (RFC 8259), a byte order mark skipped. */
    private static Reader text(String fileName, byte[] content) {
        int skip = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return new StringReader(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, skip, content.length - skip)).toString());
        } catch (CharacterCodingException e) {
            throw new InvalidDataException(SourcePosition.of(fileName), null, null, Labels.of(
                    "tệp không phải văn bản UTF-8 (bảng mã không đúng)", "the file is not UTF-8 text (wrong encoding)"));
        }
    }

    private static Workbook workbook(String fileName, byte[] content) {
        return XlsxReader.read(new ByteArrayInputStream(content), fileName, WorkbookLimits.defaults());
    }

    private static <T> Intake<T> read(String fileName, byte[] content, Function<Reader, T> csvOrJson,
            Function<Workbook, Intake<T>> sheet) {
        return isWorkbook(fileName) ? sheet.apply(workbook(fileName, content))
                : new Intake<>(csvOrJson.apply(isJson(fileName) ? text(fileName, content) : csvText(fileName, content)), List.of());
    }

    private static List<String> warnings(Intake<?> intake) {
        return intake.warnings().stream().map(Object::toString).toList();
    }

    private Parsed parse(ImportKind kind, String target, String fileName, byte[] content, @Nullable LocalDate validFrom) {
        switch (kind) {
            case OBSERVATIONS: {
                Intake<List<Observation>> read = read(fileName, content, r -> DataCsv.readObservations(r, fileName),
                        b -> WorkbookInputs.observations(b, null, null));
                List<Observation> rows = read.value();
                return new Parsed(rows.size(), (h, batch) -> writeRows(h, batch, OBSERVATION, target,
                        rows.stream().map(Importer::row).toList()), warnings(read));
            }
            case OUTCOMES: {
                Intake<List<RecordedOutcome>> read = read(fileName, content, r -> DataCsv.readOutcomes(r, fileName),
                        b -> WorkbookInputs.outcomes(b, null, null));
                List<RecordedOutcome> rows = read.value();
                return new Parsed(rows.size(), (h, batch) -> writeRows(h, batch, OUTCOME, target,
                        rows.stream().map(Importer::row).toList()), warnings(read));
            }
            case STATUSES: {
                Intake<List<StatusEvent>> read = read(fileName, content, r -> DataCsv.readStatuses(r, fileName),
                        b -> WorkbookInputs.statuses(b, null));
                List<StatusEvent> rows = read.value();
                return new Parsed(rows.size(), (h, batch) -> writeRows(h, batch, STATUS, target,
                        rows.stream().map(Importer::row).toList()), warnings(read));
            }
            case HIERARCHY: {
                LocalityHistory history;
                if (isWorkbook(fileName)) {
                    if (validFrom == null) {
                        throw new InvalidDataException(SourcePosition.of(fileName), null, "validFrom", Labels.of(
                                "sổ tính đơn vị cần ngày bắt đầu hiệu lực ('validFrom')",
                                "a units workbook needs the date its units are in force from (validFrom)"));
                    }
                    Intake<Snapshot> units = WorkbookInputs.units(workbook(fileName, content), null, validFrom);
                    Parsed parsed = hierarchy(target, fileName, LocalityHistory.of(units.value()));
                    return new Parsed(parsed.rowCount(), parsed.writer(), warnings(units));
                } else if (isJson(fileName)) {
                    history = LocalityJson.readHistory(text(fileName, content), fileName);
                } else {
                    history = UnitsCsv.readVersions(csvText(fileName, content), fileName, List.of());
                }
                return hierarchy(target, fileName, history);
            }
            case OVERLAY: {
                if (!isJson(fileName)) {
                    throw new InvalidDataException(SourcePosition.of(fileName), null, null, Labels.of(
                            "bộ ngưỡng của tỉnh phải là tệp JSON", "an overlay is a JSON file"));
                }
                Overlay overlay = OverlayTemplateJson.readOverlay(text(fileName, content), fileName);
                String json = new String(content, StandardCharsets.UTF_8);
                return new Parsed(overlay.thresholds().size(), (h, batch) -> {
                    Optional<String> stored = h.createQuery("SELECT digest FROM overlay WHERE name = :n")
                            .bind("n", target).mapTo(String.class).findOne();
                    String digest = Digests.sha256(json);
                    if (stored.isPresent()) {
                        if (stored.get().trim().equals(digest)) {
                            return 0;
                        }
                        throw new ConflictException(SourcePosition.of(fileName), target, "overlay", Labels.of(
                                "đã có bộ ngưỡng của tỉnh mang tên này với nội dung khác",
                                "an overlay of this name is stored with other content"));
                    }
                    h.createUpdate("INSERT INTO overlay (name, criteria_set, batch_id, document, digest) "
                            + "VALUES (:n, :s, :b, :d, :g)").bind("n", target).bind("s", overlay.criteriaSet())
                            .bind("b", batch).bind("d", json).bind("g", digest).execute();
                    return 1;
                });
            }
            default:
                throw new IllegalStateException("no reader for " + kind);
        }
    }

    private static Parsed hierarchy(String target, String fileName, LocalityHistory history) {
        StringWriter out = new StringWriter();
        LocalityJson.write(history, out);
        String document = out.toString();
        String digest = Digests.sha256(document);
        Map<String, AdminUnit> versions = new LinkedHashMap<>();
        for (Snapshot s : history.snapshots()) {
            for (AdminUnit u : s.units()) {
                versions.putIfAbsent(u.code() + "@" + u.validity().start(), u);
            }
        }
        return new Parsed(versions.size(), (h, batch) -> {
            Optional<String> stored = h.createQuery("SELECT digest FROM hierarchy WHERE name = :n").bind("n", target)
                    .mapTo(String.class).findOne();
            if (stored.isPresent()) {
                if (stored.get().trim().equals(digest)) {
                    return 0;
                }
                throw new ConflictException(SourcePosition.of(fileName), target, "hierarchy", Labels.of(
                        "đã có hệ thống đơn vị hành chính mang tên này với các đơn vị khác",
                        "a hierarchy of this name is stored with other units"));
            }
            long id = h.createUpdate("INSERT INTO hierarchy (name, batch_id, document, digest) VALUES (:n, :b, :d, :g)")
                    .bind("n", target).bind("b", batch).bind("d", document).bind("g", digest)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            var insert = h.prepareBatch("INSERT INTO unit_version (hierarchy_id, code, name, kind, parent_code, "
                    + "valid_from, valid_until) VALUES (:h, :c, :n, :k, :p, :f, :u)");
            for (AdminUnit u : versions.values()) {
                insert.bind("h", id).bind("c", u.code()).bind("n", u.name()).bind("k", u.kind().name())
                        .bindByType("p", u.parent().orElse(null), String.class).bind("f", u.validity().start())
                        .bindByType("u", u.validity().end().orElse(null), LocalDate.class).add();
            }
            insert.execute();
            return versions.size();
        });
    }

    // ---- rows of the data tables ------------------------------------------------------------------

    /** A column and its SQL type (for typed nulls). */
    private record Column(String name, int type) {
    }

    /** A data table: its key columns (besides the dataset) and its value columns. */
    private record Table(String name, List<Column> keys, List<Column> values) {
    }

    /** One row read: its position, the unit, key and value cells. */
    private record Row(SourcePosition position, String unit, List<@Nullable Object> keys, List<@Nullable Object> values) {
    }

    private static Column text(String name) {
        return new Column(name, Types.VARCHAR);
    }

    private static final Table OBSERVATION = new Table("observation",
            List.of(text("unit"), text("indicator"), new Column("data_year", Types.INTEGER)),
            List.of(text("kind"), text("value_text"), text("numerator"), text("denominator"), text("unit_of_measure"),
                    new Column("as_of", Types.DATE), text("reporter"), text("reference")));
    private static final Table OUTCOME = new Table("recorded_outcome",
            List.of(text("unit"), text("standard"), text("criterion"), new Column("recorded_on", Types.DATE)),
            List.of(text("assessment"), text("completion_low"), text("completion_high"), text("reporter"),
                    text("reference")));
    private static final Table STATUS = new Table("status_decision",
            List.of(text("unit"), text("standard"), text("step"), new Column("decided_on", Types.DATE)),
            List.of(text("decision"), text("authority")));

    private static Row row(Observation o) {
        Value v = o.value();
        String value = null;
        String numerator = null;
        String denominator = null;
        String uom = null;
        if (v instanceof Value.Flag f) {
            value = Boolean.toString(f.met());
        } else if (v instanceof Value.Quantity q) {
            value = q.amount().toString();
            uom = q.unit();
        } else if (v instanceof Value.Ratio r) {
            numerator = r.numerator().toString();
            denominator = r.denominator().toString();
        } else if (v instanceof Value.Count c) {
            value = Long.toString(c.count());
        } else if (v instanceof Value.Grade g) {
            value = g.grade();
        }
        List<@Nullable Object> values = new ArrayList<>();
        values.add(v.kind().name());
        values.add(value);
        values.add(numerator);
        values.add(denominator);
        values.add(uom);
        values.add(o.asOf().orElse(null));
        values.add(o.source().reporter());
        values.add(o.source().reference());
        return new Row(o.source().position(), o.unit(), List.of(o.unit(), o.indicator(), o.year()), values);
    }

    private static Row row(RecordedOutcome o) {
        List<@Nullable Object> values = new ArrayList<>();
        values.add(o.assessment().name());
        values.add(o.completionLow().map(Object::toString).orElse(null));
        values.add(o.completionHigh().map(Object::toString).orElse(null));
        values.add(o.source().reporter());
        values.add(o.source().reference());
        return new Row(o.source().position(), o.unit(), List.of(o.unit(), o.standard(), o.criterion(), o.date()), values);
    }

    private static Row row(StatusEvent e) {
        return new Row(e.source().position(), e.unit(), List.of(e.unit(), e.standard(), e.step().name(), e.date()),
                List.of(e.decision(), e.authority()));
    }

    /**
     * Writes rows under a batch: a row equal to a stored one (same key, same values) is skipped, a
     * row with the same key and other values is a conflict naming its file and line.
     */
    private static int writeRows(Handle h, long batch, Table table, String dataset, List<Row> rows) {
        StringBuilder where = new StringBuilder("dataset = :dataset");
        for (Column k : table.keys()) {
            where.append(" AND ").append(k.name()).append(" = :").append(k.name());
        }
        String select = "SELECT " + String.join(", ", table.values().stream().map(Column::name).toList())
                + ", source_file, source_line FROM " + table.name() + " WHERE " + where;
        List<String> columns = new ArrayList<>();
        columns.add("dataset");
        table.keys().forEach(c -> columns.add(c.name()));
        table.values().forEach(c -> columns.add(c.name()));
        columns.addAll(List.of("batch_id", "source_file", "source_line", "source_cell"));
        String insert = "INSERT INTO " + table.name() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> ":" + c).toList()) + ")";
        int added = 0;
        for (Row row : rows) {
            var query = h.createQuery(select).bind("dataset", dataset);
            for (int i = 0; i < table.keys().size(); i++) {
                query.bind(table.keys().get(i).name(), Objects.requireNonNull(row.keys().get(i), "key"));
            }
            Optional<List<@Nullable String>> stored = query.map((rs, ctx) -> {
                List<@Nullable String> cells = new ArrayList<>();
                for (int i = 1; i <= table.values().size() + 2; i++) {
                    cells.add(rs.getString(i));
                }
                return cells;
            }).findOne();
            if (stored.isPresent()) {
                List<@Nullable String> cells = stored.get();
                for (int i = 0; i < table.values().size(); i++) {
                    Object mine = row.values().get(i);
                    String theirs = cells.get(i);
                    String mineText = mine == null ? null : mine.toString();
                    if (!Objects.equals(mineText, theirs)) {
                        String field = table.values().get(i).name();
                        String where2 = cells.get(table.values().size()) + ":" + cells.get(table.values().size() + 1);
                        throw new ConflictException(row.position(), row.unit(), field, Labels.of(
                                "dòng này mâu thuẫn với dữ liệu đã lưu: giá trị " + InvalidDataException.excerpt(mineText)
                                        + " khác giá trị đã lưu " + InvalidDataException.excerpt(theirs)
                                        + " (từ " + where2 + ")",
                                "this row conflicts with the stored data: value " + InvalidDataException.excerpt(mineText)
                                        + " differs from the stored " + InvalidDataException.excerpt(theirs)
                                        + " (from " + where2 + ")"));
                    }
                }
                continue;
            }
            Update update = h.createUpdate(insert).bind("dataset", dataset);
            for (int i = 0; i < table.keys().size(); i++) {
                bind(update, table.keys().get(i), row.keys().get(i));
            }
            for (int i = 0; i < table.values().size(); i++) {
                bind(update, table.values().get(i), row.values().get(i));
            }
            update.bind("batch_id", batch).bind("source_file", row.position().source())
                    .bind("source_line", row.position().line())
                    .bindByType("source_cell", row.position().cellReference().orElse(null), String.class).execute();
            added++;
        }
        return added;
    }

    private static void bind(Update update, Column column, @Nullable Object value) {
        if (value == null) {
            update.bindNull(column.name(), column.type());
        } else {
            update.bindByType(column.name(), value, value.getClass());
        }
    }

    /** A stored source position. */
    static SourcePosition position(ResultSet rs) throws SQLException {
        String cell = rs.getString("source_cell");
        return new SourcePosition(rs.getString("source_file"), rs.getInt("source_line"), cell);
    }

    /** The stored data source of a row. */
    static DataSource source(ResultSet rs) throws SQLException {
        return new DataSource(rs.getString("reporter"), rs.getString("reference"), position(rs));
    }
}
