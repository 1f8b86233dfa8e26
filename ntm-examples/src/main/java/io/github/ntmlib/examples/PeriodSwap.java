package io.github.ntmlib.examples;

import io.github.ntmlib.core.criteria.CriteriaRegistry;
import io.github.ntmlib.core.criteria.CriteriaSet;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Embedding example: the period swap. An assessment picks its criteria set by date from the
 * plugins on the path — 2024 data with the 2021-2025 set, 2026 data with the 2026-2030 set — with
 * no code naming either; a date no installed plugin covers is reported, never guessed.
 */
public final class PeriodSwap {

    private PeriodSwap() {
    }

    /**
     * Runs the example with the plugins found by ServiceLoader.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        print(CriteriaRegistry.load(), System.out);
    }

    /**
     * Prints the set chosen for an assessment at the end of 2024 and of 2026.
     *
     * @param registry the installed sets
     * @param out      where to print
     * @return the set for 2026, if one is installed
     */
    public static Optional<CriteriaSet> print(CriteriaRegistry registry, PrintStream out) {
        Optional<CriteriaSet> y2026 = Optional.empty();
        for (LocalDate date : new LocalDate[] {LocalDate.of(2024, 12, 31), LocalDate.of(2026, 12, 31)}) {
            Optional<CriteriaSet> set = registry.forDate(date);
            out.println(date + ": " + set.map(s -> s.id() + " (" + s.validFrom() + ".." + s.validUntil() + ")")
                    .orElse("no installed criteria set is valid; add the plugin of its period to the path"));
            if (date.getYear() == 2026) {
                y2026 = set;
            }
        }
        return y2026;
    }
}
