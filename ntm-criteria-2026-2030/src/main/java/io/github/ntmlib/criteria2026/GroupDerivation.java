package io.github.ntmlib.criteria2026;

import io.github.ntmlib.core.criteria.Provenance;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How one commune was placed in a commune group, or why it could not be: the group, the branch of
 * the rule that decided it, the facts read, the facts set aside by the precedence, the facts
 * missing, and the rule's source. Made by {@link CommuneGroups}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GroupDerivation {

    /** The branch of the rule that decided the group. */
    public enum Basis {
        /** Khu vực II or III of the ethnic-minority and mountain area: group 3. */
        AREA_II_III,
        /** Adjacent to an existing urban area and oriented to urbanise: group 1. */
        URBAN_ADJACENT,
        /** Designated a new urban area: group 1. */
        NEW_URBAN_AREA,
        /** Agriculture under 10% of the economy: group 1. */
        AGRICULTURE_UNDER_10_PERCENT,
        /** None of the above, every fact known: group 2. */
        OTHERWISE,
        /** A fact the rule needs is missing: no group. */
        NOT_ASSESSED
    }

    private final String unit;
    private final @Nullable String group;
    private final Basis basis;
    private final List<String> read;
    private final List<String> setAside;
    private final List<String> missing;
    private final CommuneGroups.Precedence precedence;
    private final @Nullable GroupFacts facts;

    GroupDerivation(String unit, @Nullable String group, Basis basis, List<String> read, List<String> setAside,
            List<String> missing, CommuneGroups.Precedence precedence) {
        this(unit, group, basis, read, setAside, missing, precedence, null);
    }

    private GroupDerivation(String unit, @Nullable String group, Basis basis, List<String> read,
            List<String> setAside, List<String> missing, CommuneGroups.Precedence precedence,
            @Nullable GroupFacts facts) {
        this.facts = facts;
        this.unit = Objects.requireNonNull(unit, "unit");
        this.group = group;
        this.basis = Objects.requireNonNull(basis, "basis");
        this.read = List.copyOf(read);
        this.setAside = List.copyOf(setAside);
        this.missing = List.copyOf(missing);
        this.precedence = Objects.requireNonNull(precedence, "precedence");
    }

    /** This derivation with the facts it read, for the traces in either language. */
    GroupDerivation withFacts(GroupFacts read) {
        return new GroupDerivation(unit, group, basis, this.read, setAside, missing, precedence, read);
    }

    /**
     * The commune.
     *
     * @return its code
     */
    public String unit() {
        return unit;
    }

    /**
     * The group: "1", "2" or "3".
     *
     * @return the group, or empty when not assessed (never a default group)
     */
    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    /**
     * The branch that decided the group.
     *
     * @return the basis; {@link Basis#NOT_ASSESSED} when a fact is missing
     */
    public Basis basis() {
        return basis;
    }

    /**
     * The facts read, as text ("area: AREA_III", "agriculture share: 3/40 (7.5%)").
     *
     * @return the facts
     */
    public List<String> read() {
        return read;
    }

    /**
     * Facts that pointed to another group and were set aside by the precedence.
     *
     * @return the facts set aside
     */
    public List<String> setAside() {
        return setAside;
    }

    /**
     * Facts the rule needed and did not have.
     *
     * @return the missing facts; empty when a group was given
     */
    public List<String> missing() {
        return missing;
    }

    /**
     * The precedence applied when facts conflict.
     *
     * @return the precedence
     */
    public CommuneGroups.Precedence precedence() {
        return precedence;
    }

    /**
     * The rule's source.
     *
     * @return Decision 51/2025/QĐ-TTg, as restated in the sources read
     */
    public Provenance provenance() {
        return CommuneGroups.RULE;
    }

    /**
     * One sentence: the group and why.
     *
     * @return the explanation
     */
    public String explain() {
        StringBuilder s = new StringBuilder(unit).append(": ");
        if (group == null) {
            s.append("commune group not assessed: missing ").append(String.join(", ", missing));
        } else {
            s.append("nhóm ").append(group).append(" (group ").append(group).append(") by ").append(basis);
        }
        s.append("; read ").append(String.join(", ", read));
        if (!setAside.isEmpty()) {
            s.append("; set aside by ").append(precedence).append(": ").append(String.join(", ", setAside));
        }
        return s.append(" [").append(provenance()).append("]").toString();
    }

    private static final java.util.Map<Basis, String[]> BASES = java.util.Map.of(
            Basis.AREA_II_III, new String[] {"xã khu vực II, III vùng đồng bào dân tộc thiểu số và miền núi",
                "ethnic-minority and mountain area II or III"},
            Basis.URBAN_ADJACENT, new String[] {"giáp ranh đô thị, định hướng đô thị hóa",
                "adjacent to an urban area, oriented to urbanise"},
            Basis.NEW_URBAN_AREA, new String[] {"quy hoạch đô thị mới", "planned new urban area"},
            Basis.AGRICULTURE_UNDER_10_PERCENT, new String[] {"nông nghiệp dưới 10% cơ cấu kinh tế",
                "agriculture under 10% of the economy"},
            Basis.OTHERWISE, new String[] {"các xã còn lại", "all other communes"},
            Basis.NOT_ASSESSED, new String[] {"chưa xác định", "not assessed"});

    private static final java.util.Map<String, String> MISSING_VI = java.util.Map.of("area",
            "khu vực (I, II, III)", "urban-adjacent", "giáp ranh đô thị", "new urban area", "quy hoạch đô thị mới",
            "agriculture share", "tỷ trọng nông nghiệp", "every fact (none supplied)", "mọi dữ kiện (chưa cung cấp)");

    /**
     * One sentence in a language: the group and the branch that decided it, or what is missing;
     * the facts read, the agriculture share as its decisive comparison ({@code "999/10.000 = 9,99% < 10%"},
     * see {@link CommuneGroups#agricultureComparison}); facts set aside; the rule's source.
     *
     * @param language the language
     * @return the explanation
     */
    public String explain(io.github.ntmlib.base.Language language) {
        boolean vi = language == io.github.ntmlib.base.Language.VIETNAMESE;
        int l = vi ? 0 : 1;
        StringBuilder s = new StringBuilder(unit).append(": ");
        if (group == null) {
            s.append(vi ? "chưa xác định nhóm xã, thiếu: " : "commune group not assessed, missing: ")
                    .append(String.join(", ", missing.stream().map(m -> vi ? MISSING_VI.getOrDefault(m, m) : m)
                            .toList()));
        } else {
            s.append(vi ? "nhóm " : "group ").append(group).append(" — ").append(label(basis, l));
        }
        GroupFacts f = facts;
        if (f != null) {
            s.append(vi ? "; dữ kiện: khu vực " : "; facts: area ").append(area(f.area(), vi))
                    .append(vi ? ", giáp ranh đô thị " : ", urban-adjacent ").append(fact(f.urbanAdjacent(), vi))
                    .append(vi ? ", đô thị mới " : ", new urban area ").append(fact(f.newUrbanArea(), vi))
                    .append(vi ? ", tỷ trọng nông nghiệp " : ", agriculture share ")
                    .append(f.agricultureShare().map(x -> CommuneGroups.agricultureComparison(x, language))
                            .orElse(vi ? "chưa rõ" : "unknown"))
                    .append(vi ? ", nguồn: " : ", source: ").append(f.source());
        }
        if (!setAside.isEmpty()) {
            s.append(vi ? "; gác lại theo thứ tự ưu tiên " : "; set aside by precedence ")
                    .append(precedence == CommuneGroups.Precedence.AREA_FIRST ? (vi ? "khu vực trước" : "area first")
                            : (vi ? "đô thị trước" : "urban first")).append(": ")
                    .append(String.join(", ", setAside(language)));
        }
        return s.append(" [").append(provenance().cite(language)).append("]").toString();
    }

    /**
     * The facts set aside by the precedence, named in a language.
     *
     * @param language the language
     * @return e.g. "nông nghiệp dưới 10% cơ cấu kinh tế (nhóm 1)"
     */
    public List<String> setAside(io.github.ntmlib.base.Language language) {
        int l = language == io.github.ntmlib.base.Language.VIETNAMESE ? 0 : 1;
        return setAside.stream().map(a -> setAside(a, l) + (l == 0 ? " (nhóm 1)" : " (group 1)")).toList();
    }

    /**
     * The facts the rule needs that are missing, named in a language.
     *
     * @param language the language
     * @return e.g. "khu vực (I, II, III)"
     */
    public List<String> missing(io.github.ntmlib.base.Language language) {
        boolean vi = language == io.github.ntmlib.base.Language.VIETNAMESE;
        return missing.stream().map(m -> vi ? MISSING_VI.getOrDefault(m, m) : m).toList();
    }

    /**
     * The branch that decided the group, in words.
     *
     * @param language the language
     * @return e.g. "nông nghiệp dưới 10% cơ cấu kinh tế", "all other communes", "not assessed"
     */
    public String basisLabel(io.github.ntmlib.base.Language language) {
        return label(basis, language == io.github.ntmlib.base.Language.VIETNAMESE ? 0 : 1);
    }

    private static String label(Basis b, int l) {
        return java.util.Objects.requireNonNull(BASES.get(b), "every basis has labels")[l];
    }

    private static String setAside(String text, int l) {
        for (Basis b : Basis.values()) {
            if (text.startsWith(b.name() + " ")) {
                return label(b, l);
            }
        }
        return text;
    }

    private static String area(GroupFacts.Area area, boolean vi) {
        switch (area) {
            case AREA_I:
                return "I";
            case AREA_II:
                return "II";
            case AREA_III:
                return "III";
            case NOT_IN_AREA:
                return vi ? "ngoài vùng" : "not in the area";
            default:
                return vi ? "chưa rõ" : "unknown";
        }
    }

    private static String fact(GroupFacts.Fact fact, boolean vi) {
        return fact == GroupFacts.Fact.YES ? (vi ? "có" : "yes") : fact == GroupFacts.Fact.NO ? (vi ? "không" : "no")
                : (vi ? "chưa rõ" : "unknown");
    }

    @Override
    public String toString() {
        return explain();
    }
}
