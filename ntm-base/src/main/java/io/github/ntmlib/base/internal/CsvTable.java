package io.github.ntmlib.base.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.VietnameseText;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
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
     * @param message  what is wrong
     */
    public record Issue(SourcePosition position, @Nullable String field, String message) {
    }

    private static final CsvMapper MAPPER = new CsvMapper();

    /** One row, with its line in the source. */
    public static final class Row {
        private final Map<String, Integer> columns;
        private final String[] cells;
        private final SourcePosition position;

        Row(Map<String, Integer> columns, String[] cells, SourcePosition position) {
            this.columns = columns;
            this.cells = cells;
            this.position = position;
        }

        /** The cell of a column, stripped; empty when the column is absent or blank. */
        public String get(String column) {
            Integer i = columns.get(column);
            return i == null || i >= cells.length ? "" : cells[i].strip();
        }

        public SourcePosition position() {
            return position;
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
                throw new InvalidDataException(position, null, column, "the value is missing");
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
                throw new InvalidDataException(position, null, column, Limits.quote(text) + " is not a whole number");
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
                throw new InvalidDataException(position, null, column, Limits.quote(text) + " is not a date (yyyy-mm-dd)");
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
            throw new InvalidDataException(position, null, column, "unknown " + column + " " + Limits.quote(text));
        }
    }

    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Reads a table, checking that the required columns are present and that every other column
     * is allowed ({@code allowed} lists exact names; {@code allowedPrefix}, if not null, admits
     * columns starting with it).
     */
    public static CsvTable read(Reader reader, String source, List<String> required, Set<String> allowed,
            @Nullable String allowedPrefix, Function<List<Issue>, RuntimeException> errors) {
        List<String[]> raw = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(reader)) {
            ((CsvParser) parser).enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<String> cells = new ArrayList<>();
            int line = 0;
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    depth++;
                    cells.clear();
                    line = 0;
                } else if (token == JsonToken.END_ARRAY) {
                    if (--depth == 1) {
                        raw.add(cells.toArray(new String[0]));
                        lines.add(Math.max(line, lines.isEmpty() ? 1 : lines.get(lines.size() - 1) + 1));
                    }
                } else {
                    String cell = parser.getText();
                    if (line == 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    if (cell.length() > Limits.CSV_CELL) {
                        throw errors.apply(List.of(new Issue(SourcePosition.of(source, Math.max(1, line)),
                                raw.isEmpty() ? null : "column " + (cells.size() + 1), "a cell of " + cell.length()
                                        + " characters is too long (at most " + Limits.CSV_CELL + ")")));
                    }
                    cells.add(cell);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidDataException) {
                throw (InvalidDataException) e;
            }
            int line = e instanceof JsonProcessingException && ((JsonProcessingException) e).getLocation() != null
                    ? ((JsonProcessingException) e).getLocation().getLineNr()
                    : lines.isEmpty() ? 1 : lines.get(lines.size() - 1) + 1;
            String message = e instanceof JsonProcessingException
                    ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
            throw errors.apply(List.of(new Issue(SourcePosition.of(source, Math.max(1, line)), null,
                    "not readable as CSV: " + Limits.quote(String.valueOf(message)))));
        }
        if (raw.isEmpty()) {
            throw errors.apply(List.of(new Issue(SourcePosition.of(source, 1), null,
                    "empty file: a header row is required")));
        }
        List<String> header = new ArrayList<>();
        for (String h : raw.get(0)) {
            header.add(h.strip().replace("\uFEFF", ""));
        }
        List<Issue> problems = new ArrayList<>();
        for (String column : required) {
            if (!header.contains(column)) {
                problems.add(new Issue(SourcePosition.of(source, lines.get(0)), column,
                        "missing column " + Limits.quote(column) + " (header: " + Limits.quote(header.toString()) + ")"));
            }
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            boolean ok = required.contains(column) || allowed.contains(column)
                    || (allowedPrefix != null && column.startsWith(allowedPrefix) && column.length() > allowedPrefix.length());
            if (!ok) {
                problems.add(new Issue(SourcePosition.of(source, lines.get(0)), column,
                        "unknown column " + Limits.quote(column)));
            }
            if (columns.put(column, i) != null) {
                problems.add(new Issue(SourcePosition.of(source, lines.get(0)), column,
                        "column " + Limits.quote(column) + " appears twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw errors.apply(bounded(problems));
        }
        List<Row> rows = new ArrayList<>(raw.size() - 1);
        for (int i = 1; i < raw.size(); i++) {
            String[] cells = raw.get(i);
            if (cells.length == 0 || cells.length == 1 && cells[0].isBlank()) {
                continue;
            }
            SourcePosition position = SourcePosition.of(source, lines.get(i));
            if (cells.length > header.size()) {
                throw errors.apply(List.of(new Issue(position, "column " + (header.size() + 1), "the row has "
                        + cells.length + " cells but the header only " + header.size() + " columns: column "
                        + (header.size() + 1) + " has no header")));
            }
            rows.add(new Row(columns, cells, position));
        }
        return new CsvTable(Collections.unmodifiableList(header), Collections.unmodifiableList(rows));
    }

    /**
     * The plain typed error for the problems {@link #read} found: the first problem's position and
     * column, every problem's message (a reader with an error type of its own builds that instead).
     *
     * @param issues the problems, at least one
     * @return the error
     */
    public static InvalidDataException error(List<Issue> issues) {
        return new InvalidDataException(issues.get(0).position(), null, issues.get(0).field(),
                issues.stream().map(Issue::message).collect(Collectors.joining("; ")));
    }

    /** At most eight problems, then a count of the others: an error message never grows with its input. */
    private static List<Issue> bounded(List<Issue> problems) {
        if (problems.size() <= 8) {
            return problems;
        }
        List<Issue> first = new ArrayList<>(problems.subList(0, 8));
        first.add(new Issue(problems.get(8).position(), null, "and " + (problems.size() - 8) + " more problems"));
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
