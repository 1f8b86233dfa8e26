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

    GroupDerivation(String unit, @Nullable String group, Basis basis, List<String> read, List<String> setAside,
            List<String> missing, CommuneGroups.Precedence precedence) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.group = group;
        this.basis = Objects.requireNonNull(basis, "basis");
        this.read = List.copyOf(read);
        this.setAside = List.copyOf(setAside);
        this.missing = List.copyOf(missing);
        this.precedence = Objects.requireNonNull(precedence, "precedence");
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

    @Override
    public String toString() {
        return explain();
    }
}
