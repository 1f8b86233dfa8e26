package io.github.ntmlib.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.ChangeEvent;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Share;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.report.CarryOver;
import io.github.ntmlib.core.report.CarryOverOutcome;
import io.github.ntmlib.core.report.CarryOverPolicy;
import io.github.ntmlib.core.report.StatusCarrier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Carry-over over generated mergers: predecessors of every commune-level kind, whole or partial,
 * holding a standard or not, merged into a unit of any commune-level kind. The decision is
 * compared with the rule stated in {@link CarryOverPolicy}, and a standard is never granted to a
 * kind it does not apply to.
 */
class StatusCarrierPropertiesTest {

    private static final LocalDate BEFORE = LocalDate.of(2024, 1, 1);
    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    private static final UnitKind[] KINDS = {UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP};
    private static final CriteriaSet SET = SmallSet.set();

    /** One predecessor: its kind, whether it goes in wholly, whether it held the standard. */
    private record Predecessor(UnitKind kind, boolean full, boolean held) {
    }

    /** A merger: the new unit's kind, the standard carried, the policy, the predecessors. */
    private record Merger(UnitKind kind, String standard, CarryOverPolicy policy, List<Predecessor> predecessors) {
    }

    private static Gen<Predecessor> predecessor() {
        return integers().between(0, KINDS.length - 1).zip(integers().between(0, 3), booleans().all(),
                (k, share, held) -> new Predecessor(KINDS[k], share > 0, held));
    }

    private static Gen<Merger> mergers() {
        return integers().between(0, KINDS.length - 1).zip(integers().between(0, 1),
                integers().between(0, CarryOverPolicy.values().length - 1),
                lists().of(predecessor()).ofSizeBetween(1, 6),
                (k, s, p, list) -> new Merger(KINDS[k], s == 0 ? "commune-ntm" : "civilised-urban",
                        CarryOverPolicy.values()[p], list));
    }

    /** Builds the history: predecessors 1..n under one district; unit 1 is the successor. */
    private static LocalityHistory history(Merger m) {
        List<AdminUnit> before = new ArrayList<>();
        before.add(AdminUnit.of("10", "Tỉnh Thử", UnitKind.PROVINCE, null, BEFORE));
        before.add(AdminUnit.of("100", "Huyện Thử", UnitKind.RURAL_DISTRICT, "10", BEFORE));
        // phường sit under a thị xã, xã and thị trấn under the huyện (the law allows no one parent for all)
        before.add(AdminUnit.of("101", "Thị xã Thử", UnitKind.TOWN, "10", BEFORE));
        List<AdminUnit> after = new ArrayList<>(before.subList(0, 3));
        List<ChangeEvent.Predecessor> links = new ArrayList<>();
        List<ChangeEvent.Predecessor> rest = new ArrayList<>();
        for (int i = 0; i < m.predecessors().size(); i++) {
            Predecessor p = m.predecessors().get(i);
            String code = String.valueOf(1000 + i);
            before.add(AdminUnit.of(code, p.kind().namePrefixes().get(0) + " Số " + i, p.kind(), parent(p.kind()),
                    BEFORE));
            boolean full = i == 0 || p.full();
            links.add(new ChangeEvent.Predecessor(code, full ? Share.FULL : Share.PARTIAL));
            if (!full) {
                rest.add(new ChangeEvent.Predecessor(code, Share.PARTIAL));
            }
        }
        after.add(AdminUnit.of("1000", m.kind().namePrefixes().get(0) + " Mới", m.kind(), parent(m.kind()), MERGER));
        List<ChangeEvent> events = new ArrayList<>(List.of(new ChangeEvent.Merge(MERGER, "1000", links)));
        if (!rest.isEmpty()) {
            // the other parts of the partial predecessors form a second unit
            after.add(AdminUnit.of("2000", "Xã Phần Còn Lại", UnitKind.COMMUNE, "100", MERGER));
            events.add(new ChangeEvent.Merge(MERGER, "2000", rest));
        }
        return LocalityHistory.of(List.of(Snapshot.of(BEFORE, before), Snapshot.of(MERGER, after)), events);
    }

