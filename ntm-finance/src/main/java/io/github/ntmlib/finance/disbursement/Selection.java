package io.github.ntmlib.finance.disbursement;

import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.plan.CapitalLine;
import io.github.ntmlib.finance.plan.CapitalSource;
import io.github.ntmlib.finance.plan.CapitalType;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Which capital lines a figure covers: by unit, source, type and component. An empty set means
 * every value.
 *
 * @param unitCodes  GSO unit codes; empty for all units
 * @param sources    capital sources; empty for all
 * @param types      capital types; empty for all
 * @param components program components; empty for all
 * @param vintages   capital years (vintages); empty for all
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Selection(Set<String> unitCodes, Set<CapitalSource> sources, Set<CapitalType> types,
        Set<String> components, Set<Integer> vintages) {

    /**
     * Validates and copies the components.
     *
     * @param unitCodes  unit codes
     * @param sources    sources
     * @param types      types
     * @param components components
     * @param vintages   vintages
     */
    public Selection {
        unitCodes = Set.copyOf(FinanceDataException.require(unitCodes, "unitCodes"));
        sources = Set.copyOf(FinanceDataException.require(sources, "sources"));
        types = Set.copyOf(FinanceDataException.require(types, "types"));
        components = Set.copyOf(FinanceDataException.require(components, "components"));
        vintages = Set.copyOf(FinanceDataException.require(vintages, "vintages"));
    }

    /**
     * Every line.
     *
     * @return the selection
     */
    public static Selection all() {
        return new Selection(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    /**
     * This selection restricted to units.
     *
     * @param codes the unit codes
     * @return the new selection
     */
    public Selection units(String... codes) {
        return new Selection(Set.of(codes), sources, types, components, vintages);
    }

    /**
     * This selection restricted to sources.
     *
     * @param only the sources
     * @return the new selection
     */
    public Selection sources(CapitalSource... only) {
        return new Selection(unitCodes, Set.of(only), types, components, vintages);
    }

    /**
     * This selection restricted to capital types.
     *
     * @param only the types
     * @return the new selection
     */
    public Selection types(CapitalType... only) {
        return new Selection(unitCodes, sources, Set.of(only), components, vintages);
    }

    /**
     * This selection restricted to program components.
     *
     * @param only the components
     * @return the new selection
     */
    public Selection components(String... only) {
        return new Selection(unitCodes, sources, types, Set.of(only), vintages);
    }

    /**
     * This selection restricted to capital years.
     *
     * @param only the vintages
     * @return the new selection
     */
    public Selection vintages(Integer... only) {
        return new Selection(unitCodes, sources, types, components, Set.of(only));
    }

    /**
     * Whether a line is selected.
     *
     * @param line the line
     * @return true if it matches every restriction
     */
    public boolean includes(CapitalLine line) {
        return (unitCodes.isEmpty() || unitCodes.contains(line.unitCode()))
                && (sources.isEmpty() || sources.contains(line.source()))
                && (types.isEmpty() || types.contains(line.type()))
                && (components.isEmpty() || components.contains(line.component()))
                && (vintages.isEmpty() || vintages.contains(line.vintage()));
    }
}
