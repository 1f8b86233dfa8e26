package io.github.ntmlib.ocop.sheet;

import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import java.util.Optional;

/**
 * One option (lựa chọn, "□" box) of a criterion, with its points and its star marker.
 *
 * <p>A marker ({@code ***}, {@code ****}, {@code *****} in the source) makes the option the minimum
 * a product must reach on this criterion to be rated that many stars.
 *
 * @param number     the option's 1-based position on the criterion, as printed
 * @param points     the points it gives (điểm)
 * @param marker     the star level this option is the minimum for, if marked
 * @param label      the option's text (Vietnamese, as in the decision)
 * @param variant    the case it belongs to when the criterion offers two cases (sheet 26, "Trường hợp 1/2")
 * @param correction the note of a transcription correction applied to this option, if any
 */
public record Option(int number, int points, Optional<Stars> marker, String label, Optional<String> variant,
        Optional<String> correction) {

    /**
     * Validates the option.
     *
     * @param number     the option's 1-based position
     * @param points     the points, not negative
     * @param marker     the star marker (3, 4 or 5 stars) or empty
     * @param label      the text, not blank
     * @param variant    the case or empty
     * @param correction the correction note or empty
     */
    public Option {
        OcopDataException.requirePresent(marker, null, "marker");
        OcopDataException.requirePresent(variant, null, "variant");
        OcopDataException.requirePresent(correction, null, "correction");
        OcopDataException.requirePresent(label, null, "label");
        if (number < 1 || points < 0 || label.isBlank()) {
            throw OcopDataException.api(null, "option " + number, "an option needs a positive number, points >= 0 and a label");
        }
        if (variant.isPresent() && SheetCase.ofHeading(variant.get()).isEmpty()) {
            throw OcopDataException.api(null, "option " + number, "a variant names its case (Trường hợp 1 or 2): "
                    + variant.get());
        }
        if (marker.isPresent() && !marker.get().isRecognised()) {
            throw OcopDataException.api(null, "option " + number, "a star marker is for 3, 4 or 5 stars: " + marker.get());
        }
    }

    /**
     * The case this option belongs to (sheet 26, "Trường hợp 1" or "Trường hợp 2").
     *
     * @return the case, or empty for an option of every product
     */
    public Optional<SheetCase> sheetCase() {
        return variant.flatMap(SheetCase::ofHeading);
    }
}
