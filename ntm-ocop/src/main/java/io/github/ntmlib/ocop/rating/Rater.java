package io.github.ntmlib.ocop.rating;

import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.sheet.SheetCriterion;
import io.github.ntmlib.ocop.sheet.CriterionGroup;
import io.github.ntmlib.ocop.sheet.KnockOut;
import io.github.ntmlib.ocop.sheet.KnockOutKind;
import io.github.ntmlib.ocop.sheet.Option;
import io.github.ntmlib.ocop.sheet.Part;
import io.github.ntmlib.ocop.sheet.Sheet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Rates products (phân hạng) from their evaluations: averages the totals exactly, applies knock-outs
 * and the star-marker policy, and explains the result.
 *
 * <ul>
 *   <li>Bands by the average total (Art. 3.3): 5 stars [90, 100], 4 [70, 90), 3 [50, 70), 2 [30, 50),
 *       1 [0, 30).</li>
 *   <li>A knock-out found by any member fires; a "0 points" stop rule fires when the council average on
 *       one of its criteria is 0. A rejection wins over a stop; either gives no stars.</li>
 *   <li>A marker is met when the council's average points on its criterion reach the marked option's
 *       points. How markers combine is the {@link MarkerPolicy} (default {@link MarkerPolicy#CUMULATIVE}).</li>
 * </ul>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Rater {

    private final MarkerPolicy policy;

    private Rater(MarkerPolicy policy) {
        this.policy = OcopDataException.requirePresent(policy, null, "policy");
    }

    /**
     * A rater with the default policy, {@link MarkerPolicy#CUMULATIVE}.
     *
     * @return the rater
     */
    public static Rater standard() {
        return new Rater(MarkerPolicy.CUMULATIVE);
    }

    /**
     * A rater with a chosen policy.
     *
     * @param policy the marker policy
     * @return the rater
     */
    public static Rater with(MarkerPolicy policy) {
        return new Rater(policy);
    }

    /**
     * The policy of this rater.
     *
     * @return the policy
     */
    public MarkerPolicy policy() {
        return policy;
    }

    /**
     * The points band of an exact score.
     *
     * @param score the average total
     * @return the level the points allow
     */
    public static Stars band(Score score) {
        OcopDataException.requirePresent(score, null, "score");
        for (int s = 5; s > 1; s--) {
            if (score.isAtLeast(Stars.of(s).minimumPoints())) {
                return Stars.of(s);
            }
        }
        return Stars.ONE;
    }

    /**
     * The stars a single evaluation earns, or empty when a knock-out fires.
     *
     * @param evaluation the evaluation
     * @return the stars
     */
    public Optional<Stars> stars(Scorecard evaluation) {
        OcopDataException.requirePresent(evaluation, null, "evaluation");
        Tally t = new Tally(evaluation.sheet(), List.of(evaluation));
        if (!t.fired().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(decide(t.markers(), band(t.total())));
    }

    /**
     * Rates a council's result.
     *
     * @param result the evaluations of the council
     * @return the rating with its explanation
     */
    public Rating rate(CouncilResult result) {
        OcopDataException.requirePresent(result, null, "result");
        Sheet sheet = result.sheet();
        Tally t = new Tally(sheet, result.scorecards());
        Score average = t.total();
        Stars band = band(average);
        List<MarkerCheck> markers = t.markers();
        List<KnockOut> fired = t.fired();
        String n = result.scorecards().size() == 1 ? "1 evaluation" : result.scorecards().size() + " evaluations";
        if (!fired.isEmpty()) {
            boolean rejected = fired.stream().anyMatch(k -> k.kind() == KnockOutKind.REJECTED);
            Outcome outcome = rejected ? Outcome.REJECTED : Outcome.NOT_RATED;
            String ids = fired.stream().map(KnockOut::id).collect(Collectors.joining(", "));
            return new Rating(result.product(), sheet.id(), outcome, null, average, band, t.parts(),
                    markers, fired, policy, capitalised(outcome.english()) + " by knock-out " + ids + "; the points ("
                            + average + " over " + n + ") do not count.", null);
        }
        Stars stars = decide(markers, band);
        StringBuilder why = new StringBuilder();
        why.append("Average ").append(average).append(" over ").append(n).append(" reaches the ")
                .append(band.english()).append(" band");
        if (stars != band) {
            List<String> missed = markers.stream()
                    .filter(m -> !m.met() && m.stars().count() <= band.count()
                            && (policy == MarkerPolicy.CUMULATIVE || m.stars().count() > stars.count()))
                    .map(m -> m.stars().english() + " marker of " + m.criterion())
                    .toList();
            why.append(" but misses ").append(String.join(", ", missed)).append("; rated ").append(stars.english())
                    .append(", the highest level the points allow whose markers are met (")
                    .append(policy.name().toLowerCase().replace('_', ' ')).append(" policy).");
        } else {
            why.append(policy == MarkerPolicy.POINTS_ONLY ? "; markers do not decide (points only policy)."
                    : " and meets every marker it needs; rated " + stars.english() + ".");
        }
        boolean candidate = stars == Stars.FIVE && result.council() != RatingAuthority.CENTRAL;
        if (candidate) {
            why.append(" A ").append(result.council().english())
                    .append(" council cannot recognise 5 stars: nothing is awarded; the product is proposed to the"
                            + " ministry as a 5-star candidate.");
        }
        return new Rating(result.product(), sheet.id(), candidate ? Outcome.FIVE_STAR_CANDIDATE : Outcome.RATED,
                stars, average, band, t.parts(), markers, List.of(), policy, why.toString(),
                RatingAuthority.recognising(stars, result.date()).orElse(null));
    }

    /**
     * Upgrade advice for an evaluation (e.g. a self-assessment or a council's agreed sheet): the least
     * set of option changes — fewest criteria, then fewest points — after which this rater gives at
     * least the next star level. The search is exact over the sheet's options and honours the markers
     * of this rater's policy.
     *
     * @param evaluation the evaluation
     * @return the advice; empty at 5 stars or when a knock-out fires (no option change lifts a knock-out)
     */
    public Optional<UpgradeAdvice> advise(Scorecard evaluation) {
        return UpgradeSearch.advise(this, OcopDataException.requirePresent(evaluation, null, "evaluation"));
    }

    Stars decide(List<MarkerCheck> markers, Stars band) {
        for (int s = band.count(); s > 1; s--) {
            if (allows(markers, s)) {
                return Stars.of(s);
            }
        }
        return Stars.ONE;
    }

    private boolean allows(List<MarkerCheck> markers, int level) {
        return switch (policy) {
            case POINTS_ONLY -> true;
            case CUMULATIVE -> markers.stream().filter(m -> m.stars().count() <= level).allMatch(MarkerCheck::met);
            case PER_LEVEL -> markers.stream().filter(m -> m.stars().count() == level).allMatch(MarkerCheck::met);
        };
    }

    /** Exact per-criterion averages over a council's evaluations. */
    static final class Tally {
        private final Sheet sheet;
        private final List<Scorecard> evaluations;
        private final Map<String, Score> average = new HashMap<>();

        Tally(Sheet sheet, List<Scorecard> evaluations) {
            this.sheet = sheet;
            this.evaluations = evaluations;
            for (SheetCriterion c : sheet.criteria()) {
                long sum = 0;
                for (Scorecard e : evaluations) {
                    sum += e.points(c);
                }
                average.put(c.code(), Score.of(sum, evaluations.size()));
            }
        }

        /** The average score of a criterion of the sheet (every one has an average). */
        private Score averageOf(String criterion) {
            return Objects.requireNonNull(average.get(criterion), criterion);
        }

        Score total() {
            return average.values().stream().reduce(Score.ZERO, Score::plus);
        }

        List<PartScore> parts() {
            List<PartScore> parts = new ArrayList<>();
            for (Part p : sheet.parts()) {
                List<GroupScore> groups = new ArrayList<>();
                Score partSum = Score.ZERO;
                for (CriterionGroup g : p.groups()) {
                    Score sum = Score.ZERO;
                    for (SheetCriterion c : g.criteria()) {
                        sum = sum.plus(averageOf(c.code()));
                    }
                    groups.add(new GroupScore(g.code(), g.title(), sum, g.points()));
                    partSum = partSum.plus(sum);
                }
                parts.add(new PartScore(p.code(), p.title(), partSum, p.points(), groups));
            }
            return parts;
        }

        List<MarkerCheck> markers() {
            List<MarkerCheck> checks = new ArrayList<>();
            for (Stars s : List.of(Stars.THREE, Stars.FOUR, Stars.FIVE)) {
                for (Map.Entry<String, Option> m : sheet.markers(s).entrySet()) {
                    Score achieved = averageOf(m.getKey());
                    int required = m.getValue().points();
                    checks.add(new MarkerCheck(s, m.getKey(), m.getValue().number(), required, achieved,
                            achieved.isAtLeast(required)));
                }
            }
            return checks;
        }

        List<KnockOut> fired() {
            List<KnockOut> fired = new ArrayList<>();
            for (KnockOut k : sheet.knockOuts()) {
                boolean found = evaluations.stream().anyMatch(e -> e.findings().contains(k.id()));
                boolean zero = k.zeroPointsIn().stream()
                        .anyMatch(code -> averageOf(code).isZero());
                if (found || zero) {
                    fired.add(k);
                }
            }
            return fired;
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
