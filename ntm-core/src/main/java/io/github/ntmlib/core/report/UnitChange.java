package io.github.ntmlib.core.report;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.locality.Share;
import io.github.ntmlib.core.locality.UnitKind;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * One group of units the lineage matches, with their standing for one standard on each side and
 * what changed: the same unit (possibly renamed, moved or reclassified), a merger (several units
 * before, one after), a split (one before, several after), or several of each when partial shares
 * join them. The change is derived from the standings ({@link #classify}), never given: a merged
 * unit whose predecessors differed is {@link ChangeKind#MIXED}, with each predecessor's standing.
 *
 * @param standard the standard id
 * @param before   the units before, in the earlier evaluation's order; empty for a unit with no
 *                 predecessor
 * @param after    the units after, in the later evaluation's order; empty for a unit with no
 *                 successor
 * @param links    which unit before went into which unit after, wholly or in part
 * @param criteria the criteria whose verdict changed between a unit before and one after (given
 *                 when one side has a single unit and both have a result)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record UnitChange(String standard, List<Member> before, List<Member> after, List<Link> links,
        List<CriterionChange> criteria) {

    /**
     * A unit of the group with its standing.
     *
     * @param code     the unit code
     * @param name     the unit's name on that side
     * @param kind     its kind on that side
     * @param standing its standing for the standard
     */
    public record Member(String code, String name, UnitKind kind, Standing standing) {
        /**
         * Validates the components.
         *
         * @param code     the code
         * @param name     the name
         * @param kind     the kind
         * @param standing the standing
         */
        public Member {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(standing, "standing");
        }
    }

    /**
     * A lineage step between a unit before and a unit after, composed over every reorganisation
     * between the two dates: {@link Share#PARTIAL} if any step took only part of the unit (the
     * lineage gives no fraction, so none is reported).
     *
     * @param from  the unit's code before
     * @param to    the unit's code after
     * @param share whole or part
     */
    public record Link(String from, String to, Share share) {
        /**
         * Validates the components.
         *
         * @param from  the code before
         * @param to    the code after
         * @param share the share
         */
        public Link {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(share, "share");
        }
    }

    /**
     * Validates the components: at least one side has a unit the standard applies to, every link
     * joins a unit before to a unit after, and every unit of a two-sided group is linked.
     *
     * @param standard the standard
     * @param before   the units before
     * @param after    the units after
     * @param links    the links
     * @param criteria the criteria changes
     */
    public UnitChange {
        Objects.requireNonNull(standard, "standard");
        before = List.copyOf(before);
        after = List.copyOf(after);
        links = List.copyOf(links);
        criteria = List.copyOf(criteria);
        Set<String> from = before.stream().map(Member::code).collect(Collectors.toSet());
        Set<String> to = after.stream().map(Member::code).collect(Collectors.toSet());
        if (from.size() != before.size() || to.size() != after.size()) {
            throw new IllegalArgumentException("a unit is listed twice on one side of " + standard);
        }
        Set<String> linkedFrom = new HashSet<>();
        Set<String> linkedTo = new HashSet<>();
        for (Link link : links) {
            if (!from.contains(link.from()) || !to.contains(link.to())) {
                throw new IllegalArgumentException("link " + link + " joins units outside the group");
            }
            linkedFrom.add(link.from());
            linkedTo.add(link.to());
        }
        if (!before.isEmpty() && !after.isEmpty() && (!linkedFrom.equals(from) || !linkedTo.equals(to))) {
            throw new IllegalArgumentException("units of the group are not linked: " + before + " / " + after);
        }
        for (CriterionChange c : criteria) {
            if (!from.contains(c.unitBefore()) || !to.contains(c.unitAfter())) {
                throw new IllegalArgumentException("criterion change " + c + " names units outside the group");
            }
        }
        classify(before, after);
    }

    /**
     * What changed.
     *
     * @return the change, derived from the standings
     */
    public ChangeKind kind() {
        return classify(before, after);
    }

    /**
     * The change of a group from its standings: no unit on one side gives no predecessor or no
     * successor; no unit the standard applies to on one side, newly or no longer applicable; held
     * and not held on one side, mixed; not assessed on either, not assessed; else kept, gained,
     * lost or held by none.
     *
     * @param before the units before
     * @param after  the units after
     * @return the change
     * @throws IllegalArgumentException if neither side has a unit the standard applies to
     */
    public static ChangeKind classify(List<Member> before, List<Member> after) {
        Set<Standing> b = counted(before);
        Set<Standing> a = counted(after);
        if (b.isEmpty() && a.isEmpty()) {
            throw new IllegalArgumentException("the standard applies to no unit of the group");
        }
        if (before.isEmpty()) {
            return ChangeKind.NO_PREDECESSOR;
        }
        if (after.isEmpty()) {
            return ChangeKind.NO_SUCCESSOR;
        }
        if (b.isEmpty()) {
            return ChangeKind.NEWLY_APPLICABLE;
        }
        if (a.isEmpty()) {
            return ChangeKind.NO_LONGER_APPLICABLE;
        }
        if (mixed(b) || mixed(a)) {
            return ChangeKind.MIXED;
        }
        if (b.contains(Standing.NOT_ASSESSED) || a.contains(Standing.NOT_ASSESSED)) {
            return ChangeKind.NOT_ASSESSED;
        }
        boolean heldBefore = b.contains(Standing.HELD);
        boolean heldAfter = a.contains(Standing.HELD);
        if (heldBefore) {
            return heldAfter ? ChangeKind.KEPT : ChangeKind.LOST;
        }
        return heldAfter ? ChangeKind.GAINED : ChangeKind.NOT_HELD;
    }

    private static Set<Standing> counted(List<Member> members) {
        Set<Standing> set = new HashSet<>();
        for (Member m : members) {
            if (m.standing() != Standing.NOT_APPLICABLE) {
                set.add(m.standing());
            }
        }
        return set;
    }

    private static boolean mixed(Set<Standing> standings) {
        return standings.contains(Standing.HELD) && standings.contains(Standing.NOT_HELD);
    }

    /**
     * How many units before held the standard.
     *
     * @return the count
     */
    public int heldBefore() {
        return count(before, Standing.HELD);
    }

    /**
     * How many units after hold the standard.
     *
     * @return the count
     */
    public int heldAfter() {
        return count(after, Standing.HELD);
    }

    /**
     * How many units before the standard applied to.
     *
     * @return the count
     */
    public int countedBefore() {
        return before.size() - count(before, Standing.NOT_APPLICABLE);
    }

    /**
     * How many units after the standard applies to.
     *
     * @return the count
     */
    public int countedAfter() {
        return after.size() - count(after, Standing.NOT_APPLICABLE);
    }

    private static int count(List<Member> members, Standing standing) {
        return (int) members.stream().filter(m -> m.standing() == standing).count();
    }

    /**
     * Whether a unit went only partly into the group (a split): its share is not in the lineage.
     *
     * @return true if a link is partial
     */
    public boolean hasPartialShare() {
        return links.stream().anyMatch(l -> l.share() == Share.PARTIAL);
    }

    /**
     * The same group seen from the other side: before and after swapped, links and criterion
     * changes reversed.
     *
     * @return the mirror group
     */
    public UnitChange reversed() {
        return new UnitChange(standard, after, before,
                links.stream().map(l -> new Link(l.to(), l.from(), l.share())).toList(),
                criteria.stream().map(c -> new CriterionChange(c.unitAfter(), c.unitBefore(), c.criterion(), c.after(),
                        c.before())).toList());
    }

    /**
     * The group in words: the units after (or before, when none is after); for the same unit its
     * standing before and after, for a merger, a split or a change of kind the units on the other
     * side with their standing and share; then the criteria that changed.
     *
     * @param language the language
     * @return e.g. "Xã Thạch Xuân (18301) ← Xã Thạch Xuân (chưa đạt), Xã Thạch Hòa (đạt)"
     */
    public String format(Language language) {
        boolean vi = language == Language.VIETNAMESE;
        List<Member> main = after.isEmpty() ? before : after;
        StringBuilder text = new StringBuilder(main.stream().map(m -> m.name() + " (" + m.code() + ")")
                .collect(Collectors.joining(", ")));
        boolean same = before.size() == 1 && after.size() == 1 && !hasPartialShare()
                && before.get(0).code().equals(after.get(0).code()) && before.get(0).kind() == after.get(0).kind();
        if (!after.isEmpty() && !before.isEmpty() && !same) {
            text.append(" ← ").append(before.stream().map(m -> member(m, true, language))
                    .collect(Collectors.joining(", ")));
            if (after.size() > 1) {
                text.append(vi ? "; sau: " : "; after: ").append(after.stream().map(m -> member(m, false, language))
                        .collect(Collectors.joining(", ")));
            }
        } else if (same) {
            text.append(": ").append(before.get(0).standing().label(language)).append(" → ")
                    .append(after.get(0).standing().label(language));
        } else {
            text.append(" (").append(main.get(0).standing().label(language)).append(')');
        }
        if (hasPartialShare()) {
            text.append(vi ? "; một phần: lịch sử đơn vị không cho biết tỷ lệ" : "; in part: the lineage gives no share");
        }
        for (CriterionChange c : criteria) {
            text.append("; ");
            if (before.size() > 1 || after.size() > 1) {
                text.append(c.unitBefore()).append(" → ").append(c.unitAfter()).append(' ');
            }
            text.append(c.format(language));
        }
        return text.toString();
    }

    private String member(Member m, boolean isBefore, Language language) {
        boolean partial = links.stream().anyMatch(l -> (isBefore ? l.from() : l.to()).equals(m.code())
                && l.share() == Share.PARTIAL);
        return m.name() + " (" + m.code() + ", " + m.kind().label(language) + ", " + m.standing().label(language)
                + (partial ? ", " + Share.PARTIAL.label(language) : "") + ")";
    }
}
