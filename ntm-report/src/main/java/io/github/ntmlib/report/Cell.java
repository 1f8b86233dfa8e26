package io.github.ntmlib.report;

import io.github.ntmlib.core.criteria.Verdict;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A cell of a report table: the text every format prints, the exact number behind it when there
 * is one (a workbook stores it as a number), and a tone that colours a verdict. Immutable; made by
 * {@link #text}, {@link #number} and {@link #toned}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Cell {

    private final String text;
    private final @Nullable BigDecimal number;
    private final Tone tone;

    /** The colour of a cell. */
    public enum Tone {
        /** No colour. */
        PLAIN,
        /** Met (đạt). */
        MET,
        /** Not met (chưa đạt). */
        NOT_MET,
        /** Not assessed (chưa đánh giá). */
        NOT_ASSESSED;

        /**
         * The tone of a verdict.
         *
         * @param verdict the verdict
         * @return its tone
         */
        public static Tone of(Verdict verdict) {
            return switch (verdict) {
                case MET -> MET;
                case NOT_MET -> NOT_MET;
                case NOT_ASSESSED -> NOT_ASSESSED;
            };
        }
    }

    private Cell(String text, @Nullable BigDecimal number, Tone tone) {
        this.text = Objects.requireNonNull(text, "text");
        this.number = number;
        this.tone = Objects.requireNonNull(tone, "tone");
    }

    /**
     * The text as printed.
     *
     * @return e.g. "40,8"
     */
    public String text() {
        return text;
    }

    /**
     * The number behind the text.
     *
     * @return the number, empty for a text or verdict cell
     */
    public Optional<BigDecimal> number() {
        return Optional.ofNullable(number);
    }

    /**
     * The colour.
     *
     * @return the tone
     */
    public Tone tone() {
        return tone;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cell c && c.text.equals(text) && Objects.equals(c.number, number) && c.tone == tone;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, number, tone);
    }

    @Override
    public String toString() {
        return "Cell[" + text + (number == null ? "" : ", " + number) + ", " + tone + "]";
    }

    /**
     * A text cell.
     *
     * @param text the text
     * @return the cell
     */
    public static Cell text(String text) {
        return new Cell(text, null, Tone.PLAIN);
    }

    /**
     * A number cell.
     *
     * @param text   the number as printed
     * @param number the number
     * @return the cell
     */
    public static Cell number(String text, BigDecimal number) {
        return new Cell(text, Objects.requireNonNull(number, "number"), Tone.PLAIN);
    }

    /**
     * A verdict cell.
     *
     * @param text the text, beginning with the verdict's label
     * @param tone the verdict's tone
     * @return the cell
     */
    public static Cell toned(String text, Tone tone) {
        return new Cell(text, null, tone);
    }

    /**
     * The number behind the cell, or null.
     *
     * @return the number or null
     */
    public @Nullable BigDecimal numberOrNull() {
        return number;
    }
}
