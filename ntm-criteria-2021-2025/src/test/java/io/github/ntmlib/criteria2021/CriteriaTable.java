package io.github.ntmlib.criteria2021;

import io.github.ntmlib.core.criteria.AggregateCriterion;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.ThresholdStatus;
import io.github.ntmlib.core.locality.UnitKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Generates {@code CRITERIA.md}, the table of every criterion and indicator of the set with its
 * threshold or status and source. {@link CriteriaTableTest} checks the committed file is current;
 * run it with {@code -Dntm.regenerate=true} (or this class's {@code main}) to rewrite it.
 */
final class CriteriaTable {

    private CriteriaTable() {
    }

    /**
     * Writes the table.
     *
     * @param args the output file, {@code CRITERIA.md} by default
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "CRITERIA.md");
        Files.writeString(out, render(NationalCriteria2021.criteriaSet()), StandardCharsets.UTF_8);
    }

    static String render(CriteriaSet set) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(set.labels().english()).append(" (").append(set.labels().vietnamese()).append(")\n\n");
        md.append("Generated from `").append(NationalCriteria2021.RESOURCE).append("` by `CriteriaTable` (test sources);"
                + " `CriteriaTableTest` fails when this file is out of date. Do not edit by hand.\n\n");
        md.append("Set `").append(set.id()).append("`, in force ").append(set.validFrom()).append(" to ")
                .append(set.validUntil()).append(". Source: ").append(source(set.provenance())).append(".\n\n");
        md.append("Period: data years ").append(set.period().firstDataYear()).append("-")
                .append(set.period().lastDataYear()).append(", evaluated from ").append(set.period().acceptedFrom())
                .append(" to ").append(set.period().acceptedUntil());
        set.period().transitions().forEach(t -> md.append("; data of ").append(t.dataYear()).append(" also from ")
                .append(t.from()).append(" (").append(cell(t.note())).append(")"));
        md.append(".\n\n");
        md.append("Status: **verified** (a value read from the source), **set by province** (the national text"
                + " leaves the value to the province: supply it with an overlay), **not encoded** (the value exists in"
                + " law but was not found: supply it with an overlay or record the criterion's outcome). An indicator"
                + " without a verified threshold is evaluated as *not assessed*, never met.\n\n");
        Map<ThresholdStatus, Integer> counts = new EnumMap<>(ThresholdStatus.class);
        set.standards().forEach(s -> s.criteria().forEach(c -> c.indicators().forEach(i -> i.rules().forEach(
                r -> counts.merge(r.threshold().status(), 1, Integer::sum)))));
        md.append("Threshold rules: ").append(counts.getOrDefault(ThresholdStatus.VERIFIED, 0)).append(" verified, ")
                .append(counts.getOrDefault(ThresholdStatus.SET_BY_PROVINCE, 0)).append(" set by province, ")
                .append(counts.getOrDefault(ThresholdStatus.NOT_ENCODED, 0)).append(" not encoded.\n\n");
        md.append("Effective-region override: ");
        md.append(set.overrides().stream().map(o -> o.scheme() + " → " + o.value() + " when any of " + o.whenAny()
                + " [" + source(o.provenance()) + "]").collect(Collectors.joining("; "))).append(".\n");
        for (Standard s : set.standards()) {
            standard(md, s);
        }
        md.append("\n## Not in the data\n\nThe revocation rule of 18/2022/QĐ-TTg (revocation when 30% to under 50%"
                + " of the criteria fail, including one of income, environment and food safety, quality of the living"
                + " environment, defence and security; or when 50% or more fail) is reported only by a secondary source"
                + " and is marked **to verify**: it is not encoded.\n");
        return md.toString();
    }

    private static void standard(StringBuilder md, Standard s) {
        md.append("\n## `").append(s.id()).append("` — ").append(s.labels().vietnamese()).append(" (")
                .append(s.labels().english()).append(")\n\n");
        md.append("Applies to: ").append(s.appliesTo().stream().sorted().map(UnitKind::vietnamese)
                .collect(Collectors.joining(", ")));
        s.nestedIn().ifPresent(n -> md.append("; requires `").append(n).append("`"));
        md.append(". Source: ").append(source(s.provenance())).append(".\n\n");
        md.append("| criterion | indicator | kind | applies when | threshold | status | source |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (Criterion c : s.criteria()) {
            String group = s.id().equals(NationalCriteria2021.COMMUNE_NTM)
                    ? ContentGroup.of(c.code()).map(g -> " (" + g.vietnamese() + " / " + g.english() + ")").orElse("")
                    : "";
            String name = "**" + c.code() + "** " + cell(c.labels().vietnamese()) + " / " + cell(c.labels().english())
                    + group;
            if (c instanceof AggregateCriterion) {
                AggregateCriterion a = (AggregateCriterion) c;
                md.append("| ").append(name).append(" | share of ").append(a.kinds().stream().sorted()
                        .map(UnitKind::vietnamese).collect(Collectors.joining("/"))).append(" holding `")
                        .append(a.standard()).append("` | aggregate | | ").append(a.comparison().symbol()).append(" ")
                        .append(a.percent().toPlainString()).append("% | verified | ").append(cell(source(a.provenance())))
                        .append(" |\n");
                continue;
            }
            boolean code = !(c instanceof io.github.ntmlib.core.criteria.IndicatorCriterion);
            for (IndicatorDefinition i : c.indicators()) {
                for (ThresholdRule r : i.rules()) {
                    Threshold t = r.threshold();
                    md.append("| ").append(name).append(" | `").append(i.code()).append("` ")
                            .append(cell(i.labels().english())).append(" | ").append(i.kind().name().toLowerCase())
                            .append(i.unit().isEmpty() ? "" : " (" + i.unit() + ")").append(" | ")
                            .append(cell(conditions(r))).append(" | ")
                            .append(code ? "rule in code: income ≥ 110% of this level; level " : "")
                            .append(cell(threshold(t))).append(" | ").append(status(t.status())).append(" | ")
                            .append(cell(source(t.provenance()))).append(" |\n");
                }
            }
        }
    }

    private static String conditions(ThresholdRule r) {
        String when = r.when().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(", "));
        return when.isEmpty() ? "always" : when;
    }

    private static String threshold(Threshold t) {
        if (t.comparison() == io.github.ntmlib.core.criteria.Comparison.MET) {
            return "Đạt";
        }
        return t.comparison().symbol() + " " + t.value().map(v -> v.toPlainString()).orElse("—");
    }

    private static String status(ThresholdStatus s) {
        return s.name().toLowerCase().replace('_', ' ');
    }

    private static String source(Provenance p) {
        return p.toString() + (p.note().isEmpty() ? "" : " — " + p.note());
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
