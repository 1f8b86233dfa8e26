package io.github.ntmlib.base.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.VietnameseText;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file read with Jackson as a header and rows of strings, each row knowing its line.
 * Internal to ntm-core (the package is not exported).
 */
public final class CsvTable {

    /**
     * A structural problem of a file: where, which column, what.
     *
     * @param position where
     * @param field    the column, or {@code null}
     * @param reason   what is wrong, in Vietnamese and English
     */
    public record Issue(SourcePosition position, @Nullable String field, Labels reason) {

        /**
         * What is wrong, in English.
         *
         * @return the English reason
         */
        public String message() {
            return reason.english();
        }
    }

    private static final CsvMapper MAPPER = new CsvMapper();

    /** One row, with its line in the source. */
    public static final class Row {
        private final Map<String, Integer> columns;
        private final String[] cells;
        private final String source;
        private final int line;
        private final @Nullable NumberStyle style;

        Row(Map<String, Integer> columns, String[] cells, String source, int line, @Nullable NumberStyle style) {
            this.columns = columns;
            this.cells = cells;
            this.source = source;
            this.line = line;
            this.style = style;
        }

        /** The cell of a column, stripped; empty when the column is absent or blank. */
        public String get(String column) {
            Integer i = columns.get(column);
            return i == null || i >= cells.length ? "" : cells[i].strip();
        }

        public SourcePosition position() {
            return SourcePosition.of(source, line);
        }

        /**
         * The number style declared for this row's file.
         *
         * @return the style, or empty
         */
        public Optional<NumberStyle> style() {
            return Optional.ofNullable(style);
        }

        /**
         * A required number in the style the file or its caller declared, or, when none was, by
         * {@link Figures#parseUndeclared} (a number whose reading depends on the style is an error).
         *
         * @param column  the column
         * @param subject the unit or record the number belongs to, or {@code null}
         * @return the exact value
         * @throws InvalidDataException naming the position, subject and column
         */
        public BigDecimal number(String column, @Nullable String subject) {
            String text = get(column);
            return style == null ? Figures.parseUndeclared(text, position(), subject, column)
                    : Figures.parse(text, style, position(), subject, column);
        }

        /**
         * A required cell, with its spaces normalised ({@link Figures#normalizeSpaces}: no-break
         * spaces count as spaces).
         *
         * @param column the column
         * @return the non-blank text
         * @throws InvalidDataException naming this row's position and the column if it is blank
         */
        public String required(String column) {
            String value = Figures.normalizeSpaces(get(column));
            if (value.isEmpty()) {
                throw new InvalidDataException(position(), null, column, Labels.of("thiếu giá trị", "the value is missing"));
            }
            return value;
        }

        /**
         * An optional cell, with its spaces normalised.
         *
         * @param column the column
         * @return the text, or empty when blank or absent
         */
        public Optional<String> optional(String column) {
            String value = Figures.normalizeSpaces(get(column));
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        /**
         * A required whole number.
         *
         * @param column the column
         * @return the value
         * @throws InvalidDataException if the cell is blank or not a whole number
         */
        public int integer(String column) {
            String text = required(column);
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new InvalidDataException(position(), null, column, Labels.of(Limits.quote(text)
                        + " không phải là số nguyên", Limits.quote(text) + " is not a whole number"));
            }
        }

        /**
         * A required ISO date.
         *
         * @param column the column
         * @return the date
         * @throws InvalidDataException if the cell is blank or not a date (yyyy-mm-dd)
         */
        public LocalDate date(String column) {
            String text = required(column);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidDataException(position(), null, column, Labels.of(Limits.quote(text)
                        + " không phải là ngày (yyyy-mm-dd)", Limits.quote(text) + " is not a date (yyyy-mm-dd)"));
            }
        }

