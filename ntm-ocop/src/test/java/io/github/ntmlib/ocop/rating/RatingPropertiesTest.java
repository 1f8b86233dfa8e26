package io.github.ntmlib.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.sheet.SheetCriterion;
import io.github.ntmlib.ocop.sheet.Option;
import io.github.ntmlib.ocop.sheet.Sheet;
import io.github.ntmlib.ocop.sheet.SheetCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Property tests of rating and upgrade advice, on every sheet and every marker policy. */
class RatingPropertiesTest {

    private static final SheetCatalog CATALOG = SheetCatalog.of(Instrument.QD_26_2026);

    /** A random evaluation: sheet number, then one pick per criterion (mapped onto its options or 'none'). */
    private static Scorecard evaluation(int sheetNumber, List<Integer> picks) {
        Sheet sheet = CATALOG.sheet(sheetNumber);
        int[] i = {0};
        return Scorecard.builder("P", sheet, "E").chooseAll(c -> {
            int pick = picks.get(i[0]++ % picks.size());
            return pick % (c.options().size() + 1);
        }).build();
    }

    /** Options are picked mostly near the top, so evaluations spread over all bands. */
    private static Gen<List<Integer>> picks() {
        return lists().of(integers().between(0, 40)).ofSizeBetween(1, 60)
                .map(l -> l.stream().map(p -> p < 8 ? p : 1000 - 1).toList());
    }

    private static Scorecard nearTop(int sheetNumber, List<Integer> lowered) {
        Sheet sheet = CATALOG.sheet(sheetNumber);
        Scorecard top = Fill.top(sheet, "E");
        Map<String, Integer> answers = new LinkedHashMap<>(top.answers());
        List<SheetCriterion> criteria = sheet.criteria();
        for (int k : lowered) {
            SheetCriterion c = criteria.get(k % criteria.size());
            if (answers.containsKey(c.code()) && c.applicableWhen().isEmpty()
                    && criteria.stream().noneMatch(d -> d.applicableWhen().map(w -> w.criterion().equals(c.code()))
                            .orElse(false))) {
                answers.put(c.code(), (k / criteria.size()) % c.options().size());
            }
        }
        return new Scorecard("P", sheet, "E", answers, Set.of());
    }

    @Test
    void theStarNeverRisesWhenAnOptionIsLowered() {
        qt().withExamples(300).forAll(integers().between(1, 26), picks(), integers().between(0, 999),
                integers().between(0, 2)).check((n, picks, which, policy) -> {
                    Rater rater = Rater.with(MarkerPolicy.values()[policy]);
                    Scorecard e = evaluation(n, picks);
                    List<String> answered = new ArrayList<>(e.answers().keySet());
                    String code = answered.get(which % answered.size());
                    SheetCriterion c = e.sheet().requireCriterion(code);
                    int now = e.points(code);
                    Map<String, Integer> lower = new LinkedHashMap<>();
                    List<Integer> lowerOptions = new ArrayList<>(List.of(Scorecard.NONE_MET));
                    c.options().stream().filter(o -> o.points() < now).map(Option::number).forEach(lowerOptions::add);
                    lower.put(code, lowerOptions.get(which % lowerOptions.size()));
                    if (now == 0) {
                        return true;
                    }
                    Scorecard lowered = e.with(lower);
                    Optional<Stars> before = rater.stars(e);
                    Optional<Stars> after = rater.stars(lowered);
                    return lowered.total() < e.total() && before.map(Stars::count).orElse(0)
                            >= after.map(Stars::count).orElse(0);
                });
    }

    @Test
    void theStarIsNeverAboveWhatThePointsAllow() {
        qt().withExamples(300).forAll(integers().between(1, 26), picks(), integers().between(0, 2))
                .check((n, picks, policy) -> {
                    Scorecard e = evaluation(n, picks);
                    Stars band = Rater.band(Score.of(e.total()));
                    return Rater.with(MarkerPolicy.values()[policy]).stars(e)
                            .map(s -> s.count() <= band.count()).orElse(true);
                });
    }

