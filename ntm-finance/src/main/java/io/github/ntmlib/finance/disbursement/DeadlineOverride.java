package io.github.ntmlib.finance.disbursement;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.plan.CapitalLine;
import io.github.ntmlib.finance.plan.CapitalSource;
import io.github.ntmlib.finance.plan.CapitalType;
import java.time.LocalDate;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A deadline set by a National Assembly resolution for the national target programs (nghị quyết
 * Quốc hội cho phép kéo dài), overriding the law: for example Resolutions 104/2023 and 108/2023
 * carried unspent 2023 capital into 2024, and 2022-2024 capital was extended into 2025. The dates
 * are data the caller supplies; ntm bundles none.
 *
 * @param resolution the resolution number, such as "108/2023/QH15"
 * @param vintages   the capital years it applies to
 * @param sources    the sources it applies to; empty for all
 * @param types      the capital types it applies to; empty for all
 * @param deadline   the new last day of disbursement
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record DeadlineOverride(String resolution, Set<Integer> vintages, Set<CapitalSource> sources,
        Set<CapitalType> types, LocalDate deadline) {

    /**
     * Validates and copies the components.
     *
     * @param resolution the resolution number
     * @param vintages   the capital years
     * @param sources    the sources, empty for all
     * @param types      the types, empty for all
     * @param deadline   the last day
     */
    public DeadlineOverride {
        if (resolution == null || resolution.isBlank()) {
            throw FinanceDataException.api(null, "resolution", Labels.of("gia hạn cần số nghị quyết",
                            "an override needs its resolution number"));
        }
        vintages = Set.copyOf(FinanceDataException.require(vintages, "vintages"));
        sources = Set.copyOf(FinanceDataException.require(sources, "sources"));
        types = Set.copyOf(FinanceDataException.require(types, "types"));
        FinanceDataException.require(deadline, "deadline");
        if (vintages.isEmpty()) {
            throw FinanceDataException.api(resolution, "vintages", Labels.of("gia hạn phải nêu các năm vốn được áp dụng",
                            "an override names the capital years it covers"));
        }
        for (int vintage : vintages) {
            if (deadline.getYear() <= vintage) {
                throw FinanceDataException.api(resolution, "deadline", Labels.of("thời hạn " + Language.VIETNAMESE.format(deadline) + " phải sau năm vốn " + vintage,
                                "deadline " + deadline
                        + " must be after the capital year " + vintage));
            }
        }
    }

    /**
     * Whether this override covers a line.
     *
     * @param line the line
     * @return true if its vintage, source and type are covered
     */
    public boolean covers(CapitalLine line) {
        return vintages.contains(line.vintage()) && (sources.isEmpty() || sources.contains(line.source()))
                && (types.isEmpty() || types.contains(line.type()));
    }
}
