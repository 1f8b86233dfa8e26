package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Level;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A standard a unit can attain (mức đạt chuẩn): commune NTM, NTM nâng cao, kiểu mẫu, district
 * NTM, đô thị văn minh, province "hoàn thành nhiệm vụ". It applies to some unit kinds, may nest in
 * another standard (kiểu mẫu needs nâng cao needs NTM), and is attained when the standard it
 * nests in is attained and all its criteria — indicator criteria, aggregate conditions over units
 * below, recognition conditions — are met.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Standard {

    private final String id;
    private final Labels labels;
    private final Set<UnitKind> appliesTo;
    private final @Nullable String nestedIn;
    private final List<Criterion> criteria;
    private final Provenance provenance;
    private final Subdivision subdivision;

    private Standard(String id, Labels labels, Set<UnitKind> appliesTo, Optional<String> nestedIn,
            List<Criterion> criteria, Provenance provenance, Subdivision subdivision) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subdivision, "subdivision");
        Objects.requireNonNull(labels, "labels");
        appliesTo = Set.copyOf(appliesTo);
        Objects.requireNonNull(nestedIn, "nestedIn");
        criteria = List.copyOf(criteria);
        Objects.requireNonNull(provenance, "provenance");
        if (appliesTo.isEmpty()) {
            throw new IllegalArgumentException("standard " + id + " applies to no kind of unit");
        }
        Set<String> codes = new HashSet<>();
        for (Criterion c : criteria) {
            if (!codes.add(c.code())) {
                throw new IllegalArgumentException("standard " + id + " has two criteria coded " + c.code());
            }
        }
        if (nestedIn.filter(id::equals).isPresent()) {
            throw new IllegalArgumentException("standard " + id + " cannot nest in itself");
        }
        this.id = id;
        this.labels = labels;
        this.appliesTo = appliesTo;
        this.nestedIn = nestedIn.orElse(null);
        this.criteria = criteria;
        this.provenance = provenance;
        this.subdivision = subdivision;
    }

    /**
     * Standard, validated.
     *
     * @param id the id
     * @param labels the labels
     * @param appliesTo the applies to
     * @param nestedIn the nested in
     * @param criteria the criteria
     * @param provenance the provenance
     * @return the standard
     */
    public static Standard of(String id, Labels labels, Set<UnitKind> appliesTo, Optional<String> nestedIn,
            List<Criterion> criteria, Provenance provenance) {
        return new Standard(id, labels, appliesTo, nestedIn, criteria, provenance, Subdivision.ANY);
    }

    /**
     * This standard applying only to units divided as given, beside their kind.
     *
     * @param value the subdivision condition
     * @return a new standard
     */
    public Standard withSubdivision(Subdivision value) {
        return new Standard(id, labels, appliesTo, Optional.ofNullable(nestedIn), criteria, provenance, value);
    }

    /**
     * The subdivision condition: {@link Subdivision#ANY} unless the standard depends on the units a
     * unit is divided into.
     *
     * @return the condition
     */
    public Subdivision subdivision() {
        return subdivision;
    }

    /**
     * Whether a unit of a snapshot is judged against this standard: its kind is one the standard
     * applies to, and it is divided as the standard's {@link #subdivision()} requires.
     *
     * @param unit     the unit
     * @param snapshot the snapshot it belongs to
     * @return true if it applies
     */
    public boolean appliesTo(AdminUnit unit, Snapshot snapshot) {
        return appliesTo(unit.kind()) && (subdivision == Subdivision.ANY
                || subdivision.admits(hasCommunes(unit, snapshot)));
    }

    /**
     * Whether a commune-level unit sits directly under a unit.
     *
     * @param unit     the unit
     * @param snapshot its snapshot
     * @return true if it has one
     */
    public static boolean hasCommunes(AdminUnit unit, Snapshot snapshot) {
        for (AdminUnit child : snapshot.children(unit.code())) {
            if (child.level() == Level.COMMUNE) {
                return true;
            }
        }
        return false;
    }

    /**
     * A stable id, e.g. "commune-ntm".
     *
     * @return a stable id, e.g. "commune-ntm"
     */
    public String id() {
        return id;
    }

    /**
     * The names.
     *
     * @return the names
     */
    public Labels labels() {
        return labels;
    }

    /**
     * The unit kinds judged against it; others are never judged.
     *
     * @return the unit kinds judged against it; others are never judged
     */
    public Set<UnitKind> appliesTo() {
        return appliesTo;
    }

    /**
     * The id of the standard it requires, if any.
     *
     * @return the id of the standard it requires, if any
     */
    public Optional<String> nestedIn() {
        return Optional.ofNullable(nestedIn);
    }

    /**
     * The criteria, in the legal text's order, codes unique.
     *
     * @return the criteria, in the legal text's order, codes unique
     */
    public List<Criterion> criteria() {
        return criteria;
    }

    /**
     * The legal source.
     *
     * @return the legal source
     */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * Whether a unit kind is judged against this standard.
     *
     * @param kind a kind
     * @return true if it applies
     */
    public boolean appliesTo(UnitKind kind) {
        return appliesTo.contains(kind);
    }

    /**
     * The criterion with a code.
     *
     * @param code the code
     * @return the criterion, or empty
     */
    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }


    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Standard)) {
            return false;
        }
        Standard o = (Standard) other;
        return Objects.equals(id, o.id)
                && Objects.equals(labels, o.labels)
                && Objects.equals(appliesTo, o.appliesTo)
                && Objects.equals(nestedIn, o.nestedIn)
                && Objects.equals(criteria, o.criteria)
                && Objects.equals(provenance, o.provenance)
                && subdivision == o.subdivision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, labels, appliesTo, nestedIn, criteria, provenance, subdivision);
    }

    @Override
    public String toString() {
        return "Standard[" + "id=" + id + ", " + "labels=" + labels + ", " + "appliesTo=" + appliesTo
                + ", " + "nestedIn=" + nestedIn + ", " + "criteria=" + criteria
                + ", " + "provenance=" + provenance + (subdivision == Subdivision.ANY ? "" : ", subdivision="
                + subdivision) + "]";
    }
}
