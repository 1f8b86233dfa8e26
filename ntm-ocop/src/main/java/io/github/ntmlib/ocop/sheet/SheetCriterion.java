package io.github.ntmlib.ocop.sheet;

import io.github.ntmlib.base.Labels;
import java.util.Objects;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A criterion (tiêu chí, chỉ tiêu) of a scoring sheet: the evaluator ticks one of its options.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class SheetCriterion {

    private final String code;
    private final String title;
    private final int points;
    private final @Nullable String subgroup;
    private final List<String> notes;
    private final @Nullable Condition applicableWhen;
    private final List<String> corrections;
    private final List<Option> options;

    private SheetCriterion(String code, String title, int points, Optional<String> subgroup,
            List<String> notes, Optional<Condition> applicableWhen, List<String> corrections,
            List<Option> options) {
        OcopDataException.requirePresent(code, null, "code");
        OcopDataException.requirePresent(title, null, "title");
        OcopDataException.requirePresent(subgroup, null, "subgroup");
        OcopDataException.requirePresent(applicableWhen, null, "applicableWhen");
        notes = List.copyOf(notes);
        corrections = List.copyOf(corrections);
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw OcopDataException.api(null, code, Labels.of("tiêu chí " + code + " không có lựa chọn nào",
                    "criterion " + code + " has no options"));
        }
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).number() != i + 1) {
                throw OcopDataException.api(null, code, Labels.of("tiêu chí " + code
                        + ": các lựa chọn phải đánh số 1..n", "criterion " + code + ": options must be numbered 1..n"));
            }
        }
        this.code = code;
        this.title = title;
        this.points = points;
        this.subgroup = subgroup.orElse(null);
        this.notes = notes;
        this.applicableWhen = applicableWhen.orElse(null);
        this.corrections = corrections;
        this.options = options;
    }

    /**
     * Creates the value, validating it.
     *
     * @param code the code as printed, e.g. "1.3", "7" or "6.1.1"
     * @param title the title as printed
     * @param points the criterion's maximum (thang điểm)
     * @param subgroup the code of the subgroup it belongs to (sheets 11 and 13: "6.1"), if any
     * @param notes the notes printed with it (Ghi chú, Chú ý, Yêu cầu)
     * @param applicableWhen the condition under which it applies, if it is conditional
     * @param corrections notes of transcription corrections applied to it
     * @param options its options, in printed order, numbered from 1
     * @return the value
     */
    public static SheetCriterion of(String code, String title, int points, Optional<String> subgroup,
            List<String> notes, Optional<Condition> applicableWhen, List<String> corrections,
            List<Option> options) {
        return new SheetCriterion(code, title, points, subgroup, notes, applicableWhen, corrections, options);
    }

    /**
     * The code as printed, e.g. "1.3", "7" or "6.1.1".
     *
     * @return the code as printed, e.g. "1.3", "7" or "6.1.1"
     */
    public String code() {
        return code;
    }

    /**
     * The title as printed.
     *
     * @return the title as printed
     */
    public String title() {
        return title;
    }

    /**
     * The criterion's maximum (thang điểm).
     *
     * @return the criterion's maximum (thang điểm)
     */
    public int points() {
        return points;
    }

    /**
     * The code of the subgroup it belongs to (sheets 11 and 13: "6.1"), if any.
     *
     * @return the code of the subgroup it belongs to (sheets 11 and 13: "6.1"), if any
     */
    public Optional<String> subgroup() {
        return Optional.ofNullable(subgroup);
    }

    /**
     * The notes printed with it (Ghi chú, Chú ý, Yêu cầu).
     *
     * @return the notes printed with it (Ghi chú, Chú ý, Yêu cầu)
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * The condition under which it applies, if it is conditional.
     *
     * @return the condition under which it applies, if it is conditional
     */
    public Optional<Condition> applicableWhen() {
        return Optional.ofNullable(applicableWhen);
    }

    /**
     * Notes of transcription corrections applied to it.
     *
     * @return notes of transcription corrections applied to it
     */
    public List<String> corrections() {
        return corrections;
    }

    /**
     * Its options, in printed order, numbered from 1.
     *
     * @return its options, in printed order, numbered from 1
     */
    public List<Option> options() {
        return options;
    }

    /**
     * The option with this number.
     *
     * @param number the 1-based option number
     * @return the option, or empty if the criterion has no such option
     */
    public Optional<Option> option(int number) {
        return number >= 1 && number <= options.size() ? Optional.of(options.get(number - 1)) : Optional.empty();
    }

    /**
     * The highest points any option gives.
     *
     * @return the top option's points
     */
    public int topPoints() {
        return options.stream().mapToInt(Option::points).max().orElseThrow();
    }

    /**
     * The lowest points any option gives.
     *
     * @return the lowest option's points
     */
    public int lowestPoints() {
        return options.stream().mapToInt(Option::points).min().orElseThrow();
    }

    /**
     * The minimum points needed on this criterion for a star level: the points of the option marked
     * for that level, if any.
     *
     * @param stars the level
     * @return the marked option, or empty if this criterion has no marker for that level
     */
    public Optional<Option> marker(Stars stars) {
        return options.stream().filter(o -> o.marker().equals(Optional.of(stars))).findFirst();
    }


    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SheetCriterion)) {
            return false;
        }
        SheetCriterion o = (SheetCriterion) other;
        return Objects.equals(code, o.code)
                && Objects.equals(title, o.title)
                && Objects.equals(points, o.points)
                && Objects.equals(subgroup, o.subgroup)
                && Objects.equals(notes, o.notes)
                && Objects.equals(applicableWhen, o.applicableWhen)
                && Objects.equals(corrections, o.corrections)
                && Objects.equals(options, o.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, title, points, subgroup, notes, applicableWhen, corrections, options);
    }

    @Override
    public String toString() {
        return "SheetCriterion[" + "code=" + code + ", " + "title=" + title + ", " + "points=" + points
                + ", " + "subgroup=" + subgroup + ", " + "notes=" + notes
                + ", " + "applicableWhen=" + applicableWhen + ", " + "corrections=" + corrections
                + ", " + "options=" + options + "]";
    }
}
