package io.github.ntmlib.core.report;

import io.github.ntmlib.base.Figures;

import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.locality.UnitKind;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * How many units of some kinds under a parent hold a standard: counted by official recognition
 * and by computed attainment, side by side.
 *
 * @param parent      the parent unit code
 * @param standard    the standard id
 * @param kinds       the kinds counted
 * @param scope       children only, or all descendants
 * @param total       the units counted
 * @param recognised  those with a recognition in force (official)
 * @param attained    those whose computed attainment is met
 * @param notAssessed those whose computed attainment is not assessed
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Tally(String parent, String standard, Set<UnitKind> kinds, Scope scope, int total, int recognised,
        int attained, int notAssessed) {

    /** Which units under the parent are counted. */
    public enum Scope {
        /** The units directly under the parent. */
        CHILDREN,
        /** Every unit below the parent. */
        DESCENDANTS
    }

    /**
     * Validates the components.
     *
     * @param parent      the parent
     * @param standard    the standard
     * @param kinds       the kinds
     * @param scope       the scope
     * @param total       the total
     * @param recognised  the recognised count
     * @param attained    the attained count
     * @param notAssessed the not assessed count
     */
    public Tally {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(standard, "standard");
        kinds = Set.copyOf(kinds);
        Objects.requireNonNull(scope, "scope");
        if (total < 0 || recognised < 0 || attained < 0 || notAssessed < 0 || recognised > total
                || attained + notAssessed > total) {
            throw new IllegalArgumentException("inconsistent tally " + recognised + "/" + attained + "/" + notAssessed
                    + " of " + total);
        }
    }

    /**
     * The count in a mode.
     *
     * @param mode official or computed
     * @return the units holding the standard in that mode
     */
    public int count(CountingMode mode) {
        return mode == CountingMode.OFFICIAL ? recognised : attained;
    }

    /**
     * The tally as a report prints it: "69/169 xã đạt chuẩn NTM nâng cao (đạt 40,8%)" in
     * Vietnamese, "69/169 communes meet NTM nâng cao (40.8%)" in English.
     *
     * @param mode          the count to print
     * @param standardLabel the standard's name in the locale's language, e.g. "NTM nâng cao"
     * @param decimals      the most digits of the percentage
     * @param locale        {@link Figures#VI} or an English locale
     * @return the sentence
     */
    public String format(CountingMode mode, String standardLabel, int decimals, Locale locale) {
        boolean vi = "vi".equals(locale.getLanguage());
        String kindText = kinds.stream().sorted().map(k -> vi ? k.vietnamese() : k.english() + "s")
                .collect(Collectors.joining("/"));
        String counts = Figures.format(count(mode), locale) + "/" + Figures.format(total, locale);
        String share = total == 0 ? "" : " (" + (vi ? "đạt " : "") + Figures.formatPercent(count(mode), total, decimals,
                locale) + ")";
        if (!vi) {
            return counts + " " + kindText + (mode == CountingMode.OFFICIAL ? " recognised as " : " meet ")
                    + standardLabel + share;
        }
        return counts + " " + kindText + (mode == CountingMode.OFFICIAL ? " được công nhận" : "")
                + predicate(standardLabel) + share;
    }

    /** The most words of a kind phrase ("Thị xã, thành phố thuộc tỉnh") that a standard's name begins with. */
    private static final int KIND_WORDS = 6;

    /**
     * What a Vietnamese sentence says the units counted do, from a standard's name, so that the
     * name's own kind and verb are not said twice ("1/3 xã đạt chuẩn nông thôn mới", never "1/3 xã
     * đạt chuẩn Xã đạt chuẩn nông thôn mới"): a short name ("NTM nâng cao") follows "đạt chuẩn"; a
     * name "<kind> đạt chuẩn …" or "<kind> hoàn thành …" gives its own verb and what follows it; a
     * name of conditions ("Điều kiện …") is met ("đáp ứng điều kiện …"); any other full name
     * follows a colon.
     */
    static String predicate(String label) {
        String lower = label.toLowerCase(Figures.VI);
        if (lower.startsWith("điều kiện")) {
            return " đáp ứng " + lower.charAt(0) + label.substring(1);
        }
        for (String verb : new String[] {" đạt chuẩn ", " hoàn thành "}) {
            int at = lower.indexOf(verb);
            if (at > 0 && label.substring(0, at).split("\\s+").length <= KIND_WORDS) {
                return verb + label.substring(at + verb.length());
            }
        }
        boolean name = !label.isEmpty() && Character.isUpperCase(label.charAt(0)) && label.contains(" ")
                && !label.startsWith("NTM");
        return name ? ": " + label : " đạt chuẩn " + label;
    }
}
