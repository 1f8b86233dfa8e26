package io.github.ntmlib.finance.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.VietnameseText;
import io.github.ntmlib.finance.FinanceDataException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Rows of a CSV file with a header line, read with Jackson's CSV module, each with its line
 * number; field accessors raise typed errors naming file, line and column.
 */
public final class CsvRows {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);

    private CsvRows() {
    }

    /**
     * Reads every row.
     *
     * @param reader   the CSV text; closed when done
     * @param source   the file name, for errors
     * @param required the columns the header must have
     * @return the rows, in file order
     */
    public static List<Row> read(Reader reader, String source, List<String> required) {
        FinanceDataException.require(reader, "reader");
        FinanceDataException.require(source, "source");
        List<Row> rows = new ArrayList<>();
        try (Reader in = reader; MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            boolean more = it.hasNextValue();
            CsvSchema header = (CsvSchema) it.getParser().getSchema();
            for (String column : required) {
                if (header == null || header.column(column) == null) {
                    throw new FinanceDataException(SourcePosition.of(source, 1), null, column,
                            "the header has no column '" + column + "'");
                }
            }
            while (more) {
                int line = it.getCurrentLocation().getLineNr();
                rows.add(new Row(SourcePosition.of(source, line), it.nextValue()));
                more = it.hasNextValue();
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw new FinanceDataException(SourcePosition.of(source, line), null, null,
                    "malformed CSV: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return List.copyOf(rows);
    }

    /** One row with its position. */
    public static final class Row {
        private final SourcePosition position;
        private final Map<String, String> values;

        Row(SourcePosition position, Map<String, String> values) {
            this.position = position;
            this.values = values;
        }

        /**
         * Where the row is.
         *
         * @return file and line
         */
        public SourcePosition position() {
            return position;
        }

        /**
         * A required, non-blank cell.
         *
         * @param column the column
         * @return the text
         */
        public String text(String column) {
            String value = values.get(column);
            if (value == null || value.isBlank()) {
                throw new FinanceDataException(position, null, column, "the value is missing");
            }
            return value;
        }

        /**
         * An optional cell.
         *
         * @param column the column
         * @return the text, or {@code null} if blank or absent
         */
        public String optional(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value;
        }

        /**
         * A whole number.
         *
         * @param column the column
         * @return the value
         */
        public int integer(String column) {
            String text = text(column);
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new FinanceDataException(position, null, column, "'" + text + "' is not a whole number");
            }
        }

        /**
         * An ISO date.
         *
         * @param column the column
         * @return the date
         */
        public LocalDate date(String column) {
            String text = text(column);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new FinanceDataException(position, null, column, "'" + text + "' is not a date (yyyy-mm-dd)");
            }
        }

        /**
         * An enum constant by its name or its label, ignoring case and diacritics.
         *
         * @param <E>    the enum type
         * @param column the column
         * @param type   the enum class
         * @param label  the label of a constant
         * @return the constant
         */
        public <E extends Enum<E>> E constant(String column, Class<E> type, Function<E, String> label) {
            String text = text(column);
            String key = VietnameseText.fold(text);
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(text) || VietnameseText.fold(label.apply(e)).equals(key)) {
                    return e;
                }
            }
            throw new FinanceDataException(position, null, column, "unknown " + column + " '" + text + "'");
        }

        /**
         * Builds a value, giving errors raised through the API this row's position.
         *
         * @param <T>   the value type
         * @param build the builder
         * @return the value
         */
        public <T> T at(Supplier<T> build) {
            try {
                return build.get();
            } catch (FinanceDataException e) {
                if (!e.position().equals(SourcePosition.API)) {
                    throw e;
                }
                throw new FinanceDataException(position, e.subject().orElse(null), e.field().orElse(null),
                        bareMessage(e), e);
            }
        }

        private static String bareMessage(InvalidDataException e) {
            String prefix = e.position() + e.subject().map(s -> " [" + s + "]").orElse("")
                    + e.field().map(f -> " field '" + f + "'").orElse("") + ": ";
            String message = e.getMessage();
            return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        }
    }
}
