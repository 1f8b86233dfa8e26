package io.github.ntmlib.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.internal.StrictJson;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.data.io.DataCsv;
import java.io.Reader;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How to read a sheet in the <em>wide layout</em> — one row per unit (xã), one column per
 * indicator or criterion under one or more header rows, merged header cells spanning their
 * columns — declared in a small JSON file (schema {@code ntm.xlsx-mapping/1}, documented in {@code
 * docs/formats.md} and {@code docs/schemas/xlsx-mapping-1.schema.json}).
 *
 * <p>The mapping names the sheet, the header rows, the column of the unit code and, for every
 * other header, the indicator (with its value kind) or criterion it holds, or that it is ignored.
 * A header the mapping does not name is an error, and so is a mapped header the sheet lacks: no
 * column is skipped silently. Each unit row gives one long row per non-blank indicator (or
 * criterion) cell, validated by {@link DataCsv} exactly as a CSV file; a blank cell gives no value
 * (the criterion is then "not assessed"). A unit appearing on two rows is an error naming both.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WideMapping {

    /** The schema identifier of a mapping file. */
    public static final String SCHEMA = "ntm.xlsx-mapping/1";

    /** What a mapped sheet holds. */
    public enum Input {
        /** Indicator values, one column per indicator (two for a ratio: part and whole). */
        VALUES,
        /** Recorded criterion outcomes (đạt / chưa đạt), one column per criterion. */
        OUTCOMES
    }

    /** What a column of a ratio holds. */
    enum Role {
        VALUE, PART, WHOLE
    }

    /** A column chosen by header text or by letter. */
    record Selector(@Nullable String header, int column, String path) {
        @Override
        public String toString() {
            return header != null ? "header " + Limits.quote(header) : "column " + CellAddress.columnName(column);
        }
    }

    /** A mapped column. */
    record Target(Selector selector, String code, @Nullable ValueKind kind, Role role, @Nullable String unitOfMeasure) {
    }

    private static final Set<String> TOP = Set.of("schema", "input", "sheet", "headerRows", "firstDataRow", "unit",
            "ignore", "year", "asOf", "standard", "date", "reporter", "reference", "columns");
    private static final Set<String> COLUMN = Set.of("header", "column", "indicator", "kind", "role",
            "unitOfMeasure", "criterion");
    private static final List<String> VALUE_COLUMNS = List.of("unit", "indicator", "year", "kind", "value", "part",
            "whole", "unit_of_measure", "reporter", "reference", "as_of");
    private static final List<String> OUTCOME_COLUMNS = List.of("unit", "standard", "criterion", "assessment", "date",
            "reporter", "reference");
    /** The most mapped columns. */
    static final int MAX_COLUMNS = 4_096;

    private final String source;
    private final Input input;
    private final @Nullable String sheet;
    private final int firstHeaderRow;
    private final int lastHeaderRow;
    private final int firstDataRow;
    private final Selector unit;
    private final List<Selector> ignored;
    private final List<Target> targets;
    private final @Nullable Integer year;
    private final @Nullable LocalDate asOf;
    private final @Nullable String standard;
    private final @Nullable LocalDate date;
    private final String reporter;
    private final String reference;

    private WideMapping(Builder b) {
        this.source = b.source;
        this.input = Objects.requireNonNull(b.input);
        this.sheet = b.sheet;
        this.firstHeaderRow = b.firstHeaderRow;
        this.lastHeaderRow = b.lastHeaderRow;
        this.firstDataRow = b.firstDataRow;
        this.unit = Objects.requireNonNull(b.unit);
        this.ignored = List.copyOf(b.ignored);
        this.targets = List.copyOf(b.targets);
        this.year = b.year;
        this.asOf = b.asOf;
        this.standard = b.standard;
        this.date = b.date;
        this.reporter = b.reporter;
        this.reference = b.reference;
    }

    private static final class Builder {
        String source = "";
        @Nullable Input input;
        @Nullable String sheet;
        int firstHeaderRow;
        int lastHeaderRow;
        int firstDataRow;
        @Nullable Selector unit;
        List<Selector> ignored = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        @Nullable Integer year;
        @Nullable LocalDate asOf;
        @Nullable String standard;
        @Nullable LocalDate date;
        String reporter = "";
        String reference = "";
    }

    /**
     * What the mapped sheet holds.
     *
     * @return values or outcomes
     */
    public Input input() {
        return input;
    }

    /**
     * The mapping file's name.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * Reads a mapping file.
     *
     * @param reader the JSON text
     * @param source the file name, for errors
     * @return the mapping
     * @throws InvalidDataException naming the file and the JSON path of a bad or unknown field
     */
    public static WideMapping read(Reader reader, String source) {
        JsonNode root = StrictJson.read(StrictJson.MAPPER, reader, source);
        Json json = new Json(source);
        json.object(root, "$", TOP);
        Builder b = new Builder();
        b.source = source;
        String schema = json.text(root, "schema", "$");
        if (!schema.equals(SCHEMA)) {
            throw json.error("$.schema", Labels.of("cần " + Limits.quote(SCHEMA) + ", nhưng có " + Limits.quote(schema),
                            "expected " + Limits.quote(SCHEMA) + ", found " + Limits.quote(schema)));
        }
        String in = json.text(root, "input", "$");
        if (in.equals("values")) {
            b.input = Input.VALUES;
        } else if (in.equals("outcomes")) {
            b.input = Input.OUTCOMES;
        } else {
            throw json.error("$.input", Labels.of(Limits.quote(in) + " không phải là 'values' hoặc 'outcomes'",
                            Limits.quote(in) + " is not one of values, outcomes"));
        }
        b.sheet = root.has("sheet") ? json.text(root, "sheet", "$") : null;
        JsonNode rows = json.node(root, "headerRows", "$");
        if (!rows.isArray() || rows.size() < 1 || rows.size() > 2) {
            throw json.error("$.headerRows", Labels.of("phải là [đầu] hoặc [đầu, cuối] số dòng",
                            "must be [first] or [first, last] row numbers"));
        }
        b.firstHeaderRow = json.row(rows.get(0), "$.headerRows[0]");
        b.lastHeaderRow = rows.size() == 2 ? json.row(rows.get(1), "$.headerRows[1]") : b.firstHeaderRow;
        if (b.lastHeaderRow < b.firstHeaderRow || b.lastHeaderRow - b.firstHeaderRow >= 10) {
            throw json.error("$.headerRows", Labels.of("các dòng tiêu đề phải theo thứ tự tăng, tối đa 10 dòng",
                            "the header rows must run forwards over at most 10 rows"));
        }
        b.firstDataRow = root.has("firstDataRow") ? json.row(root.get("firstDataRow"), "$.firstDataRow")
                : b.lastHeaderRow + 1;
        if (b.firstDataRow <= b.lastHeaderRow) {
            throw json.error("$.firstDataRow", Labels.of("dữ liệu phải bắt đầu dưới các dòng tiêu đề",
                            "the data must start below the header rows"));
        }
        b.unit = json.selector(json.node(root, "unit", "$"), "$.unit", Set.of("header", "column"));
        if (root.has("ignore")) {
            JsonNode ignore = root.get("ignore");
            if (!ignore.isArray() || ignore.size() > MAX_COLUMNS) {
                throw json.error("$.ignore", Labels.of("phải là một mảng tối đa " + MAX_COLUMNS + " cột",
                                "must be an array of at most " + MAX_COLUMNS + " columns"));
            }
            for (int i = 0; i < ignore.size(); i++) {
                b.ignored.add(json.selector(ignore.get(i), "$.ignore[" + i + "]", Set.of("header", "column")));
            }
        }
        b.reporter = root.has("reporter") ? json.text(root, "reporter", "$") : "";
        b.reference = root.has("reference") ? json.text(root, "reference", "$") : "";
        JsonNode columns = json.node(root, "columns", "$");
        if (!columns.isArray() || columns.isEmpty() || columns.size() > MAX_COLUMNS) {
            throw json.error("$.columns", Labels.of("phải là một mảng từ 1 đến " + MAX_COLUMNS + " cột",
                            "must be an array of 1 to " + MAX_COLUMNS + " columns"));
        }
        if (b.input == Input.VALUES) {
            json.absent(root, "$", "standard", "date");
            JsonNode y = json.node(root, "year", "$");
            if (!y.isInt() || y.asInt() < 1900 || y.asInt() > 9999) {
                throw json.error("$.year", Labels.of("phải là một năm, ví dụ 2024",
                                "must be a year such as 2024"));
            }
            b.year = y.asInt();
            b.asOf = root.has("asOf") ? json.date(root, "asOf", "$") : null;
            for (int i = 0; i < columns.size(); i++) {
                String path = "$.columns[" + i + "]";
                JsonNode c = columns.get(i);
                json.object(c, path, COLUMN);
                json.absent(c, path, "criterion");
                Selector s = json.selector(c, path, COLUMN);
                String indicator = json.text(c, "indicator", path);
                String k = json.text(c, "kind", path);
                ValueKind kind;
                try {
                    kind = ValueKind.valueOf(k.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw json.error(path + ".kind", Labels.of(Limits.quote(k) + " không phải là một trong 'FLAG', 'QUANTITY', 'RATIO', 'COUNT', 'GRADE'",
                                    Limits.quote(k) + " is not one of FLAG, QUANTITY, RATIO, COUNT, GRADE"));
                }
                Role role = Role.VALUE;
                if (kind == ValueKind.RATIO) {
                    String r = json.text(c, "role", path);
                    if (!r.equals("part") && !r.equals("whole")) {
                        throw json.error(path + ".role", Labels.of("cột tỷ lệ là tử số ('part') hoặc mẫu số ('whole'), không phải " + Limits.quote(r),
                                        "a ratio column is the part or the whole, not " + Limits.quote(r)));
                    }
                    role = r.equals("part") ? Role.PART : Role.WHOLE;
                } else {
                    json.absent(c, path, "role");
                }
                String uom = null;
                if (kind == ValueKind.QUANTITY) {
                    uom = json.text(c, "unitOfMeasure", path);
                } else {
                    json.absent(c, path, "unitOfMeasure");
                }
                b.targets.add(new Target(s, indicator, kind, role, uom));
            }
            Map<String, List<Role>> roles = new HashMap<>();
            b.targets.forEach(t -> roles.computeIfAbsent(t.code(), x -> new ArrayList<>()).add(t.role()));
            for (Target t : b.targets) {
                List<Role> r = roles.getOrDefault(t.code(), List.of());
                boolean ok = t.kind() == ValueKind.RATIO ? r.size() == 2 && r.contains(Role.PART) && r.contains(Role.WHOLE)
                        : r.size() == 1;
                if (!ok) {
                    throw json.error(t.selector().path(), Labels.of("chỉ tiêu " + Limits.quote(t.code()) + (t.kind() == ValueKind.RATIO ? " cần đúng một cột tử số và một cột mẫu số" : " được gán cho nhiều hơn một cột"),
                                    "indicator " + Limits.quote(t.code()) + (t.kind() == ValueKind.RATIO
                            ? " needs exactly one part and one whole column" : " is mapped to more than one column")));
                }
            }
        } else {
            json.absent(root, "$", "year", "asOf");
            b.standard = json.text(root, "standard", "$");
            b.date = json.date(root, "date", "$");
            Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < columns.size(); i++) {
                String path = "$.columns[" + i + "]";
                JsonNode c = columns.get(i);
                json.object(c, path, COLUMN);
                json.absent(c, path, "indicator", "kind", "role", "unitOfMeasure");
                Selector s = json.selector(c, path, COLUMN);
                String criterion = json.text(c, "criterion", path);
                if (!seen.add(criterion)) {
                    throw json.error(path + ".criterion", Labels.of("tiêu chí " + Limits.quote(criterion) + " được gán hai lần",
                                    "criterion " + Limits.quote(criterion) + " is mapped twice"));
                }
                b.targets.add(new Target(s, criterion, null, Role.VALUE, null));
            }
        }
        return new WideMapping(b);
    }

    /**
     * Reads indicator values from a workbook through this mapping.
     *
     * @param book  the workbook
     * @param style how numbers typed as text are written, or {@code null} when not declared
     * @return the observations, unit row by unit row, and the warnings
     * @throws InvalidDataException naming workbook, sheet and cell, or this mapping's file
     */
    public Intake<List<Observation>> observations(Workbook book, @Nullable NumberStyle style) {
        if (input != Input.VALUES) {
            throw new InvalidDataException(SourcePosition.of(source), null, "input", Labels.of("bảng ánh xạ đọc kết quả ('outcomes'), không phải giá trị ('values')",
                            "the mapping reads outcomes, not values"));
        }
        Warnings warnings = new Warnings(SourcePosition.of(book.name()), book.warnings());
        LongCsv csv = longForm(book, style, warnings);
        List<Observation> read = csv.read((r, f) -> DataCsv.readObservations(r, f, NumberStyle.PLAIN));
        List<Observation> out = new ArrayList<>(read.size());
        for (int i = 0; i < read.size(); i++) {
            Observation o = read.get(i);
            out.add(Observation.of(o.unit(), o.indicator(), o.year(), o.value(),
                    WorkbookInputs.at(o.source(), csv.rows().get(i)), o.asOf()));
        }
        return new Intake<>(List.copyOf(out), warnings.list());
    }

    /**
     * Reads recorded criterion outcomes from a workbook through this mapping: a cell holds đạt /
     * cơ bản đạt / chưa đạt (or TRUE / FALSE for đạt / chưa đạt).
     *
     * @param book  the workbook
     * @param style how numbers typed as text are written, or {@code null} when not declared
     * @return the outcomes, unit row by unit row, and the warnings
     * @throws InvalidDataException naming workbook, sheet and cell, or this mapping's file
     */
    public Intake<List<RecordedOutcome>> outcomes(Workbook book, @Nullable NumberStyle style) {
        if (input != Input.OUTCOMES) {
            throw new InvalidDataException(SourcePosition.of(source), null, "input", Labels.of("bảng ánh xạ đọc giá trị ('values'), không phải kết quả ('outcomes')",
                            "the mapping reads values, not outcomes"));
        }
        Warnings warnings = new Warnings(SourcePosition.of(book.name()), book.warnings());
        LongCsv csv = longForm(book, style, warnings);
        return new Intake<>(WorkbookInputs.relocate(csv.read((r, f) -> DataCsv.readOutcomes(r, f, NumberStyle.PLAIN)), csv), warnings.list());
    }

    /** The header text of every column with one: its parts over the header rows, merged cells spanning. */
    private Map<Integer, String> headers(Sheet s) {
        int last = 0;
        for (int r = firstHeaderRow; r <= lastHeaderRow; r++) {
            int row = r;
            last = Math.max(last, s.row(r).map(Row::lastColumn).orElse(0));
            for (MergedRegion m : s.mergedRegions()) {
                if (m.firstRow() <= row && m.lastRow() >= row) {
                    last = Math.max(last, m.lastColumn());
                }
            }
        }
        last = Math.min(last, WorkbookLimits.EXCEL_COLUMNS);
        Map<Integer, String> headers = new LinkedHashMap<>();
        for (int c = 1; c <= last; c++) {
            List<String> parts = new ArrayList<>();
            CellAddress previous = null;
            for (int r = firstHeaderRow; r <= lastHeaderRow; r++) {
                Cell cell = s.valueAt(r, c);
                if (cell.isBlank() || cell.address().equals(previous)) {
                    continue;
                }
                previous = cell.address();
                if (cell.kind() == CellKind.ERROR) {
                    throw cell.error(null, null, Labels.of("ô tiêu đề chứa giá trị lỗi " + Limits.quote(cell.asText()),
                                    "a header cell holds the error value " + cell.asText()));
                }
                parts.add(normal(cell.asText()));
            }
            if (!parts.isEmpty()) {
                headers.put(c, String.join(" / ", parts));
            }
        }
        return headers;
    }

    /** Header text as compared: NFC, no-break spaces, line breaks and runs of spaces as one space. */
    static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    private int resolve(Selector selector, Map<Integer, String> headers, Sheet s) {
        if (selector.header() == null) {
            return selector.column();
        }
        String wanted = normal(selector.header()).toLowerCase(Locale.ROOT);
        List<Integer> found = new ArrayList<>();
        headers.forEach((c, h) -> {
            if (h.toLowerCase(Locale.ROOT).equals(wanted)) {
                found.add(c);
            }
        });
        if (found.isEmpty()) {
            throw new InvalidDataException(headerRows(s), null, selector.path(), Labels.of("không có cột nào ở các dòng " + firstHeaderRow + "-" + lastHeaderRow + " có tiêu đề " + Limits.quote(selector.header()) + " (các tiêu đề: " + Limits.cut(headers.values().stream().map(h -> "'" + h + "'").collect(Collectors.joining("; "))) + "), theo ánh xạ của " + source,
                            "no column of rows "
                    + firstHeaderRow + "-" + lastHeaderRow + " has the header "
                    + Limits.quote(selector.header()) + " (headers: " + Limits.cut(headers.values().stream().map(h -> "'" + h + "'")
                            .collect(Collectors.joining("; "))) + "), as " + source + " maps it"));
        }
        if (found.size() > 1) {
            throw new InvalidDataException(headerRows(s), null, selector.path(), Labels.of("tiêu đề " + Limits.quote(selector.header()) + " ứng với nhiều hơn một cột: " + found.stream().map(CellAddress::columnName).collect(Collectors.joining(", ")) + " (" + source + ")",
                            "the header "
                    + Limits.quote(selector.header()) + " names more than one column: " + found.stream()
                            .map(CellAddress::columnName).collect(Collectors.joining(", ")) + " (" + source + ")"));
        }
        return found.get(0);
    }

    private LongCsv longForm(Workbook book, @Nullable NumberStyle style, Warnings warnings) {
        Sheet s = WorkbookInputs.pick(book, sheet, input == Input.VALUES ? WorkbookInputs.VALUES
                : WorkbookInputs.OUTCOMES);
        Map<Integer, String> headers = headers(s);
        Map<Integer, String> claimed = new HashMap<>();
        int unitColumn = resolve(unit, headers, s);
        claimed.put(unitColumn, unit.path());
        for (Selector i : ignored) {
            claim(s, claimed, resolve(i, headers, s), i.path());
        }
        Map<Target, Integer> columns = new LinkedHashMap<>();
        for (Target t : targets) {
            int c = resolve(t.selector(), headers, s);
            claim(s, claimed, c, t.selector().path());
            columns.put(t, c);
        }
        for (Map.Entry<Integer, String> h : headers.entrySet()) {
            if (!claimed.containsKey(h.getKey())) {
                Cell at = s.valueAt(lastHeaderRow, h.getKey());
                CellAddress where = at.isBlank() ? s.address(firstHeaderRow, h.getKey()) : at.address();
                throw new InvalidDataException(s.address(where.row(), h.getKey()).position(), null, null, Labels.of("tiêu đề không rõ " + Limits.quote(h.getValue()) + ": bảng ánh xạ " + source + " không gán cũng không bỏ qua nó",
                                "unknown header "
                        + Limits.quote(h.getValue()) + ": the mapping " + source + " neither maps nor ignores it"));
            }
        }
        List<String> header = input == Input.VALUES ? VALUE_COLUMNS : OUTCOME_COLUMNS;
        LongCsv csv = new LongCsv(s.workbook(), s.name(), header, Map.of(), SourcePosition.of(source));
        Map<String, CellAddress> units = new HashMap<>();
        for (Row row : s.rows()) {
            if (row.number() < firstDataRow || row.isBlank()) {
                continue;
            }
            for (Cell cell : row.cells()) {
                if (!cell.isBlank() && !claimed.containsKey(cell.address().column())) {
                    throw cell.error(null, null, Labels.of("có giá trị ở cột " + CellAddress.columnName(cell.address().column()) + ", cột không có tiêu đề nào được ánh xạ",
                                    "a value in column " + CellAddress.columnName(cell.address().column())
                            + ", which has no header the mapping names"));
                }
            }
            Cell unitCell = row.cell(unitColumn);
            String code = CellText.of(unitCell, CellText.Need.TEXT, "unit", null, warnings).strip();
            boolean data = columns.values().stream().anyMatch(c -> !row.cell(c).isBlank());
            if (code.isEmpty()) {
                if (data) {
                    throw unitCell.error(null, "unit", Labels.of("dòng có giá trị nhưng không có mã đơn vị",
                                    "the row has values but no unit code"));
                }
                continue;
            }
            CellAddress first = units.putIfAbsent(code, unitCell.address());
            if (first != null) {
                throw unitCell.error(code, "unit", Labels.of("dòng của đơn vị xuất hiện hai lần (lần đầu ở " + first + ")",
                                "the unit's row appears twice (first at " + first + ")"));
            }
            if (input == Input.VALUES) {
                values(csv, row, code, unitCell, columns, style, warnings);
            } else {
                outcomes(csv, row, code, unitCell, columns, style, warnings);
            }
        }
        return csv;
    }

    private void claim(Sheet s, Map<Integer, String> claimed, int column, String path) {
        String other = claimed.putIfAbsent(column, path);
        if (other != null) {
            throw new InvalidDataException(headerRows(s), null, path, Labels.of("cột " + CellAddress.columnName(column) + " đã được gán bởi " + other + " của " + source,
                            "column " + CellAddress.columnName(column)
                    + " is already mapped by " + other + " of " + source));
        }
    }

    /** The header rows of the sheet, where a mapping that does not fit the sheet is reported. */
    private SourcePosition headerRows(Sheet s) {
        return SourcePosition.ofCell(s.workbook(), s.name(), firstHeaderRow + ":" + lastHeaderRow, firstHeaderRow);
    }

    private void values(LongCsv csv, Row row, String code, Cell unitCell, Map<Target, Integer> columns,
            @Nullable NumberStyle style, Warnings warnings) {
        Map<String, List<Map.Entry<Target, Integer>>> byIndicator = new LinkedHashMap<>();
        columns.entrySet().forEach(e -> byIndicator.computeIfAbsent(e.getKey().code(), x -> new ArrayList<>()).add(e));
        for (List<Map.Entry<Target, Integer>> group : byIndicator.values()) {
            if (group.stream().allMatch(e -> row.cell(e.getValue()).isBlank())) {
                continue;
            }
            Target first = group.get(0).getKey();
            ValueKind kind = Objects.requireNonNull(first.kind());
            Map<String, String> cells = new HashMap<>();
            Map<String, CellAddress> from = new HashMap<>();
            cells.put("unit", code);
            from.put("unit", unitCell.address());
            cells.put("indicator", first.code());
            cells.put("year", String.valueOf(year));
            cells.put("kind", kind.name());
            cells.put("reporter", reporter);
            cells.put("reference", reference);
            cells.put("as_of", asOf == null ? "" : asOf.toString());
            SourcePosition anchor = null;
            for (Map.Entry<Target, Integer> e : group) {
                Cell cell = row.cell(e.getValue());
                String column = e.getKey().role() == Role.PART ? "part" : e.getKey().role() == Role.WHOLE ? "whole" : "value";
                CellText.Need need = kind == ValueKind.QUANTITY || kind == ValueKind.COUNT || kind == ValueKind.RATIO
                        ? CellText.Need.NUMBER : CellText.Need.TEXT;
                cells.put(column, CellText.of(cell, need, column, style, warnings));
                from.put(column, cell.address());
                if (anchor == null || e.getKey().role() == Role.PART) {
                    anchor = cell.address().position();
                }
                if (e.getKey().unitOfMeasure() != null) {
                    cells.put("unit_of_measure", e.getKey().unitOfMeasure());
                }
            }
            csv.add(csv.nextLine(), cells, from, Objects.requireNonNull(anchor));
        }
    }

    private void outcomes(LongCsv csv, Row row, String code, Cell unitCell, Map<Target, Integer> columns,
            @Nullable NumberStyle style, Warnings warnings) {
        for (Map.Entry<Target, Integer> e : columns.entrySet()) {
            Cell cell = row.cell(e.getValue());
            if (cell.isBlank()) {
                continue;
            }
            String assessment = cell.kind() == CellKind.BOOLEAN ? (cell.bool() ? "đạt" : "chưa đạt")
                    : CellText.of(cell, CellText.Need.TEXT, "assessment", style, warnings);
            if (cell.kind() == CellKind.BOOLEAN) {
                warnings.formula(cell);
            }
            Map<String, String> cells = new HashMap<>();
            cells.put("unit", code);
            cells.put("standard", Objects.requireNonNull(standard));
            cells.put("criterion", e.getKey().code());
            cells.put("assessment", assessment);
            cells.put("date", String.valueOf(date));
            cells.put("reporter", reporter);
            cells.put("reference", reference);
            csv.add(csv.nextLine(), cells, Map.of("unit", unitCell.address(), "assessment", cell.address()),
                    cell.address().position());
        }
    }

    /** Field access with JSON paths in errors. */
    private static final class Json {
        private final String source;

        Json(String source) {
            this.source = source;
        }

        InvalidDataException error(String path, Labels message) {
            return new InvalidDataException(SourcePosition.of(source), null, path, message);
        }

        void object(JsonNode node, String path, Set<String> allowed) {
            if (!node.isObject()) {
                throw error(path, Labels.of("phải là một đối tượng JSON", "must be an object"));
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw error(path + "." + Limits.cut(name), Labels.of("trường không rõ (định dạng chỉ có các "
                            + "trường: " + new java.util.TreeSet<>(allowed).stream().map(Limits::quote)
                                    .collect(Collectors.joining(", ")) + ")",
                            "unknown field (known: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")"));
                }
            }
        }

        void absent(JsonNode node, String path, String... names) {
            for (String name : names) {
                if (node.has(name)) {
                    throw error(path + "." + name, Labels.of("không áp dụng ở đây", "does not apply here"));
                }
            }
        }

        JsonNode node(JsonNode parent, String field, String path) {
            JsonNode child = parent.get(field);
            if (child == null || child.isNull()) {
                throw error(path + "." + field, Labels.of("thiếu trường bắt buộc", "required field is missing"));
            }
            return child;
        }

        String text(JsonNode parent, String field, String path) {
            JsonNode child = node(parent, field, path);
            if (!child.isTextual() || child.asText().isBlank()) {
                throw error(path + "." + field, Labels.of("phải là một chuỗi không trống",
                        "must be a non-blank string"));
            }
            return child.asText();
        }

        LocalDate date(JsonNode parent, String field, String path) {
            String text = text(parent, field, path);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error(path + "." + field, Labels.of(Limits.quote(text)
                        + " không phải là ngày (năm-tháng-ngày)", Limits.quote(text) + " is not a date (yyyy-mm-dd)"));
            }
        }

        int row(JsonNode node, String path) {
            if (!node.isInt() || node.asInt() < 1 || node.asInt() > WorkbookLimits.EXCEL_ROWS) {
                throw error(path, Labels.of("phải là số dòng từ 1 đến " + WorkbookLimits.EXCEL_ROWS,
                        "must be a row number from 1 to " + WorkbookLimits.EXCEL_ROWS));
            }
            return node.asInt();
        }

        Selector selector(JsonNode node, String path, Set<String> allowed) {
            object(node, path, allowed);
            boolean header = node.has("header");
            boolean column = node.has("column");
            if (header == column) {
                throw error(path, Labels.of("cần đúng một trong hai: \"header\" (nội dung tiêu đề, các phần nối "
                        + "bằng \" / \") hoặc \"column\" (chữ cái, ví dụ \"D\")",
                        "give either \"header\" (the header text, parts joined by \" / \") or \"column\" "
                        + "(letters such as \"D\")"));
            }
            if (header) {
                JsonNode h = node.get("header");
                String text;
                if (h.isArray()) {
                    List<String> parts = new ArrayList<>();
                    for (int i = 0; i < h.size(); i++) {
                        if (!h.get(i).isTextual() || h.get(i).asText().isBlank()) {
                            throw error(path + ".header[" + i + "]", Labels.of("phải là một chuỗi không trống",
                                    "must be a non-blank string"));
                        }
                        parts.add(h.get(i).asText());
                    }
                    if (parts.isEmpty()) {
                        throw error(path + ".header", Labels.of("không được để trống", "must not be empty"));
                    }
                    text = String.join(" / ", parts);
                } else {
                    text = text(node, "header", path);
                }
                return new Selector(text, 0, path);
            }
            String letters = text(node, "column", path);
            int c = CellAddress.columnNumber(letters.strip());
            if (c < 0) {
                throw error(path + ".column", Labels.of(Limits.quote(letters)
                        + " không phải là cột (A đến XFD)", Limits.quote(letters) + " is not a column (A to XFD)"));
            }
            return new Selector(null, c, path);
        }
    }
}
