package io.github.ntmlib.ocop.sheet;

import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import java.util.List;
import java.util.Optional;

/**
 * A criterion (tiêu chí, chỉ tiêu) of a scoring sheet: the evaluator ticks one of its options.
 *
 * @param code           the code as printed, e.g. "1.3", "7" or "6.1.1"
 * @param title          the title as printed
 * @param points         the criterion's maximum (thang điểm)
 * @param subgroup       the code of the subgroup it belongs to (sheets 11 and 13: "6.1"), if any
 * @param notes          the notes printed with it (Ghi chú, Chú ý, Yêu cầu)
 * @param applicableWhen the condition under which it applies, if it is conditional
 * @param corrections    notes of transcription corrections applied to it
 * @param options        its options, in printed order, numbered from 1
 */
public record SheetCriterion(String code, String title, int points, Optional<String> subgroup, List<String> notes,
        Optional<Condition> applicableWhen, List<String> corrections, List<Option> options) {

    /**
     * Validates and copies.
     *
     * @param code           the code
     * @param title          the title
     * @param points         the maximum, positive
     * @param subgroup       the subgroup or empty
     * @param notes          the notes
     * @param applicableWhen the condition or empty
     * @param corrections    the correction notes
     * @param options        the options, at least two, numbered 1..n
     */
    public SheetCriterion {
        OcopDataException.requirePresent(code, null, "code");
        OcopDataException.requirePresent(title, null, "title");
        OcopDataException.requirePresent(subgroup, null, "subgroup");
        OcopDataException.requirePresent(applicableWhen, null, "applicableWhen");
        notes = List.copyOf(notes);
        corrections = List.copyOf(corrections);
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw OcopDataException.api(null, code, "criterion " + code + " has no options");
        }
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).number() != i + 1) {
                throw OcopDataException.api(null, code, "criterion " + code + ": options must be numbered 1..n");
            }
        }
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
}