    private static String parent(UnitKind kind) {
        return kind == UnitKind.WARD ? "101" : "100";
    }

    private static StatusRegister register(Merger m) {
        List<StatusEvent> events = new ArrayList<>();
        for (int i = 0; i < m.predecessors().size(); i++) {
            if (m.predecessors().get(i).held()) {
                events.add(StatusEvent.recognised(String.valueOf(1000 + i), m.standard(), LocalDate.of(2023, 5, 1),
                        "QĐ " + i, "UBND tỉnh"));
            }
        }
        return StatusRegister.of(events);
    }

    /** The rule of {@link CarryOverPolicy}, restated. */
    private static CarryOverOutcome expected(Merger m) {
        Standard standard = SET.standard(m.standard()).orElseThrow();
        if (!standard.appliesTo(m.kind())) {
            return CarryOverOutcome.NOT_APPLICABLE_TO_UNIT;
        }
        if (m.policy() == CarryOverPolicy.REQUIRE_REACKNOWLEDGEMENT) {
            return CarryOverOutcome.REACKNOWLEDGEMENT_REQUIRED;
        }
        int counted = 0;
        boolean all = true;
        for (int i = 0; i < m.predecessors().size(); i++) {
            Predecessor p = m.predecessors().get(i);
            boolean full = i == 0 || p.full();
            if (!standard.appliesTo(p.kind()) || (m.policy() == CarryOverPolicy.ALL_FULL_PREDECESSORS && !full)) {
                continue;
            }
            counted++;
            all &= p.held();
        }
        return counted > 0 && all ? CarryOverOutcome.CARRIED_OVER : CarryOverOutcome.NOT_CARRIED_OVER;
    }

    @Test
    void carryOverFollowsThePolicyAndNeverGrantsAStandardToAnInapplicableKind() {
        Map<CarryOverOutcome, Integer> reached = new EnumMap<>(CarryOverOutcome.class);
        int[] mixed = {0};
        int[] partial = {0};
        qt().withExamples(400).forAll(mergers()).checkAssert(m -> {
            CarryOver c = StatusCarrier.of(history(m), register(m), SET, m.policy()).carry("1000", MERGER, m.standard());
            assertThat(c.outcome()).isEqualTo(expected(m));
            Standard standard = SET.standard(m.standard()).orElseThrow();
            if (c.carriedOver()) {
                assertThat(standard.appliesTo(m.kind())).isTrue();
                assertThat(c.asStatusEvent()).isPresent();
            } else {
                assertThat(c.asStatusEvent()).isEmpty();
            }
            assertThat(c.predecessors()).hasSize(m.predecessors().size());
            assertThat(c.predecessors()).allSatisfy(p -> assertThat(
                    p.standing() == CarryOver.PredecessorStanding.Standing.NOT_APPLICABLE)
                    .isEqualTo(!standard.appliesTo(p.predecessor().kind())));
            reached.merge(c.outcome(), 1, Integer::sum);
            if (m.predecessors().stream().map(Predecessor::kind).distinct().count() > 1) {
                mixed[0]++;
            }
            if (c.predecessors().stream().anyMatch(p -> p.share() == Share.PARTIAL)) {
                partial[0]++;
            }
        });
        for (CarryOverOutcome outcome : CarryOverOutcome.values()) {
            assertThat(reached.getOrDefault(outcome, 0)).as("draws reaching %s", outcome).isGreaterThanOrEqualTo(20);
        }
        assertThat(mixed[0]).as("mergers of mixed kinds").isGreaterThanOrEqualTo(100);
        assertThat(partial[0]).as("mergers with a partial predecessor").isGreaterThanOrEqualTo(100);
    }
}
