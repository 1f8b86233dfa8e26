package io.github.ntmlib.intake;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.Limits;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Something read but worth telling: a formula cell read as its cached value, a time of day
 * dropped from a date. Warnings are listed to the user, never dropped; each is in Vietnamese and
 * English ({@link #message(Language)}).
 *
 * @param position where (workbook, sheet and cell)
 * @param text     what, in a sentence in each language
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record IntakeWarning(SourcePosition position, Labels text) {

    /**
     * Validates the components.
     *
     * @param position where
     * @param text     what, in each language
     */
    public IntakeWarning {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(text, "text");
    }

    /**
     * The warning of a formula cell read as the value Excel saved with it (not recalculated): the
     * one wording of every reader of workbooks.
     *
     * @param cell the formula cell
     * @return the warning at the cell
     * @since 0.1
     */
    public static IntakeWarning formula(Cell cell) {
        return new IntakeWarning(cell.address().position(), Labels.of("ô công thức được đọc theo giá trị Excel đã lưu"
                + " cùng nó (" + Limits.quote(cell.asText()) + "), không tính lại", "a formula cell is read as the value"
                + " Excel saved with it (" + cell.asText() + "), not recalculated"));
    }

    /**
     * What, in English.
     *
     * @return the sentence
     */
    public String message() {
        return text.english();
    }

    /**
     * What, in a language.
     *
     * @param language the language
     * @return the sentence
     */
    public String message(Language language) {
        return text.in(language);
    }

    /**
     * The warning in a language, as {@link #toString()} gives it in English: position, then what.
     *
     * @param language the language
     * @return such as {@code gia-tri.xlsx, Giá trị!D17: …}
     */
    public String toString(Language language) {
        return position + ": " + text.in(language);
    }

    @Override
    public String toString() {
        return position + ": " + text.english();
    }
}
