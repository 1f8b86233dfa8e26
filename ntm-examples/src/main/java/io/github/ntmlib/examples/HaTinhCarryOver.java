package io.github.ntmlib.examples;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.io.DataCsv;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.core.report.CarryOver;
import io.github.ntmlib.core.report.CarryOverPolicy;
import io.github.ntmlib.core.report.StatusCarrier;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Embedding example: the 1 July 2025 carry-over in Hà Tĩnh. The statuses of the former communes
 * (a register read from CSV) are carried to the merged communes under an explicit policy; for each
 * new commune with a recognised predecessor it prints the outcome per standard and why.
 */
public final class HaTinhCarryOver {

    /** The register of former communes, a resource of this module (as docs/examples/statuses-ha-tinh-2024.csv). */
    public static final String RESOURCE = "ha-tinh-statuses-2024.csv";

    private HaTinhCarryOver() {
    }

    /**
     * Runs the example under both policies.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        print(CarryOverPolicy.REQUIRE_REACKNOWLEDGEMENT, System.out);
        print(CarryOverPolicy.ALL_FULL_PREDECESSORS, System.out);
    }

    /**
     * Carries the statuses to the units formed on 1 July 2025 and prints each carry-over.
     *
     * @param policy the policy
     * @param out    where to print
     * @return the carry-overs printed
     */
    public static List<CarryOver> print(CarryOverPolicy policy, PrintStream out) {
        LocalityHistory history = GsoLists.haTinh();
        StatusCarrier carrier = StatusCarrier.of(history, register(),
                CriteriaRegistry.load().byId(NationalCriteria2021.SET_ID), policy);
        Snapshot july = history.asOf(GsoLists.TWO_LEVEL_GOVERNMENT);
        List<CarryOver> shown = new ArrayList<>();
        out.println("policy " + policy);
        for (AdminUnit unit : july.units()) {
            if (july.formedOn(unit.code()).filter(GsoLists.TWO_LEVEL_GOVERNMENT::equals).isEmpty()) {
                continue;
            }
            for (CarryOver c : carrier.carryAll(unit.code(), GsoLists.TWO_LEVEL_GOVERNMENT)) {
                if (c.predecessors().stream().anyMatch(p -> p.recognition().isPresent())) {
                    shown.add(c);
                    out.println(unit.name() + " " + c.standard() + ": " + c.explanation(Language.ENGLISH));
                }
            }
        }
        return shown;
    }

    private static StatusRegister register() {
        InputStream in = Objects.requireNonNull(HaTinhCarryOver.class.getResourceAsStream(RESOURCE), RESOURCE);
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return StatusRegister.of(DataCsv.readStatuses(reader, RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
