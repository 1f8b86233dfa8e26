package io.github.ntmlib.core.report;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.Verdict;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A criterion whose verdict differs between a unit before and a unit after that the lineage
 * matches (the same unit, or a predecessor and its successor).
 *
 * @param unitBefore the unit's code before
 * @param unitAfter  the unit's code after
 * @param criterion  the criterion code
 * @param before     its verdict before, or {@code null} if the criterion was not assessed for that
 *                   unit's standard (another criteria set)
 * @param after      its verdict after, or {@code null} likewise
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CriterionChange(String unitBefore, String unitAfter, String criterion, @Nullable Verdict before,
        @Nullable Verdict after) {

    /**
     * Validates the components: a change has two different verdicts, at least one present.
     *
     * @param unitBefore the unit before
     * @param unitAfter  the unit after
     * @param criterion  the criterion code
     * @param before     the verdict before, or null
     * @param after      the verdict after, or null
     */
    public CriterionChange {
        Objects.requireNonNull(unitBefore, "unitBefore");
        Objects.requireNonNull(unitAfter, "unitAfter");
        Objects.requireNonNull(criterion, "criterion");
        if (before == after) {
            throw new IllegalArgumentException("criterion " + criterion + " of " + unitBefore + "/" + unitAfter
                    + " did not change (" + before + ")");
        }
    }

    /**
     * The verdict before.
     *
     * @return the verdict, or empty when the criterion was not part of the standard before
     */
    public Optional<Verdict> verdictBefore() {
        return Optional.ofNullable(before);
    }

    /**
     * The verdict after.
     *
     * @return the verdict, or empty when the criterion is not part of the standard after
     */
    public Optional<Verdict> verdictAfter() {
        return Optional.ofNullable(after);
    }

    /**
     * The change in words: "tiêu chí 3: chưa đạt → đạt", "criterion 3: not met → met".
     *
     * @param language the language
     * @return the text
     */
    public String format(Language language) {
        boolean vi = language == Language.VIETNAMESE;
        String none = vi ? "không có" : "absent";
        return (vi ? "tiêu chí " : "criterion ") + criterion + ": "
                + verdictBefore().map(v -> v.label(language)).orElse(none) + " → "
                + verdictAfter().map(v -> v.label(language)).orElse(none);
    }
}
