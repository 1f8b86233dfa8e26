package io.github.ntmlib.core.report;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.UnknownStandardException;
import io.github.ntmlib.core.locality.LocalityHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Two evaluations compared, year over year (so sánh kết quả giữa hai thời điểm), of the same or of
 * different snapshots: per standard, how many units held it on each date and, for every group of
 * units the lineage matches, what changed (gained, lost, kept, held by neither, newly or no longer
 * applicable, not assessed on one side, mixed), with the criteria whose verdict changed; and the
 * later result against targets. A self-contained value: it keeps the facts, not the evaluations, and
 * round-trips through {@code ComparisonJson} ({@code ntm.comparison/1}).
 *
 * <p><b>The same unit across a reorganisation.</b> A unit after is matched with the units before
 * that the lineage ({@link LocalityHistory}) joins it to: the same code continued (renamed, moved
 * or reclassified: a unit unchanged keeps its code), and the mergers and splits within one level,
 * the links {@link StatusCarrier} follows for carry-over. Matched units form groups (one before
 * and one after; several merged into one; one split into several; or several of each when partial
 * shares join them), and the change is decided per group and standard from every member's
 * standing ({@link UnitChange#classify}): a merged commune whose predecessors differed is reported
 * as {@link ChangeKind#MIXED} with each predecessor's standing, never decided either way; a unit
 * that went only partly into another is marked {@link io.github.ntmlib.core.locality.Share#PARTIAL},
 * and since the lineage gives no fraction none is reported. Only the units a standard applies to
 * are counted; a xã become a phường leaves commune NTM ({@link ChangeKind#NO_LONGER_APPLICABLE}).
 *
 * <p>Held means recognised when the evaluations count officially, met when they count computed
 * attainment; both evaluations must count the same way.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class EvaluationComparison {

    /**
     * One evaluation compared: its date, the snapshot's date, the criteria set and data year.
     *
     * @param asOf        the evaluation date
     * @param snapshot    the date of the snapshot evaluated
     * @param criteriaSet the criteria set id
     * @param dataYear    the data year
     */
    public record Side(LocalDate asOf, LocalDate snapshot, String criteriaSet, int dataYear) {
        /**
         * Validates the components.
         *
         * @param asOf        the date
         * @param snapshot    the snapshot's date
         * @param criteriaSet the set id
         * @param dataYear    the data year
         */
        public Side {
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(snapshot, "snapshot");
            Objects.requireNonNull(criteriaSet, "criteriaSet");
        }

        static Side of(Evaluation e) {
            return new Side(e.request().asOf(), e.snapshot().date(), e.criteriaSet().id(), e.request().dataYear());
        }
    }

    private final Side earlier;
    private final Side later;
    private final CountingMode counting;
    private final List<StandardComparison> standards;
    private final Map<String, Labels> onlyEarlier;
    private final Map<String, Labels> onlyLater;
    private final List<TargetStatus> targets;

    private EvaluationComparison(Side earlier, Side later, CountingMode counting, List<StandardComparison> standards,
            Map<String, Labels> onlyEarlier, Map<String, Labels> onlyLater, List<TargetStatus> targets) {
        this.earlier = Objects.requireNonNull(earlier, "earlier");
        this.later = Objects.requireNonNull(later, "later");
        this.counting = Objects.requireNonNull(counting, "counting");
        this.standards = List.copyOf(standards);
        this.onlyEarlier = Collections.unmodifiableMap(new LinkedHashMap<>(onlyEarlier));
        this.onlyLater = Collections.unmodifiableMap(new LinkedHashMap<>(onlyLater));
        this.targets = List.copyOf(targets);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (StandardComparison s : this.standards) {
            if (!ids.add(s.standard()) || onlyEarlier.containsKey(s.standard()) || onlyLater.containsKey(s.standard())) {
                throw new IllegalArgumentException("standard " + s.standard() + " is listed twice");
            }
        }
        for (TargetStatus t : this.targets) {
            StandardComparison s = standard(t.standard()).orElseThrow(() -> new IllegalArgumentException(
                    "a target for " + t.standard() + ", which is not compared"));
            if (t.measure() != TargetStatus.Measure.PLAN && (t.total() != s.totalAfter() || t.actual() != s.after())) {
                throw new IllegalArgumentException("target of " + t.standard() + " counts " + t.actual() + "/" + t.total()
                        + ", the comparison " + s.after() + "/" + s.totalAfter());
            }
        }
    }

    /**
     * Compares two evaluations of the same snapshot (two data years on one hierarchy).
     *
     * @param earlier the earlier evaluation
     * @param later   the later evaluation
     * @return the comparison
     * @throws IllegalArgumentException if the snapshots differ (give the lineage) or the evaluations
     *                                  count differently
     */
    public static EvaluationComparison of(Evaluation earlier, Evaluation later) {
        if (!earlier.snapshot().equals(later.snapshot())) {
            throw new IllegalArgumentException("the evaluations of " + earlier.request().asOf() + " and "
                    + later.request().asOf() + " are of different snapshots: compare them with the lineage");
        }
        return of(earlier, later, LocalityHistory.of(later.snapshot()));
    }

    /**
     * Compares two evaluations through the lineage of their units.
     *
     * @param earlier the earlier evaluation (the one compared against; it may also be the later in
     *                time, for a comparison backwards)
     * @param later   the later evaluation
     * @param history a history holding both evaluations' snapshot dates and the reorganisations
     *                between them
     * @return the comparison, of the standards both criteria sets define (those of one set only are
     *         listed by {@link #onlyEarlier()} and {@link #onlyLater()})
     * @throws IllegalArgumentException if the evaluations count differently
     * @throws io.github.ntmlib.base.InvalidDataException if the lineage joins a unit to one that is not
     *                                  in the earlier evaluation
     * @throws io.github.ntmlib.core.locality.UnknownUnitException if a unit of the later evaluation
     *                                  is not in the history on its snapshot's date
     * @throws io.github.ntmlib.core.locality.HierarchyException if a date is before the history
     */
    public static EvaluationComparison of(Evaluation earlier, Evaluation later, LocalityHistory history) {
        Objects.requireNonNull(history, "history");
        CountingMode mode = later.request().counting();
        if (earlier.request().counting() != mode) {
            throw new IllegalArgumentException("the evaluations count differently: " + earlier.request().counting()
                    + " and " + mode);
        }
        List<Standard> common = new ArrayList<>();
        Map<String, Labels> onlyLater = new LinkedHashMap<>();
        for (Standard s : later.criteriaSet().standards()) {
            if (earlier.criteriaSet().standard(s.id()).isPresent()) {
                common.add(s);
            } else {
                onlyLater.put(s.id(), s.labels());
            }
        }
        Map<String, Labels> onlyEarlier = new LinkedHashMap<>();
        for (Standard s : earlier.criteriaSet().standards()) {
            if (later.criteriaSet().standard(s.id()).isEmpty()) {
                onlyEarlier.put(s.id(), s.labels());
            }
        }
        return new EvaluationComparison(Side.of(earlier), Side.of(later), mode,
                LineageMatch.compare(earlier, later, history, mode, common), onlyEarlier, onlyLater, List.of());
    }

    /**
     * Rebuilds a comparison from stored facts (for readers of stored comparisons).
     *
     * @param earlier     the earlier side
     * @param later       the later side
     * @param counting    how held was counted
     * @param standards   the standards compared
     * @param onlyEarlier the standards of the earlier set only, with their names
     * @param onlyLater   the standards of the later set only, with their names
     * @param targets     the targets
     * @return the comparison
     * @throws IllegalArgumentException if a standard is listed twice or a target does not fit its standard
     */
    public static EvaluationComparison restore(Side earlier, Side later, CountingMode counting,
            List<StandardComparison> standards, Map<String, Labels> onlyEarlier, Map<String, Labels> onlyLater,
            List<TargetStatus> targets) {
        return new EvaluationComparison(earlier, later, counting, standards, onlyEarlier, onlyLater, targets);
    }

    /**
     * The earlier evaluation compared.
     *
     * @return its side
     */
    public Side earlier() {
        return earlier;
    }

    /**
     * The later evaluation compared.
     *
     * @return its side
     */
    public Side later() {
        return later;
    }

    /**
     * How held was counted: recognition (official) or computed attainment.
     *
     * @return the mode
     */
    public CountingMode counting() {
        return counting;
    }

    /**
     * The standards compared, in the later set's order.
     *
     * @return the standards
     */
    public List<StandardComparison> standards() {
        return standards;
    }

    /**
     * A standard compared.
     *
     * @param id the standard id
     * @return the standard, or empty if not compared
     */
    public Optional<StandardComparison> standard(String id) {
        return standards.stream().filter(s -> s.standard().equals(id)).findFirst();
    }

    private StandardComparison require(String id) {
        return standard(id).orElseThrow(() -> new UnknownStandardException(id, later.criteriaSet()));
    }

    /**
     * The standards of the earlier criteria set only: not compared.
     *
     * @return id to names
     */
    public Map<String, Labels> onlyEarlier() {
        return onlyEarlier;
    }

    /**
     * The standards of the later criteria set only: not compared.
     *
     * @return id to names
     */
    public Map<String, Labels> onlyLater() {
        return onlyLater;
    }

    /**
     * The targets the later result is measured against.
     *
     * @return the targets, in the order added
     */
    public List<TargetStatus> targets() {
        return targets;
    }

    /**
     * This comparison with a target added.
     *
     * @param target the target; for a share or count, made from this comparison's standard
     * @return the comparison
     * @throws IllegalArgumentException if the standard is not compared, or the target counts differently
     */
    public EvaluationComparison withTarget(TargetStatus target) {
        List<TargetStatus> list = new ArrayList<>(targets);
        list.add(Objects.requireNonNull(target, "target"));
        return new EvaluationComparison(earlier, later, counting, standards, onlyEarlier, onlyLater, list);
    }

    /**
     * This comparison with a share target: at least {@code share} of the units the standard applies
     * to hold it on the later date.
     *
     * @param standard the standard id
     * @param share    the share, between 0 and 1
     * @return the comparison
     * @throws UnknownStandardException if the standard is not compared
     */
    public EvaluationComparison withShareTarget(String standard, io.github.ntmlib.base.Fraction share) {
        return withTarget(TargetStatus.share(require(standard), share));
    }

    /**
     * This comparison with a count target: at least {@code units} units hold the standard on the later date.
     *
     * @param standard the standard id
     * @param units    the number of units, above 0
     * @return the comparison
     * @throws UnknownStandardException if the standard is not compared
     */
    public EvaluationComparison withCountTarget(String standard, int units) {
        return withTarget(TargetStatus.count(require(standard), units));
    }

    /**
     * The comparison the other way round: sides swapped, gains become losses and newly applicable
     * becomes no longer applicable; targets, measured on the later side, are dropped.
     *
     * @return the reversed comparison
     */
    public EvaluationComparison reversed() {
        return new EvaluationComparison(later, earlier, counting,
                standards.stream().map(StandardComparison::reversed).toList(), onlyLater, onlyEarlier, List.of());
    }

    /**
     * The report lines: a heading, one line per standard ("tăng 6 xã so với năm 2024"), the standards that
     * apply to no unit on either date, the standards of one set only, and the targets.
     *
     * @param language the language
     * @return the lines
     */
    public List<String> lines(Language language) {
        boolean vi = language == Language.VIETNAMESE;
        List<String> lines = new ArrayList<>();
        lines.add((vi ? "So sánh kết quả ngày " : "Results of ") + language.format(later.asOf())
                + (vi ? " với ngày " : " compared with ") + language.format(earlier.asOf()) + " (" + counting.label(language)
                + ")");
        List<String> none = new ArrayList<>();
        for (StandardComparison s : standards) {
            if (s.totalBefore() == 0 && s.totalAfter() == 0) {
                none.add(s.labels().in(language));
            } else {
                lines.add("  " + s.format(language, earlier.asOf(), later.asOf(), 1));
            }
        }
        if (!none.isEmpty()) {
            lines.add((vi ? "  Không áp dụng cho đơn vị nào ở cả hai thời điểm: " : "  Applying to no unit on either date: ")
                    + String.join(", ", none));
        }
        if (!onlyEarlier.isEmpty() || !onlyLater.isEmpty()) {
            List<String> names = new ArrayList<>();
            onlyEarlier.values().forEach(l -> names.add(l.in(language)));
            onlyLater.values().forEach(l -> names.add(l.in(language)));
            lines.add((vi ? "  Không so sánh (chỉ có ở một bộ tiêu chí): " : "  Not compared (in one criteria set only): ")
                    + String.join(", ", names));
        }
        for (TargetStatus t : targets) {
            StandardComparison s = require(t.standard());
            lines.add("  " + t.format(language, s.labels().in(language), s.kindWord(language, 2)));
        }
        return lines;
    }

    /**
     * The report: {@link #lines} then, per standard, every group that is not the same unit holding or
     * lacking the standard on both dates: gains, losses, mixed groups with each unit's standing,
     * applicability changes, units not assessed, with the criteria that changed.
     *
     * @param language the language
     * @return the text, lines separated by '\n'
     */
    public String text(Language language) {
        List<String> lines = new ArrayList<>(lines(language));
        for (StandardComparison s : standards) {
            boolean heading = false;
            for (ChangeKind kind : ChangeKind.values()) {
                List<UnitChange> changes = s.changes(kind);
                if (changes.isEmpty() || kind == ChangeKind.KEPT || kind == ChangeKind.NOT_HELD) {
                    continue;
                }
                if (!heading) {
                    lines.add("");
                    lines.add(s.labels().in(language) + ":");
                    heading = true;
                }
                lines.add("  " + kind.label(language) + " (" + changes.size() + "):");
                changes.forEach(c -> lines.add("    " + c.format(language)));
            }
        }
        return String.join("\n", lines);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EvaluationComparison)) {
            return false;
        }
        EvaluationComparison c = (EvaluationComparison) o;
        return earlier.equals(c.earlier) && later.equals(c.later) && counting == c.counting
                && standards.equals(c.standards) && onlyEarlier.equals(c.onlyEarlier) && onlyLater.equals(c.onlyLater)
                && targets.equals(c.targets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(earlier, later, counting, standards, targets);
    }

    @Override
    public String toString() {
        return "EvaluationComparison[" + earlier.asOf() + " → " + later.asOf() + ", " + standards.size() + " standards]";
    }
}