        /**
         * A required enum constant, by its name (any case) or its label (ignoring case and
         * diacritics, {@link VietnameseText#fold}).
         *
         * @param <E>    the enum type
         * @param column the column
         * @param type   the enum class
         * @param label  the label of a constant
         * @return the constant
         * @throws InvalidDataException if the cell names no constant
         */
        public <E extends Enum<E>> E constant(String column, Class<E> type, Function<E, String> label) {
            String text = required(column);
            String key = VietnameseText.fold(text);
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(text) || VietnameseText.fold(label.apply(e)).equals(key)) {
                    return e;
                }
            }
            throw new InvalidDataException(position(), null, column, Labels.of("giá trị không có trong danh mục của cột "
                    + Limits.quote(column) + ": " + Limits.quote(text), "unknown " + column + " " + Limits.quote(text)));
        }
    }

    private final List<String> header;
    private final List<Row> rows;
    private final @Nullable NumberStyle style;

    private CsvTable(List<String> header, List<Row> rows, @Nullable NumberStyle style) {
        this.header = header;
        this.rows = rows;
        this.style = style;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * The number style the file or its caller declared.
     *
     * @return the style, or empty when none was declared (numbers are then read by {@link
     *         Figures#parseUndeclared})
     */
    public Optional<NumberStyle> numberStyle() {
        return Optional.ofNullable(style);
    }

    /**
     * Reads a table whose number style, if any, is declared by the file alone.
     *
     * @see #read(Reader, String, List, Set, String, Function, NumberStyle)
     */
    public static CsvTable read(Reader reader, String source, List<String> required, Set<String> allowed,
            @Nullable String allowedPrefix, Function<List<Issue>, RuntimeException> errors) {
        return read(reader, source, required, allowed, allowedPrefix, errors, null);
    }

    /**
     * Reads a table, checking that the required columns are present and that every other column
     * is allowed ({@code allowed} lists exact names; {@code allowedPrefix}, if not null, admits
     * columns starting with it).
     *
     * <p>The file as Excel writes it: a byte order mark is skipped, the separator is ',' or ';' as
     * the header uses it (a header with both, or with neither when more than one column is
     * required, is an error), lines starting with '#' before the header are directives (only
     * {@code # number-style: vi|plain}), every cell is normalised to NFC, and a cell with a control
     * character other than tab or a line break is an error.
     *
     * @param reader        the text; not closed
     * @param source        the file name, for errors
     * @param required      the columns that must be present
     * @param allowed       the other columns allowed
     * @param allowedPrefix a prefix of further allowed columns, or {@code null}
     * @param errors        builds the reader's error from the problems found
     * @param declared      the number style the caller declared (a command's {@code --number-style}),
     *                      or {@code null}; a file declaring another style is an error
     * @return the table
     */
    public static CsvTable read(Reader reader, String source, List<String> required, Set<String> allowed,
            @Nullable String allowedPrefix, Function<List<Issue>, RuntimeException> errors,
            @Nullable NumberStyle declared) {
        List<Row> rows = new ArrayList<>();
        CsvTable head = stream(reader, source, required, allowed, allowedPrefix, errors, declared, rows::add);
        return new CsvTable(head.header, Collections.unmodifiableList(rows), head.style);
    }

    /**
     * Reads a table as {@link #read(Reader, String, List, Set, String, Function, NumberStyle)} does,
     * giving each row to {@code each} as soon as it is read instead of keeping them: a reader that
     * builds its own values holds the file's rows only one at a time. An exception {@code each}
     * throws ends the read and is thrown as it is.
     *
     * @param reader        the text; not closed
     * @param source        the file name, for errors
     * @param required      the columns that must be present
     * @param allowed       the other columns allowed
     * @param allowedPrefix a prefix of further allowed columns, or {@code null}
     * @param errors        builds the reader's error from the problems found
     * @param declared      the number style the caller declared, or {@code null}
     * @param each          receives each row, in file order
     * @return the header and number style (its {@link #rows()} are empty)
     */
    public static CsvTable stream(Reader reader, String source, List<String> required, Set<String> allowed,
            @Nullable String allowedPrefix, Function<List<Issue>, RuntimeException> errors,
            @Nullable NumberStyle declared, java.util.function.Consumer<Row> each) {
        Head head = Head.read(reader, source, errors);
        NumberStyle style = declared;
        if (head.style != null) {
            if (declared != null && declared != head.style) {
                throw errors.apply(List.of(new Issue(SourcePosition.of(source, head.styleLine), null,
                        Labels.of("tệp khai báo cách viết số " + Limits.quote(styleName(head.style))
                                + " nhưng lệnh khai báo " + Limits.quote(styleName(declared)),
                                "the file declares number-style " + styleName(head.style) + " but the command declares "
                                + styleName(declared)))));
            }
            style = head.style;
        }
        int offset = head.skipped;
        Cells cells = new Cells();
        List<String> header = null;
        Map<String, Integer> columns = new HashMap<>();
        int lastLine = offset;
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(head.separator);
        try (JsonParser parser = MAPPER.getFactory().createParser(new Joined(head.line, reader))) {
            CsvParser csv = (CsvParser) parser;
            csv.setSchema(schema);
            csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<String> record = new ArrayList<>();
            int line = 0;
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    depth++;
                    record.clear();
                    line = 0;
                } else if (token == JsonToken.END_ARRAY) {
                    if (--depth == 1) {
                        int at = Math.max(line == 0 ? 0 : line + offset, lastLine + 1);
                        lastLine = at;
                        if (header == null) {
                            header = header(record, source, at, required, allowed, allowedPrefix, columns, errors);
                        } else if (!record.isEmpty() && !(record.size() == 1 && record.get(0).isBlank())) {
                            if (record.size() > header.size()) {
                                throw errors.apply(List.of(new Issue(SourcePosition.of(source, at),
                                        "column " + (header.size() + 1), Labels.of("dòng có " + record.size()
                                                + " ô nhưng dòng tiêu đề chỉ có " + header.size() + " cột: cột "
                                                + (header.size() + 1) + " không có tên cột", "the row has "
                                                + record.size() + " cells but the header only " + header.size()
                                                + " columns: column " + (header.size() + 1) + " has no header"))));
                            }
                            Row row = new Row(columns, record.toArray(new String[0]), source, at, style);
                            try {
                                each.accept(row);
                            } catch (RuntimeException x) {
                                throw new Passed(x);
                            }
                        }
                    }
                } else {
                    if (line == 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    int at = Math.max(1, line + offset);
                    record.add(cells.cell(parser, source, at, header == null ? null : column(header, record.size()),
                            record.size(), errors));
                }
            }
        } catch (Passed e) {
            throw e.thrown;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidDataException) {
                throw (InvalidDataException) e;
            }
            if (e.getCause() instanceof InvalidDataException) {
                throw (InvalidDataException) e.getCause();
            }
            int line = e instanceof JsonProcessingException && ((JsonProcessingException) e).getLocation() != null
                    ? ((JsonProcessingException) e).getLocation().getLineNr() + offset
                    : lastLine + 1;
            if (e instanceof java.nio.charset.CharacterCodingException) {
                throw errors.apply(List.of(new Issue(SourcePosition.of(source, Math.max(1, lastLine + 1)), null,
                        Labels.of("tệp có những byte không phải là chữ trong bảng mã của nó: " + SAVE_AS.vietnamese(),
                                "the file holds bytes that are not text in its encoding: " + SAVE_AS.english()))));
            }
            String message = e instanceof JsonProcessingException
                    ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
            throw errors.apply(List.of(new Issue(SourcePosition.of(source, Math.max(1, line)), null,
                    Labels.of("không đọc được dưới dạng CSV: " + Limits.quote(String.valueOf(message)),
                            "not readable as CSV: " + Limits.quote(String.valueOf(message))))));
        }
        if (header == null) {
            throw errors.apply(List.of(new Issue(SourcePosition.of(source, Math.max(1, offset)), null,
                    Labels.of("tệp rỗng: cần có dòng tiêu đề", "empty file: a header row is required"))));
        }
        return new CsvTable(header, List.of(), style);
    }

    /** What the consumer of rows threw, carried past the reader's own error handling. */
    private static final class Passed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient RuntimeException thrown;

        Passed(RuntimeException thrown) {
            super(null, null, false, false);
            this.thrown = thrown;
        }
    }

    private static String column(List<String> header, int index) {
        return index < header.size() ? header.get(index) : "column " + (index + 1);
    }

    private static String styleName(NumberStyle style) {
        return style == NumberStyle.VI_VN ? "vi" : "plain";
    }

    /** Checks the header and fills the column map; returns the header. */
    private static List<String> header(List<String> record, String source, int line, List<String> required,
            Set<String> allowed, @Nullable String allowedPrefix, Map<String, Integer> columns,
            Function<List<Issue>, RuntimeException> errors) {
        List<String> header = new ArrayList<>();
        for (String h : record) {
            header.add(h.strip().replace("\uFEFF", ""));
        }
        List<Issue> problems = new ArrayList<>();
        for (String column : required) {
            if (!header.contains(column)) {
                boolean single = header.size() == 1 && required.size() > 1;
                problems.add(new Issue(SourcePosition.of(source, line), column, Labels.of(
                        "thiếu cột " + Limits.quote(column) + " (dòng tiêu đề: " + Limits.quote(header.toString()) + ")"
                                + (single ? "; dòng tiêu đề chỉ có một cột: hãy ngăn cách các cột bằng ',' hoặc ';',"
                                        + " hoặc " + SAVE_AS.vietnamese() : ""),
                        "missing column " + Limits.quote(column) + " (header: " + Limits.quote(header.toString()) + ")"
                                + (single ? "; the header has a single column:"
                                        + " separate the columns with ',' or ';', or " + SAVE_AS.english() : ""))));
            }
        }
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            boolean ok = required.contains(column) || allowed.contains(column)
                    || (allowedPrefix != null && column.startsWith(allowedPrefix) && column.length() > allowedPrefix.length());
            if (!ok) {
                problems.add(new Issue(SourcePosition.of(source, line), column,
                        Labels.of("cột không có trong định dạng: " + Limits.quote(column),
                                "unknown column " + Limits.quote(column))));
            }
            if (columns.put(column, i) != null) {
                problems.add(new Issue(SourcePosition.of(source, line), column,
                        Labels.of("cột " + Limits.quote(column) + " xuất hiện hai lần",
                                "column " + Limits.quote(column) + " appears twice")));
            }
        }
        if (!problems.isEmpty()) {
            throw errors.apply(bounded(problems));
        }
        return Collections.unmodifiableList(header);
    }

    /** The hint for a file not saved as Excel's "CSV UTF-8 (Comma delimited)". */
    public static final Labels SAVE_AS = Labels.of("hãy lưu lại dưới dạng CSV UTF-8 (CSV UTF-8 (Comma delimited))",
            "save it as CSV UTF-8 (Comma delimited)");

    /**
     * What comes before the rows: the directives and the header line, read character by character
     * (bounded) so that the separator is known before the CSV parser starts.
     */
    private static final class Head {
        /** The most characters of the directives and the header line together. */
        private static final int MAX = 64 * 1024;

        final String line;
        final char separator;
        final @Nullable NumberStyle style;
        final int styleLine;
        final int skipped;

        private Head(String line, char separator, @Nullable NumberStyle style, int styleLine, int skipped) {
            this.line = line;
            this.separator = separator;
            this.style = style;
            this.styleLine = styleLine;
            this.skipped = skipped;
        }

        static Head read(Reader reader, String source, Function<List<Issue>, RuntimeException> errors) {
            NumberStyle style = null;
            int styleLine = 0;
            int lineNo = 0;
            StringBuilder all = new StringBuilder();
            char[] chunk = new char[8192];
            boolean end = false;
            int i = 0;
            int lineStart = 0;
            try {
                while (true) {
                    boolean quoted = false;
                    int commas = 0;
                    int semicolons = 0;
                    boolean complete = false;
                    while (!complete) {
                        if (i == all.length()) {
                            if (end) {
                                break;
                            }
                            if (all.length() > MAX) {
                                throw errors.apply(List.of(new Issue(SourcePosition.of(source, lineNo + 1), null,
                                        Labels.of("dòng tiêu đề dài hơn " + MAX + " ký tự",
                                                "the header line is longer than " + MAX + " characters"))));
                            }
                            int n = reader.read(chunk, 0, chunk.length);
                            if (n < 0) {
                                end = true;
                                continue;
                            }
                            all.append(chunk, 0, n);
                            if (lineStart == 0 && i == 0 && all.length() > 0 && all.charAt(0) == '\uFEFF') {
                                all.deleteCharAt(0);
                            }
                            continue;
                        }
                        char c = all.charAt(i++);
                        if (c == '"') {
                            quoted = !quoted;
                        } else if (!quoted && c == ',') {
                            commas++;
                        } else if (!quoted && c == ';') {
                            semicolons++;
                        } else if (!quoted && c == '\n') {
                            complete = true;
                        }
                    }
                    lineNo++;
                    String text = all.substring(lineStart, i);
                    if (text.startsWith("#")) {
                        NumberStyle declared = directive(text, source, lineNo, errors);
                        if (style != null) {
                            throw errors.apply(List.of(new Issue(SourcePosition.of(source, lineNo), null,
                                    Labels.of("cách viết số được khai báo hai lần",
                                            "number-style is declared twice"))));
                        }
                        style = declared;
                        styleLine = lineNo;
                        lineStart = i;
                        if (end && i == all.length()) {
                            return new Head("", ',', style, styleLine, lineNo);
                        }
                        continue;
                    }
                    if (commas > 0 && semicolons > 0) {
                        throw errors.apply(List.of(new Issue(SourcePosition.of(source, lineNo), null,
                                Labels.of("dòng tiêu đề có cả ',' và ';' giữa các cột nên không biết dấu nào ngăn"
                                        + " cách cột; hãy dùng một dấu, hoặc " + SAVE_AS.vietnamese(),
                                        "the header has both ',' and ';' between columns: it cannot tell which"
                                        + " separates them; use one separator, or " + SAVE_AS.english()))));
                    }
                    return new Head(all.substring(lineStart), semicolons > 0 ? ';' : ',', style, styleLine,
                            lineNo - 1);
                }
            } catch (IOException e) {
                throw errors.apply(List.of(new Issue(SourcePosition.of(source, Math.max(1, lineNo + 1)), null,
                        Labels.of("không đọc được dưới dạng CSV: " + Limits.quote(Limits.reason(e)),
                                "not readable as CSV: " + Limits.quote(Limits.reason(e))))));
            }
        }

        private static NumberStyle directive(String text, String source, int line,
                Function<List<Issue>, RuntimeException> errors) {
            String body = text.substring(1).strip();
            int colon = body.indexOf(':');
            String key = colon < 0 ? body : body.substring(0, colon).strip();
            String value = colon < 0 ? "" : body.substring(colon + 1).strip().toLowerCase(java.util.Locale.ROOT);
            if (!key.equalsIgnoreCase("number-style")) {
                throw errors.apply(List.of(new Issue(SourcePosition.of(source, line), null,
                        Labels.of("chỉ dẫn không rõ " + Limits.quote(text.strip()) + ": một dòng trước dòng tiêu"
                                + " đề bắt đầu bằng '#' chỉ có thể là '# number-style: vi' hoặc"
                                + " '# number-style: plain'", "unknown directive " + Limits.quote(text.strip())
                                + ": a line before the header starting"
                                + " with '#' may only be '# number-style: vi' or '# number-style: plain'"))));
            }
            switch (value) {
                case "vi", "vi-vn" -> {
                    return NumberStyle.VI_VN;
                }
                case "plain" -> {
                    return NumberStyle.PLAIN;
                }
                default -> throw errors.apply(List.of(new Issue(SourcePosition.of(source, line), "number-style",
                        Labels.of("cách viết số không rõ " + Limits.quote(value) + " (chỉ nhận: vi, plain)",
                                "unknown number style " + Limits.quote(value) + " (accepted: vi, plain)"))));
            }
        }
    }

    /** The header line, then the rest of the reader. */
    private static final class Joined extends Reader {
        private final String head;
        private int at;
        private final Reader rest;

        Joined(String head, Reader rest) {
            this.head = head;
            this.rest = rest;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (at < head.length()) {
                int n = Math.min(length, head.length() - at);
                head.getChars(at, at + n, buffer, offset);
                at += n;
                return n;
            }
            return rest.read(buffer, offset, length);
        }

        @Override
        public void close() {
            // the caller closes its reader
        }
    }

    /**
     * Reads cells: bounded length, no control characters, NFC, and short repeated values (unit
     * codes, indicators, kinds, years) shared rather than kept once per row.
     */
    private static final class Cells {
        private static final int SHARED_LENGTH = 48;
        private static final int SHARED_COUNT = 1 << 14;
        private final Map<String, String> shared = new HashMap<>();

        String cell(JsonParser parser, String source, int line, @Nullable String column, int index,
                Function<List<Issue>, RuntimeException> errors) throws IOException {
            String raw = parser.getText();
            int length = raw.length();
            // a value seen before was checked and normalised then: the common case costs one lookup
            boolean shareable = length <= SHARED_LENGTH;
            if (shareable) {
                String known = shared.get(raw);
                if (known != null) {
                    return known;
                }
            }
            if (length > Limits.CSV_CELL) {
                throw errors.apply(List.of(new Issue(SourcePosition.of(source, line),
                        column == null ? null : "column " + (index + 1), Labels.of("ô dài " + length
                                + " ký tự là quá dài (tối đa " + Limits.CSV_CELL + ")", "a cell of " + length
                                + " characters is too long (at most " + Limits.CSV_CELL + ")"))));
            }
            boolean ascii = true;
            for (int i = 0; i < length; i++) {
                char c = raw.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                    throw errors.apply(List.of(new Issue(SourcePosition.of(source, line),
                            column == null ? "column " + (index + 1) : column, Labels.of(
                                    String.format(java.util.Locale.ROOT, "ô chứa ký tự điều khiển U+%04X ở ký tự thứ"
                                            + " %d: một ô không được chứa ký tự điều khiển nào ngoài dấu tab và dấu"
                                            + " xuống dòng", (int) c, i + 1),
                                    String.format(java.util.Locale.ROOT,
                                    "the cell holds the control character U+%04X at character %d: a cell may not hold"
                                            + " control characters other than tab and line breaks", (int) c, i + 1)))));
                }
                ascii &= c < 0x80;
            }
            String text = ascii || Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw
                    : Normalizer.normalize(raw, Normalizer.Form.NFC);
            if (shareable && shared.size() < SHARED_COUNT) {
                shared.put(raw, text);
            }
            return text;
        }
    }

    /**
     * The plain typed error for the problems {@link #read} found: the first problem's position and
     * column, every problem's message (a reader with an error type of its own builds that instead).
     *
     * @param issues the problems, at least one
     * @return the error
     */
    public static InvalidDataException error(List<Issue> issues) {
        return new InvalidDataException(issues.get(0).position(), null, issues.get(0).field(), joined(issues));
    }

    /**
     * The reasons of problems, joined with "; " in each language.
     *
     * @param issues the problems
     * @return the joined reasons
     */
    public static Labels joined(List<Issue> issues) {
        return Labels.of(issues.stream().map(i -> i.reason().vietnamese()).collect(Collectors.joining("; ")),
                issues.stream().map(i -> i.reason().english()).collect(Collectors.joining("; ")));
    }

    /** At most eight problems, then a count of the others: an error message never grows with its input. */
    private static List<Issue> bounded(List<Issue> problems) {
        if (problems.size() <= 8) {
            return problems;
        }
        List<Issue> first = new ArrayList<>(problems.subList(0, 8));
        first.add(new Issue(problems.get(8).position(), null, Labels.of("và " + (problems.size() - 8) + " lỗi khác",
                "and " + (problems.size() - 8) + " more problems")));
        return first;
    }

    /** Writes a header and rows with CRLF line ends, quoting only cells that need it. */
    public static void write(Writer writer, List<String> header, List<List<String>> rows) {
        try {
            writeLine(writer, header);
            for (List<String> row : rows) {
                writeLine(writer, row);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeLine(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quote(cells.get(i)));
        }
        writer.write("\r\n");
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0
                && cell.strip().equals(cell)) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
