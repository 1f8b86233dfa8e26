package io.github.ntmlib.ocop.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.OcopDataException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the arithmetic a score sheet must satisfy (parts A, B, C of 35, 25 and 40 points,
 * groups and subgroups that add up, top options worth the criterion's maximum, unique codes and
 * knock-outs naming known criteria), checked on copies of a real sheet with one fault each.
 */
class SheetStructureRulesTest {

    private static final Sheet SHEET = SheetCatalog.of(Instrument.QD_26_2026).sheet(1);

    private static Sheet withParts(List<Part> parts) {
        return withParts(SHEET, parts);
    }

    private static Sheet withParts(Sheet sheet, List<Part> parts) {
        return new Sheet(sheet.instrument(), sheet.number(), sheet.title(), sheet.branch(), sheet.group(),
                sheet.subgroup(), sheet.ministries(), sheet.knockOuts(), parts, sheet.source());
    }

    private static Sheet withKnockOuts(List<KnockOut> knockOuts) {
        return new Sheet(SHEET.instrument(), SHEET.number(), SHEET.title(), SHEET.branch(), SHEET.group(),
                SHEET.subgroup(), SHEET.ministries(), knockOuts, SHEET.parts(), SHEET.source());
    }

    /** The sheet with the first group of part {@code p} changed. */
    private static Sheet withFirstGroup(int p, UnaryOperator<CriterionGroup> change) {
        List<Part> parts = new ArrayList<>(SHEET.parts());
        Part part = parts.get(p);
        List<CriterionGroup> groups = new ArrayList<>(part.groups());
        groups.set(0, change.apply(groups.get(0)));
        parts.set(p, new Part(part.code(), part.title(), part.points(), groups, part.corrections()));
        return withParts(parts);
    }

    private static CriterionGroup group(CriterionGroup g, int points, List<Subgroup> subgroups,
            List<SheetCriterion> criteria) {
        return new CriterionGroup(g.code(), g.title(), points, subgroups, criteria, g.corrections());
    }

    @Test
    void theRealSheetRebuiltFromItsPartsIsAccepted() {
        assertThat(withParts(SHEET.parts())).isEqualTo(SHEET);
        assertThat(SHEET.id()).isNotBlank();
    }

    @Test
    void aSheetHasPartsABAndCOfTheirPoints() {
        assertThatThrownBy(() -> withParts(SHEET.parts().subList(0, 2))).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("parts A, B and C");
        List<Part> swapped = new ArrayList<>(SHEET.parts());
        swapped.set(0, SHEET.parts().get(1));
        swapped.set(1, SHEET.parts().get(0));
        assertThatThrownBy(() -> withParts(swapped)).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("part A must total");
        Part a = SHEET.parts().get(0);
        List<Part> renamed = new ArrayList<>(SHEET.parts());
        renamed.set(0, new Part("X", a.title(), a.points(), a.groups(), a.corrections()));
        assertThatThrownBy(() -> withParts(renamed)).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("part A must total");
    }

    @Test
    void groupsAndPartsAddUp() {
        assertThatThrownBy(() -> withFirstGroup(0, g -> group(g, g.points() + 1, g.subgroups(), g.criteria())))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("group total");
        // A group dropped from part A: the group sums hold, the part's does not.
        List<Part> parts = new ArrayList<>(SHEET.parts());
        Part a = parts.get(0);
        parts.set(0, new Part(a.code(), a.title(), a.points(), a.groups().subList(1, a.groups().size()),
                a.corrections()));
        assertThatThrownBy(() -> withParts(parts)).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("part total");
    }

    @Test
    void criterionCodesAreUniqueAndTheTopOptionIsWorthTheMaximum() {
        assertThatThrownBy(() -> withFirstGroup(0, g -> {
            List<SheetCriterion> twice = new ArrayList<>(g.criteria());
            twice.add(g.criteria().get(0));
            return group(g, g.points() + g.criteria().get(0).points(), g.subgroups(), twice);
        })).isInstanceOf(OcopDataException.class).hasMessageContaining("criterion code appears twice");
        assertThatThrownBy(() -> withFirstGroup(0, g -> {
            List<SheetCriterion> criteria = new ArrayList<>(g.criteria());
            SheetCriterion c = criteria.get(0);
            criteria.set(0, SheetCriterion.of(c.code(), c.title(), c.points() + 1, c.subgroup(), c.notes(),
                    c.applicableWhen(), c.corrections(), c.options()));
            return group(g, g.points() + 1, g.subgroups(), criteria);
        })).isInstanceOf(OcopDataException.class).hasMessageContaining("top option gives");
    }

    @Test
    void subgroupsAddUp() {
        Sheet sheet = SheetCatalog.of(Instrument.QD_26_2026).sheets().stream()
                .filter(x -> x.parts().stream().anyMatch(p -> p.groups().stream()
                        .anyMatch(g -> !g.subgroups().isEmpty()))).findFirst().orElseThrow();
        Part part = sheet.parts().stream().filter(p -> p.groups().stream().anyMatch(g -> !g.subgroups().isEmpty()))
                .findFirst().orElseThrow();
        CriterionGroup g = part.groups().stream().filter(x -> !x.subgroups().isEmpty()).findFirst().orElseThrow();
        List<Subgroup> subgroups = new ArrayList<>(g.subgroups());
        Subgroup s = subgroups.get(0);
        subgroups.set(0, new Subgroup(s.code(), s.title(), s.points() + 1));
        List<CriterionGroup> groups = new ArrayList<>(part.groups());
        groups.set(groups.indexOf(g), group(g, g.points(), subgroups, g.criteria()));
        List<Part> parts = new ArrayList<>(sheet.parts());
        parts.set(parts.indexOf(part), new Part(part.code(), part.title(), part.points(), groups, part.corrections()));
        assertThat(withParts(sheet, sheet.parts())).isEqualTo(sheet);
        assertThatThrownBy(() -> withParts(sheet, parts)).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("subgroup total");
    }

    @Test
    void knockOutsAreUniqueAndNameKnownCriteria() {
        KnockOut k = KnockOut.of("K1", KnockOutKind.values()[0], "text", Optional.empty(), List.of("ZZ9"));
        assertThatThrownBy(() -> withKnockOuts(List.of(k))).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("knock-out names unknown criterion ZZ9");
        String known = SHEET.parts().get(0).groups().get(0).criteria().get(0).code();
        KnockOut ok = KnockOut.of("K1", KnockOutKind.values()[0], "text", Optional.empty(), List.of(known));
        assertThat(withKnockOuts(List.of(ok)).knockOuts()).containsExactly(ok);
        assertThatThrownBy(() -> withKnockOuts(List.of(ok, ok))).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("knock-out id appears twice");
    }
}
