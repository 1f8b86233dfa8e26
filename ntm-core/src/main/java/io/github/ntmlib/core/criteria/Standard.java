package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labels;

import io.github.ntmlib.core.locality.UnitKind;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A standard a unit can attain (mức đạt chuẩn): commune NTM, NTM nâng cao, kiểu mẫu, district
 * NTM, đô thị văn minh, province "hoàn thành nhiệm vụ". It applies to some unit kinds, may nest in
 * another standard (kiểu mẫu needs nâng cao needs NTM), and is attained when the standard it
 * nests in is attained and all its criteria — indicator criteria, aggregate conditions over units
 * below, recognition conditions — are met.
 *
 * @param id         a stable id, e.g. "commune-ntm"
 * @param labels     the names
 * @param appliesTo  the unit kinds judged against it; others are never judged
 * @param nestedIn   the id of the standard it requires, if any
 * @param criteria   the criteria, in the legal text's order, codes unique
 * @param provenance the legal source
 */
public record Standard(String id, Labels labels, Set<UnitKind> appliesTo, Optional<String> nestedIn,
        List<Criterion> criteria, Provenance provenance) {

    /**
     * Validates the components.
     *
     * @param id         the id
     * @param labels     the names
     * @param appliesTo  the unit kinds
     * @param nestedIn   the standard it requires
     * @param criteria   the criteria
     * @param provenance the legal source
     */
    public Standard {
        Objects.requireNonNull(id, "id");
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
}
