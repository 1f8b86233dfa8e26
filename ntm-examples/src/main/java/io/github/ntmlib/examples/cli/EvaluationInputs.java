package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.PreparedEvaluation;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.criteria2026.AppendixOneTable;
import io.github.ntmlib.criteria2026.CommuneGroups;
import io.github.ntmlib.criteria2026.GroupDerivation;
import io.github.ntmlib.criteria2026.GroupFacts;
import io.github.ntmlib.criteria2026.GroupFactsCsv;
import io.github.ntmlib.criteria2026.NationalCriteria2026;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The inputs of one evaluation, as {@code ntm evaluate} takes them: the hierarchy (a shipped list or
 * a units file), data, statuses, the criteria set with its overlay, the date, data year and counting
 * mode. A mixin of {@code ntm evaluate}, and a repeated group of {@code ntm compare} (one group per
 * evaluation compared).
 */
class EvaluationInputs {

    @Option(names = "--list", paramLabel = "NAME", description = "a shipped list: ha_tinh (default) or vietnam")
    Inputs.ShippedList list = Inputs.ShippedList.ha_tinh;

    @Option(names = "--units", paramLabel = "FILE", description = "a units CSV or .xlsx workbook instead of a shipped list")
    Path units;

    @Option(names = "--values", paramLabel = "FILE", description = "indicator values: CSV or .xlsx workbook")
    Path values;

    @Option(names = "--outcomes", paramLabel = "FILE", description = "recorded criterion outcomes: CSV or .xlsx workbook")
    Path outcomes;

