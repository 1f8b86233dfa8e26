package io.github.ntmlib.core.locality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ntmlib.base.VietnameseText;
import io.github.ntmlib.core.locality.io.LocalityJson;
import io.github.ntmlib.core.locality.io.UnitsCsv;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Property tests (QuickTheories) of snapshots and histories over generated hierarchies. */
class HierarchyPropertiesTest {

    private static final LocalDate DATE = LocalDate.of(2024, 1, 1);
    private static final int EXAMPLES = 200;

    @Test
    void descendantsPartitionByLevel() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Snapshot s = RandomHierarchies.snapshot(seed, DATE);
            for (AdminUnit unit : s.units()) {
                List<AdminUnit> all = s.descendants(unit.code());
                List<AdminUnit> byLevel = new ArrayList<>();
                for (Level level : Level.values()) {
                    List<AdminUnit> part = s.descendants(unit.code(), level);
                    assertThat(part).allMatch(u -> u.level() == level);
                    byLevel.addAll(part);
                }
                assertThat(byLevel).containsExactlyInAnyOrderElementsOf(all);
                assertThat(new HashSet<>(all)).hasSize(all.size());
            }
        });
    }

    @Test
    void childrenCountsSumToDescendantCounts() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Snapshot s = RandomHierarchies.snapshot(seed, DATE);
            for (AdminUnit unit : s.units()) {
                int sum = 0;
                for (AdminUnit child : s.children(unit.code())) {
                    sum += 1 + s.descendants(child.code()).size();
                }
                assertThat(s.descendants(unit.code())).hasSize(sum);
                int kinds = s.countByKind(unit.code()).values().stream().mapToInt(Integer::intValue).sum();
                assertThat(kinds).isEqualTo(sum);
            }
            int roots = 0;
            for (AdminUnit root : s.roots()) {
                roots += 1 + s.descendants(root.code()).size();
            }
            assertThat(roots).isEqualTo(s.size());
        });
    }

    @Test
    void asOfIsStableBetweenTwoEvents() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 2000)).checkAssert((seed, offset) -> {
            LocalityHistory h = RandomHierarchies.history(seed);
            LocalDate date = h.start().plusDays(offset);
            Snapshot inForce = h.asOf(date);
            LocalDate next = h.snapshots().stream().map(Snapshot::date).filter(d -> d.isAfter(date)).findFirst()
                    .orElse(date.plusDays(1));
            for (LocalDate d = inForce.date(); d.isBefore(next); d = d.plusDays(Math.max(1, (next.toEpochDay()
                    - inForce.date().toEpochDay()) / 7))) {
                assertThat(h.asOf(d)).isSameAs(inForce);
            }
            assertThat(h.asOf(next.minusDays(1))).isSameAs(inForce);
            for (AdminUnit unit : inForce.units()) {
                assertThat(unit.validity().contains(date)).isTrue();
            }
        });
    }

    @Test
    void everyUnitAliveBeforeAMergeIsInTheMergedUnitsLineage() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            LocalityHistory h = RandomHierarchies.history(seed);
            for (ChangeEvent event : h.events()) {
                if (event instanceof ChangeEvent.Merge) {
                    ChangeEvent.Merge merge = (ChangeEvent.Merge) event;
                    LocalDate dayBefore = merge.date().minusDays(1);
                    Set<String> lineage = new HashSet<>();
                    h.predecessorsOn(merge.successor(), merge.date(), dayBefore).forEach(u -> lineage.add(u.code()));
                    for (ChangeEvent.Predecessor p : merge.predecessors()) {
                        assertThat(lineage).contains(p.code());
                        assertThat(h.successorsOn(p.code(), dayBefore, merge.date()))
                                .extracting(AdminUnit::code).contains(merge.successor());
                    }
                    Set<String> fromStart = new HashSet<>();
                    h.predecessorsOn(merge.successor(), merge.date(), h.start()).forEach(u -> fromStart.add(u.code()));
                    assertThat(fromStart).isNotEmpty();
                }
            }
        });
    }

    @Test
    void csvRoundTripIsIdentity() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Snapshot s = RandomHierarchies.snapshot(seed, DATE)
                    .withClassifications(TestSchemes.REGION, java.util.Map.of("10", "TAY_NGUYEN"));
            StringWriter out = new StringWriter();
            UnitsCsv.write(s, out);
            Snapshot back = UnitsCsv.read(new StringReader(out.toString()), "generated.csv", DATE);
            assertThat(back).isEqualTo(s);
            StringWriter again = new StringWriter();
            UnitsCsv.write(back, again);
            assertThat(again.toString()).isEqualTo(out.toString());
        });
    }

    @Test
    void historyRoundTripsThroughJsonAndVersionCsv() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            LocalityHistory h = RandomHierarchies.history(seed);
            StringWriter json = new StringWriter();
            LocalityJson.write(h, json);
            LocalityHistory back = LocalityJson.readHistory(new StringReader(json.toString()), "h.json");
            assertThat(back).isEqualTo(h);
            assertThat(back.snapshots()).isEqualTo(h.snapshots());
            StringWriter csv = new StringWriter();
            UnitsCsv.writeVersions(h, csv);
            List<ChangeEvent> merges = new ArrayList<>();
            h.events().stream().filter(e -> e instanceof ChangeEvent.Merge).forEach(merges::add);
            LocalityHistory fromCsv = UnitsCsv.readVersions(new StringReader(csv.toString()), "v.csv", merges);
            for (Snapshot snapshot : h.snapshots()) {
                assertThat(fromCsv.asOf(snapshot.date()).units()).containsExactlyInAnyOrderElementsOf(snapshot.units());
            }
            assertThat(new HashSet<>(fromCsv.events())).isEqualTo(new HashSet<>(h.events()));
        });
    }

    @Test
    void snapshotJsonRoundTripIsIdentity() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Snapshot s = RandomHierarchies.snapshot(seed, DATE);
            StringWriter json = new StringWriter();
            LocalityJson.write(s, json);
            assertThat(LocalityJson.readSnapshot(new StringReader(json.toString()), "s.json")).isEqualTo(s);
        });
    }

    @Test
    void lookupsIgnoreAccentsAndCase() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Snapshot s = RandomHierarchies.snapshot(seed, DATE);
            for (AdminUnit unit : s.units()) {
                assertThat(s.find(unit.name())).contains(unit);
                assertThat(s.find(unit.name().toUpperCase(Locale.ROOT))).contains(unit);
                assertThat(s.find(VietnameseText.fold(unit.name()))).contains(unit);
                assertThat(s.find(VietnameseText.fold(unit.baseName()))).contains(unit);
                assertThat(s.find("  " + unit.baseName().toLowerCase(Locale.ROOT) + " ")).contains(unit);
            }
        });
    }
}
