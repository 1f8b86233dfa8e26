package io.github.ntmlib.core.locality;

import io.github.ntmlib.base.internal.Limits;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import java.util.TreeMap;

/**
 * One version of an administrative unit (đơn vị hành chính): a province, district, commune or
 * village as it exists during its validity interval.
 *
 * <p>Identity across time is the code together with the validity: GSO codes are reused after
 * mergers, sometimes under a new name. Classifications map a {@link ClassificationScheme} id to a
 * value, e.g. {@code "ntm-region-2021-2025" -> "BAC_TRUNG_BO"}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class AdminUnit {

    private final String code;
    private final String name;
    private final UnitKind kind;
    private final @Nullable String parent;
    private final Validity validity;
    private final Map<String, String> classifications;

    private AdminUnit(String code, String name, UnitKind kind, Optional<String> parent, Validity validity,
            Map<String, String> classifications) {
        requireText(code, "code");
        if (code.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("unit code contains white space: " + Limits.quote(code));
        }
        requireText(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parent, "parent");
        parent.ifPresent(p -> requireText(p, "parent"));
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(classifications, "classifications");
        classifications.forEach((k, v) -> {
            requireText(k, "classification scheme");
            requireText(v, "classification value");
        });
        classifications = java.util.Collections.unmodifiableMap(new TreeMap<>(classifications));
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parent = parent.orElse(null);
        this.validity = validity;
        this.classifications = classifications;
    }

    /**
     * Unit version, validated.
     *
     * @param code the code
     * @param name the name
     * @param kind the kind
     * @param parent the parent
     * @param validity the validity
     * @param classifications the classifications
     * @return the unit version
     */
    public static AdminUnit of(String code, String name, UnitKind kind, Optional<String> parent,
            Validity validity, Map<String, String> classifications) {
        return new AdminUnit(code, name, kind, parent, validity, classifications);
    }

    /**
     * The GSO code (province 2 digits, district 3, commune 5) or, for a village, a code the province
     *   assigns; no white space.
     *
     * @return the GSO code (province 2 digits, district 3, commune 5) or, for a village, a code the
     *   province assigns; no white space
     */
    public String code() {
        return code;
    }

    /**
     * The official name with its kind word, e.g. "Huyện Thạch Hà".
     *
     * @return the official name with its kind word, e.g. "Huyện Thạch Hà"
     */
    public String name() {
        return name;
    }

    /**
     * The kind; it fixes the level.
     *
     * @return the kind; it fixes the level
     */
    public UnitKind kind() {
        return kind;
    }

    /**
     * The parent's code; empty only for a province.
     *
     * @return the parent's code; empty only for a province
     */
    public Optional<String> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * When this version exists.
     *
     * @return when this version exists
     */
    public Validity validity() {
        return validity;
    }

    /**
     * Scheme id to value, sorted by scheme id.
     *
     * @return scheme id to value, sorted by scheme id
     */
    public Map<String, String> classifications() {
        return classifications;
    }

    /**
     * A unit valid from a date on, with no classification.
     *
     * @param code       the code
     * @param name       the official name
     * @param kind       the kind
     * @param parentCode the parent's code, or {@code null} for a province
     * @param validFrom  the first day the unit exists in this form
     * @return the unit
     */
    public static AdminUnit of(String code, String name, UnitKind kind, @Nullable String parentCode,
            LocalDate validFrom) {
        return new AdminUnit(code, name, kind, Optional.ofNullable(parentCode), Validity.from(validFrom),
                Map.of());
    }

    /**
     * The unit's level, from its kind.
     *
     * @return the level
     */
    public Level level() {
        return kind.level();
    }

    /**
     * The name without the kind word: "Thạch Hà" for "Huyện Thạch Hà".
     *
     * @return the base name
     */
    public String baseName() {
        return kind.baseName(name);
    }

    /**
     * The value of a scheme on this unit itself (not inherited; see {@link Snapshot#classification}).
     *
     * @param scheme the scheme
     * @return the value, or empty
     */
    public Optional<String> classification(ClassificationScheme scheme) {
        return Optional.ofNullable(classifications.get(scheme.id()));
    }

    /**
     * This unit with a classification set.
     *
     * @param scheme the scheme
     * @param value  the value, which the scheme must allow
     * @return a new unit
     * @throws IllegalArgumentException if the scheme does not allow the value
     */
    public AdminUnit withClassification(ClassificationScheme scheme, String value) {
        if (!scheme.allows(value)) {
            throw new IllegalArgumentException("scheme " + scheme.id() + " does not allow '" + value
                    + "' (allowed: " + scheme.values() + ")");
        }
        Map<String, String> map = new TreeMap<>(classifications);
        map.put(scheme.id(), value);
        return new AdminUnit(code, name, kind, Optional.ofNullable(parent), validity, map);
    }

    /**
     * This unit with another validity.
     *
     * @param newValidity the validity
     * @return a new unit
     */
    public AdminUnit withValidity(Validity newValidity) {
        return new AdminUnit(code, name, kind, Optional.ofNullable(parent), newValidity, classifications);
    }

    /**
     * Whether two versions describe the same unit in the same form, whatever their validity.
     *
     * @param other another unit
     * @return true if code, name, kind, parent and classifications are equal
     */
    public boolean sameFormAs(AdminUnit other) {
        return code.equals(other.code) && name.equals(other.name) && kind == other.kind
                && Objects.equals(parent, other.parent) && classifications.equals(other.classifications);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }


    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AdminUnit)) {
            return false;
        }
        AdminUnit o = (AdminUnit) other;
        return Objects.equals(code, o.code)
                && Objects.equals(name, o.name)
                && Objects.equals(kind, o.kind)
                && Objects.equals(parent, o.parent)
                && Objects.equals(validity, o.validity)
                && Objects.equals(classifications, o.classifications);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, kind, parent, validity, classifications);
    }
}