    @Option(names = "--statuses", paramLabel = "FILE", description = "official statuses (status register): CSV or .xlsx workbook")
    Path statuses;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "a JSON mapping (ntm.xlsx-mapping/1) that reads the --values or --outcomes workbook in the wide "
                    + "layout: one row per unit, one column per indicator or criterion")
    Path mapping;

    @Option(names = "--overlay", paramLabel = "FILE",
            description = "a provincial overlay: an overlay JSON, or a filled template (.xlsx or .json)")
    Path overlay;

    @Option(names = "--appendix", paramLabel = "FILE",
            description = "2026-2030: a transcription of appendix I of Decision 51/2025 (JSON, ntm.appendix-i-2026-2030/1)")
    Path appendix;

    @Option(names = "--group-facts", paramLabel = "FILE",
            description = "2026-2030: the facts placing each xã in a commune group (CSV, or the same columns in an "
                    + ".xlsx sheet)")
    Path groupFacts;

    @Option(names = "--group-precedence", defaultValue = "AREA_FIRST", paramLabel = "RULE",
            description = "when a xã's facts point to groups 1 and 3: AREA_FIRST (default) or URBAN_FIRST")
    CommuneGroups.Precedence precedence = CommuneGroups.Precedence.AREA_FIRST;

    @Option(names = "--set", paramLabel = "ID", description = "the criteria set (default: the one valid on --as-of)")
    String setId;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the assessment date, yyyy-mm-dd or dd/mm/yyyy")
    LocalDate asOf = LocalDate.MIN;

    @Option(names = "--data-year", paramLabel = "YEAR", description = "the data year (default: the year of --as-of)")
    Integer dataYear;

    @Option(names = "--counting", defaultValue = "OFFICIAL", description = "OFFICIAL (default) or COMPUTED")
    CountingMode counting = CountingMode.OFFICIAL;

    @Option(names = "--lenient", description = "list rows an evaluation cannot use (data or statuses for a kind a "
            + "standard does not apply to, statuses of unknown units or standards) instead of failing")
    boolean lenient;

    /** An evaluation with the commune groups derived for it (2026-2030), for printing. */
    record Evaluated(Evaluation evaluation, Map<String, GroupDerivation> groups) {
    }

    /** The data year: --data-year, else the year of --as-of. */
    int year() {
        return dataYear == null ? asOf.getYear() : dataYear;
    }

    /** The evaluation date. */
    LocalDate asOf() {
        return asOf;
    }

    /**
     * The criteria set: --set, else the one valid on --as-of for the data year; with --appendix and
     * --overlay applied.
     *
     * @param cl       the command, for usage errors
     * @param registry the installed sets
     * @return the set
     */
    CriteriaSet criteriaSet(CommandLine cl, CriteriaRegistry registry) {
        int year = year();
        CriteriaSet set;
        if (setId != null) {
            if (registry.all().stream().noneMatch(s -> s.id().equals(setId))) {
                throw Usage.of(cl, "chưa cài đặt bộ tiêu chí " + Limits.quote(setId) + " (đã cài đặt: "
                        + ids(registry, Language.VIETNAMESE) + ")", "no criteria set " + Limits.quote(setId)
                        + " is installed (installed: " + ids(registry, Language.ENGLISH) + ")");
            }
            set = registry.byId(setId);
        } else {
            try {
                set = registry.pick(year, asOf).set();
            } catch (java.util.NoSuchElementException e) {
                throw Usage.of(cl, "không có bộ tiêu chí nào đã cài đặt đánh giá được dữ liệu năm " + year
                        + " vào ngày " + Language.VIETNAMESE.format(asOf) + " (--set, --as-of, --data-year)",
                        String.valueOf(e.getMessage()));
            }
        }
        if (appendix != null) {
            if (!set.id().equals(NationalCriteria2026.SET_ID)) {
                throw Usage.of(cl, "--appendix là phụ lục I của bộ tiêu chí " + NationalCriteria2026.SET_ID
                        + ", không phải của " + set.id(), "--appendix is appendix I of "
                        + NationalCriteria2026.SET_ID + ", not of " + set.id());
            }
            set = Inputs.read(appendix, AppendixOneTable::read).applyTo(set);
        }
        if (overlay != null) {
            set = OverlayFiles.read(overlay).applyTo(set);
        }
        return set;
    }

    /**
     * The hierarchy evaluated: the units file on --as-of, or the shipped list's snapshot in force
     * then, classified by the installed plugins' tables.
     */
    Snapshot snapshot(CriteriaRegistry registry, Workbooks inputs) {
        // the plugins' classification tables (the NTM region, say) fill what the units do not carry
        return registry.classify(units != null ? inputs.units(units, asOf) : list.history().asOf(asOf));
    }

    /** The inputs read: the set, hierarchy, data, register, request and the commune groups derived. */
    private record Read(CriteriaSet set, Snapshot snapshot, Dataset data, StatusRegister register,
            EvaluationRequest request, Map<String, GroupDerivation> groups) {
    }

    /**
     * Reads the inputs and evaluates.
     *
     * @param cl               the command, for usage errors and progress notes
     * @param style            the declared number style of the CSV files, or null
     * @param beforeEvaluating a check of the hierarchy read, run before evaluating
     * @return the evaluation and the commune groups derived
     */
    Evaluated evaluate(CommandLine cl, @Nullable NumberStyle style, Consumer<Snapshot> beforeEvaluating) {
        Read r = read(cl, style, beforeEvaluating);
        Notes.progress(cl, "đang đánh giá " + r.snapshot().size() + " đơn vị theo bộ tiêu chí " + r.set().id(),
                "evaluating " + r.snapshot().size() + " units with " + r.set().id());
        Evaluation evaluation = Evaluator.of(r.set()).evaluate(r.request(), r.snapshot(), r.data(), r.register());
        return new Evaluated(evaluation, r.groups());
    }

    /**
     * Reads the inputs and prepares their evaluation (validated and indexed once, for a planner
     * that re-judges changed data).
     *
     * @param cl               the command, for usage errors and progress notes
     * @param style            the declared number style of the CSV files, or null
     * @param beforeEvaluating a check of the hierarchy read, run before preparing
     * @return the prepared evaluation
     */
    PreparedEvaluation prepare(CommandLine cl, @Nullable NumberStyle style, Consumer<Snapshot> beforeEvaluating) {
        Read r = read(cl, style, beforeEvaluating);
        Notes.progress(cl, "đang đánh giá " + r.snapshot().size() + " đơn vị theo bộ tiêu chí " + r.set().id(),
                "evaluating " + r.snapshot().size() + " units with " + r.set().id());
        return Evaluator.of(r.set()).prepare(r.request(), r.snapshot(), r.data(), r.register());
    }

    private Read read(CommandLine cl, @Nullable NumberStyle style, Consumer<Snapshot> beforeEvaluating) {
        CriteriaRegistry registry = CriteriaRegistry.load();
        CriteriaSet set = criteriaSet(cl, registry);
        Notes.progress(cl, "đang đọc danh sách đơn vị hành chính" + (units == null ? " ('" + list + "')" : ""),
                "reading the hierarchy" + (units == null ? " (" + list + ")" : ""));
        Workbooks inputs = new Workbooks(cl, mapping, style);
        Snapshot snapshot = snapshot(registry, inputs);
        Map<String, GroupDerivation> groups = Map.of();
        if (groupFacts != null) {
            Map<String, GroupFacts> facts = inputs.sheet(groupFacts, java.util.Set.of("agriculture_share_percent"),
                    GroupFactsCsv::read);
            CommuneGroups.Assignment assignment;
            try {
                assignment = CommuneGroups.classify(snapshot, facts, precedence);
            } catch (InvalidDataException e) {
                throw new InvalidDataException(SourcePosition.of(groupFacts.toString()), e.subject().orElse(null),
                        "commune_code", Labels.of(e.reason(Language.VIETNAMESE), e.reason(Language.ENGLISH)), e);
            }
            snapshot = assignment.snapshot();
            groups = assignment.derivations();
        }
        Dataset.Builder data = Dataset.builder();
        if (values != null) {
            data.addAll(inputs.observations(values));
        }
        if (outcomes != null) {
            data.addAllOutcomes(inputs.outcomes(outcomes));
        }
        StatusRegister register = statuses == null ? StatusRegister.empty() : StatusRegister.of(inputs.statuses(statuses));
        inputs.checkMappingUsed();
        beforeEvaluating.accept(snapshot);
        EvaluationRequest request = EvaluationRequest.of(asOf, year(), counting);
        return new Read(set, snapshot, data.build(), register, lenient ? request.asLenient() : request, groups);
    }

    private static String ids(CriteriaRegistry registry, Language language) {
        return registry.all().stream().map(s -> s.id() + " " + language.format(s.validFrom()) + ".."
                + language.format(s.validUntil())).collect(Collectors.joining(", "));
    }
}
