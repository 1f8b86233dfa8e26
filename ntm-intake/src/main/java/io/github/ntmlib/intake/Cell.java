package io.github.ntmlib.intake;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.internal.Limits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One cell of a workbook: its address, what it holds by the type stored in the file ({@link
 * CellKind}) and whether a formula computed it (then the value is the one Excel cached when the
 * file was saved, and callers warn that it is not recomputed).
 *
 * <p>Immutable. The typed accessors ({@link #number()}, {@link #date()} ...) throw an {@link
 * InvalidDataException} naming the cell when the cell holds another kind: a number is never read
 * from text.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Cell {

    private final CellAddress address;
    private final CellKind kind;
    private final @Nullable Object value;
    private final boolean formula;

    private Cell(CellAddress address, CellKind kind, @Nullable Object value, boolean formula) {
        this.address = Objects.requireNonNull(address, "address");
        this.kind = kind;
        this.value = value;
        this.formula = formula;
    }

    /**
     * An empty cell.
     *
     * @param address where
     * @return the cell
     */
    public static Cell blank(CellAddress address) {
        return new Cell(address, CellKind.BLANK, null, false);
    }

    static Cell of(CellAddress address, CellKind kind, @Nullable Object value, boolean formula) {
        return new Cell(address, kind, kind == CellKind.BLANK ? null : Objects.requireNonNull(value), formula);
    }

    /**
     * A text cell, as code builds one (tests, mappings).
     *
     * @param address where
     * @param text    the text
     * @return the cell
     */
    public static Cell text(CellAddress address, String text) {
        return new Cell(address, CellKind.TEXT, Objects.requireNonNull(text, "text"), false);
    }

    /**
     * A number cell, as code builds one.
     *
     * @param address where
     * @param number  the number
     * @return the cell
     */
    public static Cell number(CellAddress address, BigDecimal number) {
        return new Cell(address, CellKind.NUMBER, Objects.requireNonNull(number, "number"), false);
    }

    /**
     * Where the cell is.
     *
     * @return the address
     */
    public CellAddress address() {
        return address;
    }

    /**
     * What the cell holds.
     *
     * @return the kind
     */
    public CellKind kind() {
        return kind;
    }

    /**
     * Whether a formula computed the value (read as the value cached in the file).
     *
     * @return true for a formula cell
     */
    public boolean isFormula() {
        return formula;
    }

    /**
     * Whether the cell is empty, or holds only spaces.
     *
     * @return true if blank
     */
    public boolean isBlank() {
        return kind == CellKind.BLANK || kind == CellKind.TEXT && ((String) Objects.requireNonNull(value)).isBlank();
    }

    /**
     * The text of a text cell.
     *
     * @return the text as stored
     * @throws InvalidDataException naming the cell if it is not a text cell
     */
    public String text() {
        return (String) expect(CellKind.TEXT, Labels.of("văn bản", "text"));
    }

    /**
     * The number of a number cell, exactly as stored.
     *
     * @return the number
     * @throws InvalidDataException naming the cell if it is not a number cell (text that looks
     *                              like a number included)
     */
    public BigDecimal number() {
        return (BigDecimal) expect(CellKind.NUMBER, Labels.of("một số", "a number"));
    }

    /**
     * The date of a date-formatted cell.
     *
     * @return the date
     * @throws InvalidDataException naming the cell if it is not a date cell
     */
    public LocalDate date() {
        return (LocalDate) expect(CellKind.DATE, Labels.of("một ngày", "a date"));
    }

    /**
     * The value of a TRUE/FALSE cell.
     *
     * @return the value
     * @throws InvalidDataException naming the cell if it is not a boolean cell
     */
    public boolean bool() {
        return (Boolean) expect(CellKind.BOOLEAN, Labels.of("TRUE hoặc FALSE", "TRUE or FALSE"));
    }

    /**
     * The value as the long-layout CSV files write it: text as is, a number in plain notation
     * ({@link BigDecimal#toPlainString()}), a date as yyyy-mm-dd, a boolean as {@code true} or
     * {@code false}, an error as its code ({@code #N/A}), blank as the empty string.
     *
     * @return the value as text
     */
    public String asText() {
        switch (kind) {
            case BLANK:
                return "";
            case NUMBER:
                return ((BigDecimal) Objects.requireNonNull(value)).toPlainString();
            default:
                return String.valueOf(value);
        }
    }

    /**
     * An error naming this cell.
     *
     * @param subject the unit or record concerned, or {@code null}
     * @param field   the field, or {@code null}
     * @param message what is wrong, in Vietnamese and English
     * @return the error, to throw
     */
    public InvalidDataException error(@Nullable String subject, @Nullable String field, Labels message) {
        return new InvalidDataException(address.position(), subject, field, message);
    }

    private Object expect(CellKind wanted, Labels what) {
        if (kind != wanted) {
            throw error(null, null, Labels.of("cần " + what.vietnamese() + " nhưng ô chứa "
                    + describe(Language.VIETNAMESE), "expected " + what.english() + " but the cell holds " + describe()));
        }
        return Objects.requireNonNull(value);
    }

    /**
     * What the cell holds, for messages: its kind and a bounded quote of its value.
     *
     * @return such as {@code text '1.205'} or {@code nothing}
     */
    public String describe() {
        return describe(Language.ENGLISH);
    }

    /**
     * What the cell holds, for messages in a language: its kind and a bounded quote of its value.
     *
     * @param language the language
     * @return such as {@code văn bản '1.205'} or {@code không có gì}
     * @since 0.1
     */
    public String describe(Language language) {
        if (language == Language.VIETNAMESE) {
            switch (kind) {
                case BLANK:
                    return "không có gì";
                case TEXT:
                    return "văn bản " + Limits.quote((String) Objects.requireNonNull(value));
                case NUMBER:
                    return "số " + Limits.quote(asText());
                case DATE:
                    return "ngày " + Language.VIETNAMESE.format((LocalDate) Objects.requireNonNull(value));
                case BOOLEAN:
                    return "giá trị " + asText().toUpperCase(java.util.Locale.ROOT);
                default:
                    return "giá trị lỗi " + Limits.quote(asText());
            }
        }
        switch (kind) {
            case BLANK:
                return "nothing";
            case TEXT:
                return "text " + Limits.quote((String) Objects.requireNonNull(value));
            case NUMBER:
                return "the number " + Limits.quote(asText());
            case DATE:
                return "the date " + asText();
            case BOOLEAN:
                return "the value " + asText().toUpperCase(java.util.Locale.ROOT);
            default:
                return "the error value " + Limits.quote(asText());
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Cell && ((Cell) o).address.equals(address) && ((Cell) o).kind == kind
                && Objects.equals(((Cell) o).value, value) && ((Cell) o).formula == formula;
    }

    @Override
    public int hashCode() {
        return Objects.hash(address, kind, value, formula);
    }

    @Override
    public String toString() {
        return address + " " + describe() + (formula ? " (formula)" : "");
    }
}
