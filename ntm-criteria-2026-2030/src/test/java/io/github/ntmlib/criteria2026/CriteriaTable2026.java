package io.github.ntmlib.criteria2026;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.UnitKind;
import java.util.stream.Collectors;

/**
 * Generates {@code CRITERIA.md} from the set's data: what the module encodes of Decision 51/2025
 * and what it declares without encoding. {@link CriteriaTable2026Test} checks the committed file.
 */
final class CriteriaTable2026 {

    private CriteriaTable2026() {
    }

    static String render(CriteriaSet set) {
        StringBuilder md = new StringBuilder("# ").append(set.labels().english()).append(" (")
                .append(set.labels().vietnamese()).append(")\n\n");
        md.append("Generated from `").append(NationalCriteria2026.RESOURCE).append("` by `CriteriaTable2026` (test"
                + " sources); `CriteriaTable2026Test` fails when this file is out of date. Do not edit by hand.\n\n");
        md.append("Set `").append(set.id()).append("`, in force ").append(set.validFrom()).append(" to ")
                .append(set.validUntil()).append("; judges data years ").append(set.period().firstDataYear())
                .append("-").append(set.period().lastDataYear()).append(" evaluated from ")
                .append(set.period().acceptedFrom()).append(" to ").append(set.period().acceptedUntil())
                .append(". Source: ").append(set.provenance()).append(" — ").append(set.provenance().note())
                .append(".\n\n");
        md.append("**Encoded:** the standards and criteria below, with their numbers and names; the commune group"
                + " scheme. **Not encoded:** the 47 indicators of appendix I (texts and values per group), the"
                + " content of appendices II and III. Every criterion is therefore *not assessed* unless a sector"
                + " department's outcome is recorded for it (đạt / chưa đạt), or the official table is loaded"
                + " (`NationalCriteria2026.withOfficialTable`, format in `AppendixOneTable`).\n\n");
        md.append("## Classification schemes\n\n| scheme | values | what |\n|---|---|---|\n");
        for (ClassificationScheme s : set.schemes()) {
            md.append("| `").append(s.id()).append("` | ").append(s.values().stream().sorted()
                    .collect(Collectors.joining(", "))).append(" | ").append(s.description()).append(" |\n");
        }
        for (Standard s : set.standards()) {
            md.append("\n## `").append(s.id()).append("` — ").append(s.labels().vietnamese()).append(" (")
                    .append(s.labels().english()).append(")\n\nApplies to: ").append(s.appliesTo().stream().sorted()
                            .map(UnitKind::vietnamese).collect(Collectors.joining(", ")));
            s.nestedIn().ifPresent(n -> md.append("; requires `").append(n).append("`"));
            md.append(". Source: ").append(s.provenance()).append(" — ").append(s.provenance().note()).append(".\n\n");
            md.append("| criterion | indicator | status | source |\n|---|---|---|---|\n");
            for (Criterion c : s.criteria()) {
                for (IndicatorDefinition i : c.indicators()) {
                    for (ThresholdRule r : i.rules()) {
                        md.append("| **").append(c.code()).append("** ").append(c.labels().vietnamese()).append(" / ")
                                .append(c.labels().english()).append(" | `").append(i.code()).append("` | ")
                                .append(r.threshold().status().name().toLowerCase().replace('_', ' ')).append(" | ")
                                .append(r.threshold().provenance().part()).append(": ")
                                .append(r.threshold().provenance().note()).append(" |\n");
                    }
                }
            }
        }
        return md.toString();
    }
}
