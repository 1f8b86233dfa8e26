package io.github.ntmlib.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.sheet.CriterionGroup;
import io.github.ntmlib.ocop.sheet.Option;
import io.github.ntmlib.ocop.sheet.Part;
import io.github.ntmlib.ocop.sheet.Sheet;
import io.github.ntmlib.ocop.sheet.SheetCriterion;
import io.github.ntmlib.ocop.sheet.SheetSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Upgrade advice checked exhaustively on a small synthetic sheet: every combination of answers (none
 * met or one of three options on each of five criteria, 4^5 = 1,024 scorecards), under every marker
 * policy, against a brute force over every other combination: the advice reaches the next star, and
 * no combination reaching it changes fewer criteria, or as many with fewer points.
 */
class UpgradeAdviceExhaustiveTest {

    /** Criterion code, then points and marker (0 = none) of its three options. */
    private static final Object[][] CRITERIA = {
        {"1.1", new int[] {5, 12, 20}, new int[] {0, 3, 0}},
        {"1.2", new int[] {4, 10, 20}, new int[] {0, 0, 5}},
        {"2.1", new int[] {5, 15, 25}, new int[] {0, 4, 0}},
        {"3.1", new int[] {3, 9, 15}, new int[] {0, 4, 0}},
        {"3.2", new int[] {6, 14, 20}, new int[] {3, 0, 5}},
    };

    private static SheetCriterion criterion(int i) {
        String code = (String) CRITERIA[i][0];
        int[] points = (int[]) CRITERIA[i][1];
        int[] markers = (int[]) CRITERIA[i][2];
        List<Option> options = new ArrayList<>();
        for (int o = 0; o < 3; o++) {
            options.add(Option.of(o + 1, points[o], markers[o] == 0 ? Optional.empty() : Optional.of(Stars.of(markers[o])),
                    "option " + (o + 1), Optional.empty(), Optional.empty()));
        }
        return SheetCriterion.of(code, "criterion " + code, points[2], Optional.empty(), List.of(), Optional.empty(),
                List.of(), options);
    }

    private static Part part(String code, int points, int... criteria) {
        List<SheetCriterion> list = new ArrayList<>();
        for (int i : criteria) {
            list.add(criterion(i));
        }
        return new Part(code, "Phần " + code, points,
                List.of(new CriterionGroup(code.equals("A") ? "1" : code.equals("B") ? "2" : "3", "group", points,
                        List.of(), list, List.of())), List.of());
    }

    static final Sheet SMALL = new Sheet(Instrument.QD_26_2026, 99, "synthetic", "test", "test", "test", List.of(),
            List.of(), List.of(part("A", 40, 0, 1), part("B", 25, 2), part("C", 35, 3, 4)),
            new SheetSource("synthetic", "none", 99, "none", 1, 1));

    private static List<Scorecard> everyScorecard() {
        List<Scorecard> all = new ArrayList<>();
        for (int n = 0; n < 1024; n++) {
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (int i = 0; i < 5; i++) {
                answers.put((String) CRITERIA[i][0], (n >> (2 * i)) & 3);
            }
            all.add(new Scorecard("P", SMALL, "E", answers, Set.of()));
        }
        return all;
    }

    @Test
    void adviceIsMinimalAgainstEveryCombination() {
        List<Scorecard> all = everyScorecard();
        int checked = 0;
        int[] reachedTargets = new int[6];
        for (MarkerPolicy policy : MarkerPolicy.values()) {
            Rater rater = Rater.with(policy);
            int[] stars = new int[all.size()];
            int[] totals = new int[all.size()];
            for (int n = 0; n < all.size(); n++) {
                stars[n] = rater.stars(all.get(n)).orElseThrow().count();
                totals[n] = all.get(n).total();
            }
            for (int s = 0; s < all.size(); s++) {
                Optional<UpgradeAdvice> advice = rater.advise(all.get(s));
                if (stars[s] == 5) {
                    assertThat(advice).isEmpty();
                    continue;
                }
                int target = stars[s] + 1;
                int bestChanges = Integer.MAX_VALUE;
                int bestGain = Integer.MAX_VALUE;
                for (int t = 0; t < all.size(); t++) {
                    if (stars[t] >= target) {
                        int changes = Integer.bitCount(differingCriteria(s, t));
                        int gain = totals[t] - totals[s];
                        if (changes < bestChanges || (changes == bestChanges && gain < bestGain)) {
                            bestChanges = changes;
                            bestGain = gain;
                        }
                    }
                }
                String where = policy + " " + all.get(s).answers() + " (" + stars[s] + "★, " + totals[s] + ")";
                if (bestChanges == Integer.MAX_VALUE) {
                    assertThat(advice).as(where).isEmpty();
                    continue;
                }
                assertThat(advice).as(where).isPresent();
                UpgradeAdvice a = advice.get();
                assertThat(a.target().count()).as(where).isEqualTo(target);
                assertThat(rater.stars(a.applyTo(all.get(s))).orElseThrow().count()).as(where)
                        .isGreaterThanOrEqualTo(target);
                assertThat(a.changes().size()).as(where + " changes").isEqualTo(bestChanges);
                assertThat(a.gain()).as(where + " points").isEqualTo(bestGain);
                reachedTargets[target]++;
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(2_000);
        for (int target = 2; target <= 5; target++) {
            assertThat(reachedTargets[target]).as("advice towards %d★", target).isGreaterThan(50);
        }
    }

    /** Bit i set when the two combinations answer criterion i differently. */
    private static int differingCriteria(int s, int t) {
        int bits = 0;
        for (int i = 0; i < 5; i++) {
            if (((s >> (2 * i)) & 3) != ((t >> (2 * i)) & 3)) {
                bits |= 1 << i;
            }
        }
        return bits;
    }
}