    @Test
    void aCouncilsStarIsNeverAboveWhatItsAveragePointsAllow() {
        qt().withExamples(150).forAll(integers().between(1, 26), lists().of(picks()).ofSizeBetween(1, 4),
                integers().between(0, 2)).check((n, members, policy) -> {
                    List<Scorecard> evaluations = new ArrayList<>();
                    for (int i = 0; i < members.size(); i++) {
                        Scorecard e = evaluation(n, members.get(i));
                        evaluations.add(new Scorecard("P", e.sheet(), "E" + i, e.answers(), Set.of()));
                    }
                    Rating v = Rater.with(MarkerPolicy.values()[policy]).rate(new CouncilResult("P",
                            RatingAuthority.PROVINCE, java.time.LocalDate.of(2026, 7, 1), evaluations));
                    long sum = evaluations.stream().mapToLong(Scorecard::total).sum();
                    return v.average().equals(Score.of(sum, evaluations.size()))
                            && v.band() == Rater.band(v.average())
                            && v.stars().map(s -> s.count() <= v.band().count()).orElse(true)
                            && v.stars().isPresent() == (v.outcome() == Outcome.RATED);
                });
    }

    @Test
    void upgradeAdviceReachesTheNextStarAndNoSmallerChangeDoes() {
        qt().withExamples(40).forAll(integers().between(1, 26),
                lists().of(integers().between(0, 999)).ofSizeBetween(1, 5), integers().between(0, 2))
                .check((n, lowered, policy) -> {
                    Rater rater = Rater.with(MarkerPolicy.values()[policy]);
                    Scorecard e = nearTop(n, lowered);
                    Optional<UpgradeAdvice> advice = rater.advise(e);
                    if (rater.stars(e).isEmpty()) {
                        return advice.isEmpty();
                    }
                    Stars now = rater.stars(e).orElseThrow();
                    if (advice.isEmpty()) {
                        return now == Stars.FIVE;
                    }
                    UpgradeAdvice a = advice.get();
                    Scorecard applied = a.applyTo(e);
                    assertThat(rater.stars(applied).orElseThrow().count()).isGreaterThanOrEqualTo(a.target().count());
                    assertThat(applied.total()).isEqualTo(a.total());
                    int k = a.changes().size();
                    if (k <= 3) {
                        assertThat(smallerReaches(rater, e, a)).as("a smaller change reaching %s than %s",
                                a.target(), a.changes()).isEmpty();
                    }
                    return a.target() == now.next().orElseThrow();
                });
    }

    /** Brute force: any change set with fewer criteria, or as many but fewer points, that reaches the target. */
    private static Optional<Map<String, Integer>> smallerReaches(Rater rater, Scorecard e, UpgradeAdvice a) {
        List<SheetCriterion> criteria = e.sheet().criteria();
        return search(rater, e, a, criteria, 0, new LinkedHashMap<>());
    }

    private static Optional<Map<String, Integer>> search(Rater rater, Scorecard e, UpgradeAdvice a,
            List<SheetCriterion> criteria, int from, Map<String, Integer> changes) {
        int k = a.changes().size();
        if (!changes.isEmpty()) {
            try {
                Map<String, Integer> answers = new LinkedHashMap<>(e.answers());
                answers.putAll(changes);
                Scorecard candidate = new Scorecard("P", e.sheet(), "E", answers, Set.of());
                int gain = candidate.total() - e.total();
                boolean smaller = changes.size() < k || gain < a.gain();
                if (smaller && rater.stars(candidate).map(s -> s.count() >= a.target().count()).orElse(false)) {
                    return Optional.of(Map.copyOf(changes));
                }
            } catch (OcopDataException invalid) {
                // not a valid evaluation (e.g. a conditional criterion left unanswered): not a candidate
            }
        }
        if (changes.size() == k || (changes.size() == k - 1 && k > 2)) {
            return Optional.empty();
        }
        for (int i = from; i < criteria.size(); i++) {
            SheetCriterion c = criteria.get(i);
            Integer now = e.answers().get(c.code());
            for (int option = 0; option <= c.options().size(); option++) {
                if (now != null && now == option) {
                    continue;
                }
                changes.put(c.code(), option);
                Optional<Map<String, Integer>> found = search(rater, e, a, criteria, i + 1, changes);
                changes.remove(c.code());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
