package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.locality.ClassificationScheme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A criteria set (bộ tiêu chí): the standards of one period and jurisdiction, with the
 * classification schemes and overrides its thresholds use. Sets are immutable values; a provincial
 * overlay gives a new set ({@link Overlay#applyTo}).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CriteriaSet {

    private final String id;
    private final Labels labels;
    private final LocalDate validFrom;
    private final LocalDate validUntil;
    private final String jurisdiction;
    private final Map<String, Standard> standards;
    private final List<ClassificationScheme> schemes;
    private final List<ClassificationOverride> overrides;
    private final Provenance provenance;
    private final Period period;

    private CriteriaSet(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.labels = Objects.requireNonNull(b.labels, "labels");
        this.validFrom = Objects.requireNonNull(b.validFrom, "validFrom");
        this.validUntil = Objects.requireNonNull(b.validUntil, "validUntil");
        this.jurisdiction = Objects.requireNonNull(b.jurisdiction, "jurisdiction");
        this.provenance = Objects.requireNonNull(b.provenance, "provenance");
        if (validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("criteria set " + id + " ends before it starts");
        }
        this.period = b.period != null ? b.period : Period.ofValidity(validFrom, validUntil);
        Map<String, Standard> map = new LinkedHashMap<>();
        for (Standard s : b.standards) {
            if (map.put(s.id(), s) != null) {
                throw new IllegalArgumentException("criteria set " + id + " has two standards " + s.id());
            }
        }
        for (Standard s : map.values()) {
            s.nestedIn().ifPresent(n -> {
                if (!map.containsKey(n)) {
                    throw new IllegalArgumentException("standard " + s.id() + " nests in unknown standard " + n);
                }
            });
            for (Criterion c : s.criteria()) {
                if (c instanceof AggregateCriterion) {
                    AggregateCriterion a = (AggregateCriterion) c;
                    Standard counted = map.get(a.standard());
                    if (counted == null) {
                        throw new IllegalArgumentException("criterion " + s.id() + "/" + c.code()
                                + " counts unknown standard " + a.standard());
                    }
                    if (!counted.appliesTo().containsAll(a.kinds())) {
                        throw new IllegalArgumentException("criterion " + s.id() + "/" + c.code() + " counts kinds "
                                + a.kinds() + " but standard " + a.standard() + " applies only to "
                                + counted.appliesTo());
                    }
                }
            }
        }
        this.standards = Collections.unmodifiableMap(map);
        this.schemes = List.copyOf(b.schemes);
        this.overrides = List.copyOf(b.overrides);
    }

    /**
     * A builder.
     *
     * @param id the set's id, e.g. "vn-2021-2025"
     * @return a new builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * A builder holding everything of this set, to change a part.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id).labels(labels).validity(validFrom, validUntil).jurisdiction(jurisdiction)
                .provenance(provenance).period(period);
        standards.values().forEach(b::standard);
        schemes.forEach(b::scheme);
        overrides.forEach(b::override);
        return b;
    }

    /**
     * The id.
     *
     * @return e.g. "vn-2021-2025"
     */
    public String id() {
        return id;
    }

    /**
     * The names.
     *
     * @return the labels
     */
    public Labels labels() {
        return labels;
    }

    /**
     * The first day the set applies.
     *
     * @return the date
     */
    public LocalDate validFrom() {
        return validFrom;
    }

    /**
     * The last day the set applies.
     *
     * @return the date (inclusive)
     */
    public LocalDate validUntil() {
        return validUntil;
    }

    /**
     * Whether the set applies on a date.
     *
     * @param date a date
     * @return true if within its period
     */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validUntil);
    }

    /**
     * What the set covers: its data years, the evaluation dates it accepts and its transitional
     * rules. A set that declares none covers the years and dates of its validity.
     *
     * @return the period
     */
    public Period period() {
        return period;
    }

    /**
     * The jurisdiction: "VN" for a national set, a province code for a provincial one.
     *
     * @return the jurisdiction
     */
    public String jurisdiction() {
        return jurisdiction;
    }

    /**
     * The standards, in order.
     *
     * @return the standards
     */
    public List<Standard> standards() {
        return List.copyOf(standards.values());
    }

    /**
     * A standard by id.
     *
     * @param standardId the id
     * @return the standard, or empty
     */
    public Optional<Standard> standard(String standardId) {
        return Optional.ofNullable(standards.get(standardId));
    }

    /**
     * The classification schemes the thresholds use.
     *
     * @return the schemes
     */
    public List<ClassificationScheme> schemes() {
        return schemes;
    }

    /**
     * The classification overrides.
     *
     * @return the overrides
     */
    public List<ClassificationOverride> overrides() {
        return overrides;
    }

    /**
     * The legal source of the set.
     *
     * @return the provenance
     */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * Every indicator of the set, by standard id and indicator code.
     *
     * @return standard id to indicator code to definition
     */
    public Map<String, Map<String, IndicatorDefinition>> indicators() {
        Map<String, Map<String, IndicatorDefinition>> all = new LinkedHashMap<>();
        for (Standard s : standards.values()) {
            Map<String, IndicatorDefinition> map = new LinkedHashMap<>();
            s.criteria().forEach(c -> c.indicators().forEach(i -> map.put(i.code(), i)));
            all.put(s.id(), Collections.unmodifiableMap(map));
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * The standards a standard nests in, nearest first.
     *
     * @param standardId a standard id
     * @return the chain of required standards
     */
    public List<String> requiredBy(String standardId) {
        List<String> chain = new ArrayList<>();
        Optional<String> next = standard(standardId).flatMap(Standard::nestedIn);
        Map<String, Boolean> seen = new HashMap<>();
        while (next.isPresent() && seen.put(next.get(), true) == null) {
            chain.add(next.get());
            next = standard(next.get()).flatMap(Standard::nestedIn);
        }
        return chain;
    }

    @Override
    public String toString() {
        return "CriteriaSet[" + id + ", " + standards.size() + " standards, " + validFrom + ".." + validUntil + "]";
    }

    /**
     * Builds a criteria set. Not thread-safe: fill a builder from one thread (or synchronise around it); the objects
     * it builds are immutable and may be shared freely.
     */
    public static final class Builder {
        private final String id;
        private @Nullable Labels labels;
        private @Nullable LocalDate validFrom;
        private @Nullable LocalDate validUntil;
        private String jurisdiction = "VN";
        private @Nullable Provenance provenance;
        private @Nullable Period period;
        private final List<Standard> standards = new ArrayList<>();
        private final List<ClassificationScheme> schemes = new ArrayList<>();
        private final List<ClassificationOverride> overrides = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the names.
         *
         * @param value the labels
         * @return this builder
         */
        public Builder labels(Labels value) {
            this.labels = value;
            return this;
        }

        /**
         * Sets the period.
         *
         * @param from  the first day
         * @param until the last day
         * @return this builder
         */
        public Builder validity(LocalDate from, LocalDate until) {
            this.validFrom = from;
            this.validUntil = until;
            return this;
        }

        /**
         * Sets what the set covers (by default the years and dates of its validity).
         *
         * @param value the period
         * @return this builder
         */
        public Builder period(Period value) {
            this.period = value;
            return this;
        }

        /**
         * Sets the jurisdiction ("VN" by default).
         *
         * @param value "VN" or a province code
         * @return this builder
         */
        public Builder jurisdiction(String value) {
            this.jurisdiction = value;
            return this;
        }

        /**
         * Sets the legal source.
         *
         * @param value the provenance
         * @return this builder
         */
        public Builder provenance(Provenance value) {
            this.provenance = value;
            return this;
        }

        /**
         * Adds a standard.
         *
         * @param value the standard
         * @return this builder
         */
        public Builder standard(Standard value) {
            standards.add(value);
            return this;
        }

        /**
         * Replaces the standard with the same id.
         *
         * @param value the new standard
         * @return this builder
         */
        public Builder replaceStandard(Standard value) {
            standards.replaceAll(s -> s.id().equals(value.id()) ? value : s);
            return this;
        }

        /**
         * Adds a classification scheme the set uses.
         *
         * @param value the scheme
         * @return this builder
         */
        public Builder scheme(ClassificationScheme value) {
            schemes.add(value);
            return this;
        }

        /**
         * Adds a classification override.
         *
         * @param value the override
         * @return this builder
         */
        public Builder override(ClassificationOverride value) {
            overrides.add(value);
            return this;
        }

        /**
         * Builds the set.
         *
         * @return the set
         * @throws IllegalArgumentException if a part is missing or inconsistent
         */
        public CriteriaSet build() {
            return new CriteriaSet(this);
        }
    }
}
