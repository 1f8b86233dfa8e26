package io.github.ntmlib.ocop.sheet;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Limits;
import java.util.Objects;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One option (lựa chọn, "□" box) of a criterion, with its points and its star marker.
 *
 * <p>A marker ({@code ***}, {@code ****}, {@code *****} in the source) makes the option the minimum
 * a product must reach on this criterion to be rated that many stars.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Option {

    private final int number;
    private final int points;
    private final @Nullable Stars marker;
    private final String label;
    private final @Nullable String variant;
    private final @Nullable String correction;

    private Option(int number, int points, Optional<Stars> marker, String label, Optional<String> variant,
            Optional<String> correction) {
        OcopDataException.requirePresent(marker, null, "marker");
        OcopDataException.requirePresent(variant, null, "variant");
        OcopDataException.requirePresent(correction, null, "correction");
        OcopDataException.requirePresent(label, null, "label");
        if (number < 1 || points < 0 || label.isBlank()) {
            throw OcopDataException.api(null, "option " + number, Labels.of(
                    "lựa chọn cần số thứ tự dương, điểm >= 0 và nội dung",
                    "an option needs a positive number, points >= 0 and a label"));
        }
        if (variant.isPresent() && SheetCase.ofHeading(variant.get()).isEmpty()) {
            throw OcopDataException.api(null, "option " + number, Labels.of(
                    "biến thể phải nêu trường hợp (Trường hợp 1 hoặc 2): " + Limits.quote(variant.get()),
                    "a variant names its case (Trường hợp 1 or 2): " + variant.get()));
        }
        if (marker.isPresent() && !marker.get().isRecognised()) {
            throw OcopDataException.api(null, "option " + number, Labels.of(
                    "dấu hạng sao chỉ dành cho 3, 4 hoặc 5 sao: " + marker.get().vietnamese(),
                    "a star marker is for 3, 4 or 5 stars: " + marker.get()));
        }
        this.number = number;
        this.points = points;
        this.marker = marker.orElse(null);
        this.label = label;
        this.variant = variant.orElse(null);
        this.correction = correction.orElse(null);
    }

    /**
     * Creates the value, validating it.
     *
     * @param number the option's 1-based position on the criterion, as printed
     * @param points the points it gives (điểm)
     * @param marker the star level this option is the minimum for, if marked
     * @param label the option's text (Vietnamese, as in the decision)
     * @param variant the case it belongs to when the criterion offers two cases (sheet 26, "Trường hợp 1/2")
     * @param correction the note of a transcription correction applied to this option, if any
     * @return the value
     */
    public static Option of(int number, int points, Optional<Stars> marker, String label,
            Optional<String> variant, Optional<String> correction) {
        return new Option(number, points, marker, label, variant, correction);
    }

    /**
     * The option's 1-based position on the criterion, as printed.
     *
     * @return the option's 1-based position on the criterion, as printed
     */
    public int number() {
        return number;
    }

    /**
     * The points it gives (điểm).
     *
     * @return the points it gives (điểm)
     */
    public int points() {
        return points;
    }

    /**
     * The star level this option is the minimum for, if marked.
     *
     * @return the star level this option is the minimum for, if marked
     */
    public Optional<Stars> marker() {
        return Optional.ofNullable(marker);
    }

    /**
     * The option's text (Vietnamese, as in the decision).
     *
     * @return the option's text (Vietnamese, as in the decision)
     */
    public String label() {
        return label;
    }

    /**
     * The case it belongs to when the criterion offers two cases (sheet 26, "Trường hợp 1/2").
     *
     * @return the case it belongs to when the criterion offers two cases (sheet 26, "Trường hợp 1/2")
     */
    public Optional<String> variant() {
        return Optional.ofNullable(variant);
    }

    /**
     * The note of a transcription correction applied to this option, if any.
     *
     * @return the note of a transcription correction applied to this option, if any
     */
    public Optional<String> correction() {
        return Optional.ofNullable(correction);
    }

    /**
     * The case this option belongs to (sheet 26, "Trường hợp 1" or "Trường hợp 2").
     *
     * @return the case, or empty for an option of every product
     */
    public Optional<SheetCase> sheetCase() {
        return variant().flatMap(SheetCase::ofHeading);
    }


    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Option)) {
            return false;
        }
        Option o = (Option) other;
        return Objects.equals(number, o.number)
                && Objects.equals(points, o.points)
                && Objects.equals(marker, o.marker)
                && Objects.equals(label, o.label)
                && Objects.equals(variant, o.variant)
                && Objects.equals(correction, o.correction);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, points, marker, label, variant, correction);
    }

    @Override
    public String toString() {
        return "Option[" + "number=" + number + ", " + "points=" + points + ", " + "marker=" + marker
                + ", " + "label=" + label + ", " + "variant=" + variant
                + ", " + "correction=" + correction + "]";
    }
}
