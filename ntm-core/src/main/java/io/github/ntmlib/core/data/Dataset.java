package io.github.ntmlib.core.data;

import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.InvalidDataException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The indicator values and recorded criterion outcomes of an evaluation (bộ số liệu).
 *
 * <p>Duplicate rows are accepted when they agree; two rows for one unit, indicator and year with
 * different values are an error naming both sources. Rows are kept in a canonical order, so the
 * order of the input never changes a result.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Dataset {

    private static final Dataset EMPTY = new Dataset(Map.of(), List.of(), Map.of());

    private final Map<Key, Observation> observations;
    private final Map<String, List<RecordedOutcome>> outcomes;
    /** The observations in canonical order, listed once (an engine reads them on every evaluation). */
    private final List<Observation> list;
    /** The observations of each year, in canonical order. */
    private final Map<Integer, List<Observation>> byYear;

    private Dataset(Map<Key, Observation> observations, List<Observation> sorted,
            Map<String, List<RecordedOutcome>> outcomes) {
        this.observations = observations;
        this.outcomes = outcomes;
        this.list = sorted;
        Map<Integer, List<Observation>> years = new HashMap<>();
        for (Observation o : list) {
            years.computeIfAbsent(o.year(), y -> new ArrayList<>()).add(o);
        }
        Map<Integer, List<Observation>> frozen = new HashMap<>();
        years.forEach((y, l) -> frozen.put(y, List.copyOf(l)));
        this.byYear = frozen;
    }

    /**
     * A dataset with no data.
     *
     * @return the empty dataset
     */
    public static Dataset empty() {
        return EMPTY;
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An observation's key. Keys sort as the text unit + NUL + indicator + NUL + year sorts (the
     * canonical order), compared part by part without building that text (the text itself only
     * for codes that hold a NUL).
     */
    private static final class Key implements Comparable<Key> {
        private final String unit;
        private final String indicator;
        private final int year;
        private final int hash;
        private final boolean plain;
        /** The observation a builder keyed (not part of the key's identity), or null for a lookup. */
        private final @org.jspecify.annotations.Nullable Observation observation;

        Key(String unit, String indicator, int year) {
            this(unit, indicator, year, null);
        }

        Key(Observation o, Map<String, String> codes) {
            this(canonical(codes, o.unit()), canonical(codes, o.indicator()), o.year(), o);
        }

        /** One instance per code in a builder's keys, so that keys compare and hash in few memory reads. */
        private static String canonical(Map<String, String> codes, String code) {
            String known = codes.putIfAbsent(code, code);
            return known == null ? code : known;
        }

        private Key(String unit, String indicator, int year, @org.jspecify.annotations.Nullable Observation o) {
            this.observation = o;
            this.unit = unit;
            this.indicator = indicator;
            this.year = year;
            // Mixed so that neighbouring codes (P000D1C0, P000D1C1; 3.1, 3.2) do not cancel out.
            int h = Integer.rotateLeft(unit.hashCode() * 0x9E3779B1, 15) ^ indicator.hashCode() * 0x85EBCA6B;
            this.hash = Integer.rotateLeft(h, 13) * 5 + year * 0xC2B2AE35;
            this.plain = unit.indexOf('\u0000') < 0 && indicator.indexOf('\u0000') < 0;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key)) {
                return false;
            }
            Key k = (Key) o;
            return hash == k.hash && year == k.year && unit.equals(k.unit) && indicator.equals(k.indicator);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public int compareTo(Key o) {
            if (!plain || !o.plain) {
                return text().compareTo(o.text());
            }
            int c = unit.compareTo(o.unit);
            if (c == 0) {
                c = indicator.compareTo(o.indicator);
            }
            return c != 0 || year == o.year ? c : Integer.toString(year).compareTo(Integer.toString(o.year));
        }

        private String text() {
            return unit + '\u0000' + indicator + '\u0000' + year;
        }
    }

    private static String key(String unit, String standard, String criterion) {
        return unit + '\u0000' + standard + '\u0000' + criterion;
    }

    /**
     * The observations of one data year, in canonical order (unit, indicator), listed once when
     * the dataset was built.
     *
     * @param year the data year
     * @return the observations of that year; empty when none
     */
    public List<Observation> observations(int year) {
        return byYear.getOrDefault(year, List.of());
    }

    /**
     * Every observation, in canonical order (unit, indicator, year).
     *
     * @return the observations
     */
    public List<Observation> observations() {
        return list;
    }

    /**
     * Every recorded outcome.
     *
     * @return the outcomes
     */
    public List<RecordedOutcome> outcomes() {
        List<RecordedOutcome> all = new ArrayList<>();
        outcomes.values().forEach(all::addAll);
        return Collections.unmodifiableList(all);
    }

    /**
     * A unit's value of an indicator for a year.
     *
     * @param unit      the unit code
     * @param indicator the indicator code
     * @param year      the year
     * @return the observation, or empty
     */
    public Optional<Observation> observation(String unit, String indicator, int year) {
        return Optional.ofNullable(observations.get(new Key(unit, indicator, year)));
    }

    /**
     * The latest outcome recorded for a unit's criterion up to a date.
     *
     * @param unit      the unit code
     * @param standard  the standard id
     * @param criterion the criterion code
     * @param date      the date
     * @return the outcome, or empty
     */
    public Optional<RecordedOutcome> outcome(String unit, String standard, String criterion, LocalDate date) {
        RecordedOutcome latest = null;
        for (RecordedOutcome o : outcomes.getOrDefault(key(unit, standard, criterion), List.of())) {
            if (!o.date().isAfter(date) && (latest == null || !o.date().isBefore(latest.date()))) {
                latest = o;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * Collects observations and outcomes, rejecting conflicting duplicates. Not thread-safe: fill a builder from one
     * thread (or synchronise around it); the objects it builds are immutable and may be shared freely.
     */
    public static final class Builder {
        /** The observations; handed to the last dataset built, and copied before the next change. */
        private Map<Key, Observation> observations = new HashMap<>();
        private boolean shared;
        private final Map<String, String> codes = new HashMap<>();
        private final Map<String, List<RecordedOutcome>> outcomes = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds an observation.
         *
         * @param observation the observation
         * @return this builder
         * @throws InvalidDataException if another value was given for the same unit, indicator and year
         */
        public Builder add(Observation observation) {
            if (shared) {
                observations = new HashMap<>(observations);
                shared = false;
            }
            Observation earlier = observations.putIfAbsent(new Key(observation, codes), observation);
            if (earlier != null && !earlier.value().equals(observation.value())) {
                throw new InvalidDataException(observation.source().position(), observation.unit(),
                        observation.indicator(), Labels.of("hai giá trị cho năm " + observation.year() + ": "
                                + vietnamese(earlier.value()) + " (" + earlier.source().position() + ") và "
                                + vietnamese(observation.value()), "two values for " + observation.year() + ": "
                                + earlier.value() + " (" + earlier.source().position() + ") and "
                                + observation.value()));
            }
            return this;
        }

        /**
         * Adds a recorded outcome.
         *
         * @param outcome the outcome
         * @return this builder
         * @throws InvalidDataException if another outcome was recorded for the same criterion and date
         */
        public Builder add(RecordedOutcome outcome) {
            List<RecordedOutcome> list = outcomes.computeIfAbsent(key(outcome.unit(), outcome.standard(),
                    outcome.criterion()), k -> new ArrayList<>());
            for (RecordedOutcome o : list) {
                if (o.date().equals(outcome.date()) && !sameContent(o, outcome)) {
                    throw new InvalidDataException(outcome.source().position(), outcome.unit(),
                            outcome.standard() + "/" + outcome.criterion(), Labels.of("hai kết quả được ghi ngày "
                                    + Language.VIETNAMESE.format(outcome.date()) + ": " + o.assessment().vietnamese()
                                    + " (" + o.source().position() + ") và " + outcome.assessment().vietnamese(),
                                    "two outcomes recorded on " + outcome.date()
                                    + ": " + o.assessment() + " (" + o.source().position() + ") and "
                                    + outcome.assessment()));
                }
            }
            if (list.stream().noneMatch(o -> sameContent(o, outcome))) {
                list.add(outcome);
            }
            return this;
        }

        /**
         * Whether two outcomes say the same thing (same unit, criterion, date, assessment, degree of
         * completion, reporter and reference), wherever they were read from: a row repeated on
         * another line of a file is one outcome, not a conflict.
         */
        private static boolean sameContent(RecordedOutcome a, RecordedOutcome b) {
            return a.unit().equals(b.unit()) && a.standard().equals(b.standard())
                    && a.criterion().equals(b.criterion()) && a.date().equals(b.date())
                    && a.assessment() == b.assessment() && sameAmount(a.completionLow(), b.completionLow())
                    && sameAmount(a.completionHigh(), b.completionHigh())
                    && a.source().reporter().equals(b.source().reporter())
                    && a.source().reference().equals(b.source().reference());
        }

        private static boolean sameAmount(Optional<java.math.BigDecimal> a, Optional<java.math.BigDecimal> b) {
            return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
        }

        /**
         * Adds many observations.
         *
         * @param list the observations
         * @return this builder
         */
        public Builder addAll(Iterable<Observation> list) {
            list.forEach(this::add);
            return this;
        }

        /**
         * Adds many recorded outcomes, as {@link #add(RecordedOutcome)} adds each.
         *
         * @param list the outcomes
         * @return this builder
         * @throws InvalidDataException if two outcomes for the same criterion and date disagree
         */
        public Builder addAllOutcomes(Iterable<RecordedOutcome> list) {
            list.forEach(this::add);
            return this;
        }

        /**
         * Builds the dataset.
         *
         * @return the dataset
         */
        public Dataset build() {
            List<Key> keys = new ArrayList<>(observations.keySet());
            keys.sort(null);
            Observation[] sorted = new Observation[keys.size()];
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] = keys.get(i).observation;
            }
            Map<String, List<RecordedOutcome>> outs = new LinkedHashMap<>();
            outcomes.keySet().stream().sorted().forEach(k -> {
                List<RecordedOutcome> list = new ArrayList<>(outcomes.get(k));
                list.sort(java.util.Comparator.comparing(RecordedOutcome::date));
                outs.put(k, List.copyOf(list));
            });
            shared = true;
            return new Dataset(Collections.unmodifiableMap(observations), List.of(sorted),
                    Collections.unmodifiableMap(outs));
        }
    }

    /** A value as a Vietnamese message writes it: "đạt", "12,5 km", "69/169", "3", a grade quoted. */
    private static String vietnamese(Value value) {
        if (value instanceof Value.Flag f) {
            return f.met() ? "đạt" : "không đạt";
        }
        if (value instanceof Value.Quantity q) {
            return q.amount().toPlainString() + " " + Limits.quote(q.unit());
        }
        if (value instanceof Value.Ratio r) {
            return r.numerator().toPlainString() + "/" + r.denominator().toPlainString();
        }
        if (value instanceof Value.Count c) {
            return Long.toString(c.count());
        }
        return Limits.quote(((Value.Grade) value).grade());
    }
}
