package io.github.ntmlib.report;

import io.github.ntmlib.core.criteria.Verdict;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A cell of a report table: the text every format prints, the exact number behind it when there
 * is one (a workbook stores it as a number), and a tone that colours a verdict.
 *
 * @param text   the text as printed, e.g. "40,8"
 * @param number the number behind the text, if any
 * @param tone   the colour
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Cell(String text, Optional<BigDecimal> number, Tone tone) {

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

    /**
     * Validates the components.
     *
     * @param text   the text
     * @param number the number
     * @param tone   the tone
     */
    public Cell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(tone, "tone");
    }

    /**
     * A text cell.
     *
     * @param text the text
     * @return the cell
     */
    public static Cell text(String text) {
        return new Cell(text, Optional.empty(), Tone.PLAIN);
    }

    /**
     * A number cell.
     *
     * @param text   the number as printed
     * @param number the number
     * @return the cell
     */
    public static Cell number(String text, BigDecimal number) {
        return new Cell(text, Optional.of(number), Tone.PLAIN);
    }

    /**
     * A verdict cell.
     *
     * @param text the text, beginning with the verdict's label
     * @param tone the verdict's tone
     * @return the cell
     */
    public static Cell toned(String text, Tone tone) {
        return new Cell(text, Optional.empty(), tone);
    }

    /**
     * The number behind the cell, or null.
     *
     * @return the number or null
     */
    public @Nullable BigDecimal numberOrNull() {
        return number.orElse(null);
    }
}
