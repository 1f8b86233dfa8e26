package io.github.ntmlib.core.data.io;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.VietnameseText;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusStep;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.base.internal.CsvTable;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads evaluation data from CSV (UTF-8, header row, '.' as decimal separator).
 *
 * <ul>
 *   <li>Indicator values: {@code unit, indicator, year, kind, value, part, whole, unit_of_measure,
 *       reporter, reference, as_of} ({@code as_of} optional, a date within the year). {@code kind} is FLAG ({@code value} đạt / không đạt, true / false),
 *       QUANTITY ({@code value} and {@code unit_of_measure}), RATIO ({@code part} and {@code
 *       whole}: 69 and 169), COUNT or GRADE ({@code value}).</li>
 *   <li>Recorded outcomes: {@code unit, standard, criterion, assessment, completion_low,
 *       completion_high, date, reporter, reference}; {@code assessment} is đạt / cơ bản đạt / chưa
 *       đạt or MET / BASICALLY_MET / NOT_MET.</li>
 *   <li>Status register: {@code unit, standard, step, date, decision, authority}; {@code step} is
 *       REGISTERED, SELF_ASSESSED, VERIFIED, APPRAISED, RECOGNISED, ANNOUNCED or REVOKED.</li>
 * </ul>
 * Every row is checked; the first bad cell gives an {@link InvalidDataException} naming the file,
 * line, unit and column. Nothing is read partially.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class DataCsv {

    private static final Function<List<CsvTable.Issue>, RuntimeException> ERRORS = issues -> new InvalidDataException(
            issues.get(0).position(), null, issues.get(0).field(), issues.size() == 1 ? issues.get(0).reason()
                    : Labels.of(issues.get(0).reason().vietnamese() + " (và " + (issues.size() - 1) + " lỗi khác)",
                            issues.get(0).reason().english() + " (and " + (issues.size() - 1) + " more)"));

    private DataCsv() {
    }

    /**
     * Reads indicator values.
     *
     * @param reader the CSV text
     * @param source the file name, for errors
     * @return the observations in file order
     */
    public static List<Observation> readObservations(Reader reader, String source) {
        return readObservations(reader, source, null);
    }

    /**
     * Reads indicator values whose numbers are written in a declared style (a file may also
     * declare it on a first line {@code # number-style: vi}; the two must agree). Without a declared
     * style a number whose reading depends on it ({@code 1.205}, {@code 1,5}) is an error.
     *
     * @param reader the CSV text
     * @param source the file name, for errors
     * @param style  the number style declared by the caller, or {@code null}
     * @return the observations in file order
     * @since 0.1
     */
    public static List<Observation> readObservations(Reader reader, String source, @Nullable NumberStyle style) {
        List<Observation> list = new ArrayList<>();
        // rows streamed: the file's cells are held one row at a time, only the observations are kept
        CsvTable.stream(reader, source, List.of("unit", "indicator", "year", "kind"),
                Set.of("value", "part", "whole", "unit_of_measure", "reporter", "reference", "as_of"), null, ERRORS,
                style, row -> {
                    String unit = required(row, "unit", null);
                    String indicator = required(row, "indicator", unit);
                    int year = integer(row, "year", unit);
                    ValueKind kind = enumValue(row, "kind", ValueKind.class, unit);
                    Optional<LocalDate> asOf = row.get("as_of").isEmpty() ? Optional.empty()
                            : Optional.of(date(row, "as_of", unit));
                    try {
                        list.add(Observation.of(unit, indicator, year, value(row, kind, unit), source(row), asOf));
                    } catch (IllegalArgumentException e) {
                        throw new InvalidDataException(row.position(), unit, "as_of", Labels.of("giá trị của năm "
                                + year + " được đo ngày " + asOf.map(Language.VIETNAMESE::format).orElse("")
                                + ", ngoài năm của nó", Limits.reason(e)));
                    }
                });
        return List.copyOf(list);
    }

    /**
     * Reads recorded criterion outcomes.
     *
     * @param reader the CSV text
     * @param source the file name, for errors
     * @return the outcomes in file order
     */
    public static List<RecordedOutcome> readOutcomes(Reader reader, String source) {
        return readOutcomes(reader, source, null);
    }

    /**
     * Reads recorded criterion outcomes whose completion shares are written in a declared style.
     *
     * @param reader the CSV text
     * @param source the file name, for errors
     * @param style  the number style declared by the caller, or {@code null}
     * @return the outcomes in file order
     * @since 0.1
     */
    public static List<RecordedOutcome> readOutcomes(Reader reader, String source, @Nullable NumberStyle style) {
        CsvTable table = CsvTable.read(reader, source, List.of("unit", "standard", "criterion", "assessment", "date"),
                Set.of("completion_low", "completion_high", "reporter", "reference"), null, ERRORS, style);
        List<RecordedOutcome> list = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String unit = required(row, "unit", null);
            Optional<BigDecimal> low = optionalDecimal(row, "completion_low", unit);
            Optional<BigDecimal> high = optionalDecimal(row, "completion_high", unit);
            try {
                list.add(RecordedOutcome.of(unit, required(row, "standard", unit), required(row, "criterion", unit),
                        assessment(row, unit), low, high.or(() -> low), date(row, "date", unit), source(row)));
            } catch (IllegalArgumentException e) {
                throw new InvalidDataException(row.position(), unit, "completion_low", Labels.of("mức hoàn thành "
                        + low.map(BigDecimal::toPlainString).orElse("") + "-"
                        + high.or(() -> low).map(BigDecimal::toPlainString).orElse("")
                        + "% không phải là một khoảng (mức thấp lớn hơn mức cao)", Limits.reason(e)));
            }
        }
        return List.copyOf(list);
    }

    /**
     * Reads status register entries.
     *
     * @param reader the CSV text
     * @param source the file name, for errors
     * @return the events in file order
     */
    public static List<StatusEvent> readStatuses(Reader reader, String source) {
        CsvTable table = CsvTable.read(reader, source, List.of("unit", "standard", "step", "date"),
                Set.of("decision", "authority"), null, ERRORS);
        List<StatusEvent> list = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String unit = required(row, "unit", null);
            list.add(new StatusEvent(unit, required(row, "standard", unit), enumValue(row, "step", StatusStep.class, unit),
                    date(row, "date", unit), row.get("decision"), row.get("authority"),
                    new DataSource(row.get("authority"), row.get("decision"), row.position())));
        }
        return List.copyOf(list);
    }

    private static DataSource source(CsvTable.Row row) {
        return new DataSource(row.get("reporter"), row.get("reference"), row.position());
    }

    /** The value cells each kind reads; the others must be empty. */
    private static final List<String> VALUE_CELLS = List.of("value", "part", "whole", "unit_of_measure");

    private static List<String> cellsOf(ValueKind kind) {
        switch (kind) {
            case QUANTITY:
                return List.of("value", "unit_of_measure");
            case RATIO:
                return List.of("part", "whole");
            default:
                return List.of("value");
        }
    }

    private static Value value(CsvTable.Row row, ValueKind kind, String unit) {
        List<String> used = cellsOf(kind);
        for (String column : VALUE_CELLS) {
            if (!used.contains(column) && !row.get(column).isEmpty()) {
                throw new InvalidDataException(row.position(), unit, column, Labels.of("giá trị loại "
                        + Limits.quote(kind.name()) + " chỉ đọc cột " + String.join(" và ", used.stream()
                                .map(Limits::quote).toList()) + ": ô này phải để trống, không phải "
                        + Limits.quote(row.get(column)), "a " + kind + " value reads only "
                        + String.join(" and ", used) + ": this cell must be empty, not " + Limits.quote(row.get(column))));
            }
        }
        switch (kind) {
            case FLAG:
                String cell = required(row, "value", unit);
                if (cell.equals("true") || cell.equals("1")) {
                    return new Value.Flag(true);
                }
                if (cell.equals("false") || cell.equals("0")) {
                    return new Value.Flag(false);
                }
                String word = VietnameseText.fold(cell);
                if (word.equals("dat") || word.equals("true") || word.equals("1")) {
                    return new Value.Flag(true);
                }
                if (word.equals("khong dat") || word.equals("chua dat") || word.equals("false") || word.equals("0")) {
                    return new Value.Flag(false);
                }
                throw new InvalidDataException(row.position(), unit, "value", Labels.of(
                        Limits.quote(row.get("value")) + " không phải là đạt / không đạt",
                        Limits.quote(row.get("value")) + " is not đạt / không đạt"));
            case QUANTITY:
                return new Value.Quantity(decimal(row, "value", unit), required(row, "unit_of_measure", unit));
            case RATIO:
                BigDecimal part = decimal(row, "part", unit);
                BigDecimal whole = decimal(row, "whole", unit);
                try {
                    return new Value.Ratio(part, whole);
                } catch (IllegalArgumentException e) {
                    throw new InvalidDataException(row.position(), unit, "whole", Labels.of(whole.signum() <= 0
                            ? "mẫu số của tỷ lệ phải lớn hơn 0: " + whole.toPlainString()
                            : "tử số của tỷ lệ không được âm: " + part.toPlainString(), Limits.reason(e)));
                }
            case COUNT:
                long count = count(row, "value", unit);
                if (count < 0) {
                    throw new InvalidDataException(row.position(), unit, "value", Labels.of("số đếm không được âm",
                            "a count cannot be negative"));
                }
                return new Value.Count(count);
            default:
                return new Value.Grade(required(row, "value", unit));
        }
    }

    private static Assessment assessment(CsvTable.Row row, String unit) {
        String text = required(row, "assessment", unit);
        String key = VietnameseText.fold(text);
        for (Assessment a : Assessment.values()) {
            if (a.name().equalsIgnoreCase(text) || VietnameseText.fold(a.vietnamese()).equals(key)) {
                return a;
            }
        }
        throw new InvalidDataException(row.position(), unit, "assessment", Labels.of(Limits.quote(text)
                + " không phải là đạt / cơ bản đạt / chưa đạt", Limits.quote(text)
                + " is not đạt / cơ bản đạt / chưa đạt"));
    }

    private static String required(CsvTable.Row row, String column, @Nullable String unit) {
        String value = row.get(column);
        if (value.isEmpty()) {
            throw new InvalidDataException(row.position(), unit, column, Labels.of("ô trống", "empty cell"));
        }
        return value;
    }

    private static int integer(CsvTable.Row row, String column, String unit) {
        String text = required(row, column, unit);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidDataException(row.position(), unit, column, notWhole(text));
        }
    }

    /** A count: digits alone, or a whole number in the declared style ("1.205" under vi). */
    private static long count(CsvTable.Row row, String column, String unit) {
        String text = required(row, column, unit);
        if (plain(text) && text.indexOf('.') < 0 && text.length() < 19) {
            return Long.parseLong(text);
        }
        BigDecimal value = row.number(column, unit);
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidDataException(row.position(), unit, column, notWhole(text));
        }
    }

    private static Labels notWhole(String text) {
        return Labels.of("không phải là số nguyên: " + Limits.quote(text), "not a whole number: " + Limits.quote(text));
    }

    private static BigDecimal decimal(CsvTable.Row row, String column, String unit) {
        String text = required(row, column, unit);
        // digits alone read the same in every style; a '.' only when the style is declared plain
        if (plain(text) && (text.indexOf('.') < 0 || row.style().orElse(null) == NumberStyle.PLAIN)) {
            BigDecimal value = new BigDecimal(text);
            if (Limits.numberLimit(value) == null) {
                return value;
            }
        }
        return row.number(column, unit);
    }

    /**
     * Whether a cell is a plain number as {@link Figures#parse} reads it without change (ASCII
     * digits, an optional leading '-', an optional '.' with digits after it, no space, not too
     * long): such a cell is read directly; any other goes through {@code Figures.parse}, which
     * reads it or names what is wrong.
     */
    private static boolean plain(String text) {
        int n = text.length();
        if (n == 0 || n > Limits.NUMBER_TEXT) {
            return false;
        }
        int i = text.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        int decimals = 0;
        for (i++; i < n; i++, decimals++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return decimals > 0;
    }

    private static Optional<BigDecimal> optionalDecimal(CsvTable.Row row, String column, String unit) {
        return row.get(column).isEmpty() ? Optional.empty() : Optional.of(decimal(row, column, unit));
    }

    private static LocalDate date(CsvTable.Row row, String column, String unit) {
        String text = required(row, column, unit);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidDataException(row.position(), unit, column, Labels.of("không phải là ngày viết dạng"
                    + " năm-tháng-ngày như '2024-12-31': " + Limits.quote(text), "not an ISO date (yyyy-mm-dd): "
                    + Limits.quote(text)));
        }
    }

    private static <E extends Enum<E>> E enumValue(CsvTable.Row row, String column, Class<E> type, String unit) {
        String text = required(row, column, unit);
        try {
            return Enum.valueOf(type, text.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(row.position(), unit, column, Labels.of(Limits.quote(text)
                    + " không phải là một trong các giá trị " + java.util.Arrays.stream(type.getEnumConstants())
                            .map(c -> Limits.quote(c.name())).collect(java.util.stream.Collectors.joining(", ")),
                    Limits.quote(text) + " is not one of " + java.util.Arrays.toString(type.getEnumConstants())));
        }
    }
}
