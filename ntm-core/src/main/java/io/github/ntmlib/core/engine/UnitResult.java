package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.locality.UnitKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The results of one unit: one per standard that applies to its kind, looked up in constant
 * time. A phường is never judged against commune NTM and a xã never against đô thị văn minh:
 * such standards are absent.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class UnitResult {

    private final String unit;
    private final String name;
    private final UnitKind kind;
    private final @Nullable String parent;
    private final StandardResult[] byStandard;
    private final Map<String, Integer> index;
    private final String set;

    UnitResult(String unit, String name, UnitKind kind, @Nullable String parent, StandardResult[] byStandard,
            Map<String, Integer> index, String set) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.parent = parent;
        this.byStandard = byStandard.clone();
        this.index = index;
        this.set = set;
    }

    /**
     * The unit code.
     *
     * @return the code
     */
    public String unit() {
        return unit;
    }

    /**
     * The unit's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The unit's kind.
     *
     * @return the kind
     */
    public UnitKind kind() {
        return kind;
    }

    /**
     * The parent unit's code.
     *
     * @return the code, or empty for a province
     */
    public Optional<String> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * The results, in the criteria set's order.
     *
     * @return the results of the standards that apply
     */
    public List<StandardResult> standards() {
        List<StandardResult> list = new ArrayList<>();
        for (StandardResult r : byStandard) {
            if (r != null) {
                list.add(r);
            }
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * The result of a standard.
     *
     * @param standard the standard id
     * @return the result, or empty if the standard does not apply to the unit's kind
     * @throws UnknownStandardException if the set has no such standard
     */
    public Optional<StandardResult> standard(String standard) {
        Integer i = index.get(standard);
        if (i == null) {
            throw new UnknownStandardException(standard, set);
        }
        return Optional.ofNullable(byStandard[i]);
    }

    /** The result of the standard at an index of the set, or null if it does not apply. */
    @Nullable StandardResult standard(int index) {
        return byStandard[index];
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof UnitResult)) {
            return false;
        }
        UnitResult u = (UnitResult) o;
        return unit.equals(u.unit) && name.equals(u.name) && kind == u.kind && Objects.equals(parent, u.parent)
                && Arrays.equals(byStandard, u.byStandard);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, Arrays.hashCode(byStandard));
    }

    @Override
    public String toString() {
        return "UnitResult[" + unit + " " + standards() + "]";
    }
}
