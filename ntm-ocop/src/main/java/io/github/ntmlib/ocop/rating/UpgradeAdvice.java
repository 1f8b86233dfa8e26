package io.github.ntmlib.ocop.rating;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Upgrade advice (tư vấn nâng hạng): the least set of option changes — fewest criteria, then fewest
 * points — that lifts an evaluation to the next star level under the rater's marker policy.
 *
 * @param current the stars now
 * @param target  the next level
 * @param changes the changes, in the sheet's order
 * @param total   the total points after the changes
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record UpgradeAdvice(Stars current, Stars target, List<OptionChange> changes, int total) {

    /**
     * Validates and copies.
     *
     * @param current the stars now
     * @param target  the next level
     * @param changes the changes, not empty
     * @param total   the resulting total
     */
    public UpgradeAdvice {
        OcopDataException.requirePresent(current, null, "current");
        OcopDataException.requirePresent(target, null, "target");
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw OcopDataException.api(null, "changes", Labels.of("khuyến nghị phải có ít nhất một thay đổi",
                    "advice has at least one change"));
        }
    }

    /**
     * The points the changes add.
     *
     * @return the sum of the gains
     */
    public int gain() {
        return changes.stream().mapToInt(OptionChange::gain).sum();
    }

    /**
     * The evaluation with the advice applied.
     *
     * @param evaluation the evaluation the advice was given for
     * @return the changed evaluation
     */
    public Scorecard applyTo(Scorecard evaluation) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        changes.forEach(c -> answers.put(c.criterion(), c.to()));
        return evaluation.with(answers);
    }
}
