package io.github.ntmlib.core.locality;

import io.github.ntmlib.base.internal.Limits;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A classification of known units as data (bảng phân loại): the NTM region of each province, the
 * group of each commune, for the snapshots of a span of dates. A criteria plugin contributes the
 * tables of its schemes for the units shipped with ntm; a caller adds its own the same way.
 *
 * <p>{@link #applyTo} gives a snapshot the table's values for the units it contains, leaving a
 * value the unit already has (a caller's own classification wins over a shipped table) and units
 * the table does not list. A snapshot dated outside the table's span is returned unchanged: codes
 * are reused after mergers, so a table is only right for the lists it was made for.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ClassificationTable {

    private final ClassificationScheme scheme;
    private final LocalDate snapshotsFrom;
    private final LocalDate snapshotsUntil;
    private final Map<String, String> values;
    private final String source;

    private ClassificationTable(ClassificationScheme scheme, LocalDate snapshotsFrom, LocalDate snapshotsUntil,
            Map<String, String> values, String source) {
        this.scheme = scheme;
        this.snapshotsFrom = snapshotsFrom;
        this.snapshotsUntil = snapshotsUntil;
        this.values = values;
        this.source = source;
    }

    /**
     * A table.
     *
     * @param scheme         the scheme of the values
     * @param snapshotsFrom  the first snapshot date it is right for
     * @param snapshotsUntil the last snapshot date it is right for, inclusive
     * @param values         unit code to value
     * @param source         where the table comes from (a resource, a decision)
     * @return the table
     * @throws IllegalArgumentException if a value is not one of the scheme's, the span is empty or
     *                                  the source is blank
     */
    public static ClassificationTable of(ClassificationScheme scheme, LocalDate snapshotsFrom,
            LocalDate snapshotsUntil, Map<String, String> values, String source) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(snapshotsFrom, "snapshotsFrom");
        Objects.requireNonNull(snapshotsUntil, "snapshotsUntil");
        Objects.requireNonNull(source, "source");
        if (snapshotsUntil.isBefore(snapshotsFrom)) {
            throw new IllegalArgumentException("table of " + scheme.id() + " from " + source + " ends before it starts");
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("a classification table names its source");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((code, value) -> {
            if (!scheme.allows(Objects.requireNonNull(value, "value"))) {
                throw new IllegalArgumentException(Limits.quote(value) + " of unit " + code + " in " + source
                        + " is not a value of " + scheme.id() + " " + scheme.values());
            }
            copy.put(Objects.requireNonNull(code, "code"), value);
        });
        return new ClassificationTable(scheme, snapshotsFrom, snapshotsUntil, Collections.unmodifiableMap(copy),
                source);
    }

    /**
     * The scheme.
     *
     * @return the scheme
     */
    public ClassificationScheme scheme() {
        return scheme;
    }

    /**
     * The first snapshot date the table is right for.
     *
     * @return the date
     */
    public LocalDate snapshotsFrom() {
        return snapshotsFrom;
    }

    /**
     * The last snapshot date the table is right for, inclusive.
     *
     * @return the date
     */
    public LocalDate snapshotsUntil() {
        return snapshotsUntil;
    }

    /**
     * The values.
     *
     * @return unit code to value, in table order
     */
    public Map<String, String> values() {
        return values;
    }

    /**
     * Where the table comes from.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * Whether the table is right for a snapshot's date.
     *
     * @param snapshot a snapshot
     * @return true if its date is within the span
     */
    public boolean fits(Snapshot snapshot) {
        return !snapshot.date().isBefore(snapshotsFrom) && !snapshot.date().isAfter(snapshotsUntil);
    }

    /**
     * The snapshot with the values of several tables applied in order ({@link #applyTo}).
     *
     * @param tables   the tables
     * @param snapshot a snapshot
     * @return the classified snapshot
     */
    public static Snapshot applyAll(java.util.Collection<ClassificationTable> tables, Snapshot snapshot) {
        Snapshot result = snapshot;
        for (ClassificationTable table : tables) {
            result = table.applyTo(result);
        }
        return result;
    }

    /**
     * The snapshot with the table's values for the units it contains that have no value of their
     * own; the snapshot itself if the table does not fit its date.
     *
     * @param snapshot a snapshot
     * @return the classified snapshot
     */
    public Snapshot applyTo(Snapshot snapshot) {
        if (!fits(snapshot)) {
            return snapshot;
        }
        Map<String, String> missing = new LinkedHashMap<>();
        values.forEach((code, value) -> {
            if (snapshot.contains(code) && snapshot.require(code).classification(scheme).isEmpty()) {
                missing.put(code, value);
            }
        });
        return missing.isEmpty() ? snapshot : snapshot.withClassifications(scheme, missing);
    }

    @Override
    public String toString() {
        return "ClassificationTable[" + scheme.id() + ", " + values.size() + " units, snapshots " + snapshotsFrom
                + ".." + snapshotsUntil + ", " + source + "]";
    }
}
