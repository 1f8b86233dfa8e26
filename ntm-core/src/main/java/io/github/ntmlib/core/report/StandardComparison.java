package io.github.ntmlib.core.report;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.locality.UnitKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * One standard across two evaluations: how many units held it on each date (of how many it applied
 * to), exact shares, and every group of matched units with what changed. The counts are derived
 * from the groups, which cover every unit of both evaluations the standard applies to, each once.
 *
 * @param standard the standard id
 * @param labels   the standard's names
 * @param changes  the groups, in the later evaluation's order (groups with no unit after last, in
 *                 the earlier one's order)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StandardComparison(String standard, Labels labels, List<UnitChange> changes) {

    /**
     * Validates the components: every group is of this standard and no unit is in two groups.
     *
     * @param standard the standard
     * @param labels   the names
     * @param changes  the groups
     */
    public StandardComparison {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(labels, "labels");
        changes = List.copyOf(changes);
        java.util.Set<String> before = new java.util.HashSet<>();
        java.util.Set<String> after = new java.util.HashSet<>();
        for (UnitChange c : changes) {
            if (!c.standard().equals(standard)) {
                throw new IllegalArgumentException("a group of " + c.standard() + " among those of " + standard);
            }
            c.before().forEach(m -> {
                if (!before.add(m.code())) {
                    throw new IllegalArgumentException("unit " + m.code() + " is in two groups of " + standard);
                }
            });
            c.after().forEach(m -> {
                if (!after.add(m.code())) {
                    throw new IllegalArgumentException("unit " + m.code() + " is in two groups of " + standard);
                }
            });
        }
    }

    /**
     * How many units held the standard on the earlier date.
     *
     * @return the count
     */
    public int before() {
        return changes.stream().mapToInt(UnitChange::heldBefore).sum();
    }

    /**
     * How many units hold the standard on the later date.
     *
     * @return the count
     */
    public int after() {
        return changes.stream().mapToInt(UnitChange::heldAfter).sum();
    }

    /**
     * How many units the standard applied to on the earlier date.
     *
     * @return the count
     */
    public int totalBefore() {
        return changes.stream().mapToInt(UnitChange::countedBefore).sum();
    }

    /**
     * How many units the standard applies to on the later date.
     *
     * @return the count
     */
    public int totalAfter() {
        return changes.stream().mapToInt(UnitChange::countedAfter).sum();
    }

    /**
     * The change in the number of units holding it: after minus before.
     *
     * @return e.g. 6 for "tăng 6 xã"
     */
    public int change() {
        return after() - before();
    }

    /**
     * The exact share holding it on the earlier date.
     *
     * @return held / applicable, or empty when it applied to no unit
     */
    public Optional<Fraction> shareBefore() {
        int total = totalBefore();
        return total == 0 ? Optional.empty() : Optional.of(Fraction.of(before(), total));
    }

    /**
     * The exact share holding it on the later date.
     *
     * @return held / applicable, or empty when it applies to no unit
     */
    public Optional<Fraction> shareAfter() {
        int total = totalAfter();
        return total == 0 ? Optional.empty() : Optional.of(Fraction.of(after(), total));
    }

    /**
     * The groups of one kind of change.
     *
     * @param kind the change
     * @return the groups, in order
     */
    public List<UnitChange> changes(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /**
     * How many groups have a kind of change (for a group of one unit on each side, units).
     *
     * @param kind the change
     * @return the count
     */
    public int count(ChangeKind kind) {
        return (int) changes.stream().filter(c -> c.kind() == kind).count();
    }

    /**
     * The kinds of the units counted, on both sides.
     *
     * @return the kinds
     */
    public Set<UnitKind> kinds() {
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        for (UnitChange c : changes) {
            for (List<UnitChange.Member> side : List.of(c.before(), c.after())) {
                side.stream().filter(m -> m.standing() != Standing.NOT_APPLICABLE).forEach(m -> kinds.add(m.kind()));
            }
        }
        return kinds;
    }

    /**
     * The same standard seen from the other side.
     *
     * @return before and after swapped in every group
     */
    public StandardComparison reversed() {
        return new StandardComparison(standard, labels, changes.stream().map(UnitChange::reversed).toList());
    }

    /**
     * The counts as a report line: "Xã đạt chuẩn NTM: 120/171 xã (đạt 70,2%) năm 2025, tăng 6 xã so
     * với năm 2024 (114/182 xã, đạt 62,6%)"; "commune NTM: 120/171 communes (70.2%) in 2025, up 6
     * communes from 2024 (114/182 communes, 62.6%)". Years name the dates when they differ, else the
     * dates are written out (dd/MM/yyyy in Vietnamese). When no unit is left that the standard applies
     * to (huyện NTM after the districts were abolished), the line says so with the earlier counts.
     *
     * @param language  the language
     * @param earlier   the earlier evaluation's date
     * @param later     the later evaluation's date
     * @param decimals  the most digits of the percentages
     * @return the line
     */
    public String format(Language language, java.time.LocalDate earlier, java.time.LocalDate later, int decimals) {
        boolean vi = language == Language.VIETNAMESE;
        boolean years = earlier.getYear() != later.getYear();
        String whenAfter = years ? (vi ? "năm " : "in ") + later.getYear()
                : (vi ? "ngày " : "on ") + language.format(later);
        String whenBefore = years ? (vi ? "năm " : "") + earlier.getYear() : (vi ? "ngày " : "") + language.format(earlier);
        String shareAfter = percent(after(), totalAfter(), language, decimals);
        String shareBefore = percent(before(), totalBefore(), language, decimals);
        String countsBefore = counts(before(), totalBefore(), language) + (shareBefore.isEmpty() ? "" : ", "
                + shareBefore);
        if (totalAfter() == 0) {
            return labels.in(language) + (vi ? ": không còn đơn vị nào thuộc diện áp dụng " : ": no unit it applies to ")
                    + whenAfter + " (" + (years ? (vi ? "năm " : "") + earlier.getYear() : language.format(earlier))
                    + ": " + countsBefore + ")";
        }
        int change = change();
        String delta;
        if (change == 0) {
            delta = vi ? "không đổi so với " + whenBefore : "unchanged from " + whenBefore;
        } else {
            int n = Math.abs(change);
            delta = (vi ? (change > 0 ? "tăng " : "giảm ") : (change > 0 ? "up " : "down ")) + Figures.format(n,
                    language.locale()) + " " + kindWord(language, n) + (vi ? " so với " : " from ") + whenBefore;
        }
        return labels.in(language) + ": " + counts(after(), totalAfter(), language) + " (" + shareAfter + ") "
                + whenAfter + ", " + delta + " (" + countsBefore + ")";
    }

    private String counts(int held, int total, Language language) {
        return Figures.format(held, language.locale()) + "/" + Figures.format(total, language.locale()) + " "
                + kindWord(language, total);
    }

    private static String percent(int held, int total, Language language, int decimals) {
        return total == 0 ? "" : (language == Language.VIETNAMESE ? "đạt " : "") + Figures.formatPercent(held, total,
                decimals, language.locale());
    }

    /** "xã", "communes"; kinds joined by "/". */
    String kindWord(Language language, long count) {
        Set<UnitKind> kinds = kinds();
        if (kinds.isEmpty()) {
            return language == Language.VIETNAMESE ? "đơn vị" : count == 1 ? "unit" : "units";
        }
        return kinds.stream().sorted().map(k -> language == Language.VIETNAMESE ? k.vietnamese()
                : count == 1 ? k.english() : plural(k.english())).collect(Collectors.joining("/"));
    }

    private static String plural(String word) {
        return word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies" : word + "s";
    }
}
