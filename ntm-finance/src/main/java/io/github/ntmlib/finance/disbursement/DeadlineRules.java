package io.github.ntmlib.finance.disbursement;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.base.internal.JsonFields;
import io.github.ntmlib.finance.internal.Tables;
import io.github.ntmlib.finance.plan.CapitalLine;
import io.github.ntmlib.finance.plan.CapitalPlan;
import io.github.ntmlib.finance.plan.PlanEvent;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Disbursement deadlines of capital lines (thời hạn thực hiện và giải ngân) from the public
 * investment law in force, plus National Assembly overrides given as data.
 *
 * <p>Rules, in order: (1) an override covering the line's vintage, source and type (the latest
 * deadline if several); (2) capital extended from an earlier year: 31 Dec of its vintage + 1, and
 * an error if that is before the plan year (only a resolution can carry it further); (3) a line
 * with an extension decision: 31 Dec of N+1; (4) under the 2024 law, a line first allocated after
 * 30 Sep of N: 31 Dec of N+1; (5) otherwise 31 Jan of N+1. A deadline is never before the capital's
 * year. The law versions are the bundled table {@code deadline-rules.json}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class DeadlineRules {

    private record LawVersion(String law, int firstPlanYear, int lastPlanYear, MonthDay deadline,
            MonthDay extendedDeadline, Optional<MonthDay> lateAdditionsAfter) {
    }

    private final String source;
    private final List<LawVersion> laws;
    private final List<DeadlineOverride> overrides;

    private DeadlineRules(String source, List<LawVersion> laws, List<DeadlineOverride> overrides) {
        this.source = source;
        this.laws = laws;
        this.overrides = overrides;
    }

    /**
     * The bundled law table, without overrides.
     *
     * @return the rules
     */
    public static DeadlineRules bundled() {
        return Tables.bundled("deadline-rules.json", DeadlineRules::read);
    }

    /**
     * Reads a law table in the format of the bundled one.
     *
     * @param json   the JSON
     * @param source its name, for errors
     * @return the rules
     * @throws FinanceDataException if the table is malformed
     */
    public static DeadlineRules fromJson(InputStream json, String source) {
        return Tables.read(json, source, DeadlineRules::read);
    }

    private static DeadlineRules read(JsonFields.Node root) {
        List<LawVersion> laws = new ArrayList<>();
        for (JsonFields.Node law : root.get("laws").elements()) {
            int first = law.get("firstPlanYear").integer();
            int last = law.optional("lastPlanYear").map(JsonFields.Node::integer).orElse(Integer.MAX_VALUE);
            if (last < first) {
                throw law.error(Labels.of("'lastPlanYear' trước 'firstPlanYear'",
                                "lastPlanYear is before firstPlanYear"));
            }
            MonthDay deadline = law.get("deadline").monthDay();
            MonthDay extended = law.get("extendedDeadline").monthDay();
            if (extended.isBefore(deadline)) {
                throw law.error(Labels.of("'extendedDeadline' trước 'deadline'",
                                "extendedDeadline is before deadline"));
            }
            laws.add(new LawVersion(law.get("law").text(), first, last, deadline, extended,
                    law.optional("lateAdditionsExtendedAfter").map(JsonFields.Node::monthDay)));
        }
        laws.sort(Comparator.comparingInt(LawVersion::firstPlanYear));
        for (int i = 1; i < laws.size(); i++) {
            if (laws.get(i).firstPlanYear() <= laws.get(i - 1).lastPlanYear()) {
                throw root.get("laws").error(Labels.of("các phiên bản luật chồng lên nhau ở năm kế hoạch " + laws.get(i).firstPlanYear(),
                                "law versions overlap at plan year " + laws.get(i).firstPlanYear()));
            }
        }
        return new DeadlineRules(root.position().source(), List.copyOf(laws), List.of());
    }

    /**
     * These rules with National Assembly overrides added.
     *
     * @param more the overrides
     * @return new rules
     */
    public DeadlineRules withOverrides(List<DeadlineOverride> more) {
        List<DeadlineOverride> all = new ArrayList<>(overrides);
        all.addAll(FinanceDataException.require(more, "overrides"));
        all.forEach(o -> FinanceDataException.require(o, "override"));
        return new DeadlineRules(source, laws, List.copyOf(all));
    }

    /**
     * The deadline of a line of a plan.
     *
     * @param plan the plan holding the line
     * @param line the line
     * @return the deadline with its basis
     * @throws FinanceDataException if the plan has no such line, no law covers its year, or
     *                              extended capital has no resolution carrying it into its plan year
     */
    public Deadline deadlineOf(CapitalPlan plan, CapitalLine line) {
        FinanceDataException.require(plan, "plan");
        FinanceDataException.require(line, "line");
        if (!plan.contains(line)) {
            throw FinanceDataException.api(line.toString(), "line", Labels.of("kế hoạch không có dòng vốn này",
                            "the plan has no such capital line"));
        }
        Optional<DeadlineOverride> override = overrides.stream().filter(o -> o.covers(line))
                .max(Comparator.comparing(DeadlineOverride::deadline));
        if (override.isPresent()) {
            String resolution = override.get().resolution();
            return deadline(override.get().deadline(), "National Assembly resolution " + resolution,
                    "Nghị quyết của Quốc hội " + resolution);
        }
        int n = line.vintage();
        LawVersion law = lawFor(n, line);
        if (line.isExtendedCapital()) {
            if (n + 1 < line.planYear()) {
                throw FinanceDataException.api(line.toString(), "vintage", Labels.of("vốn năm " + n + " chỉ được kéo dài đến năm kế hoạch " + line.planYear() + " theo nghị quyết của Quốc hội; hãy cung cấp gia hạn đó",
                                "capital of " + n
                        + " can reach plan year " + line.planYear() + " only by a National Assembly resolution;"
                        + " supply it as a DeadlineOverride"));
            }
            return deadline(law.extendedDeadline().atYear(n + 1), law.law() + ": extended capital, 31 Dec of N+1",
                    law.law() + ": vốn kéo dài, đến 31/12 năm N+1");
        }
        Optional<PlanEvent> extension = plan.extension(line);
        if (extension.isPresent()) {
            return deadline(law.extendedDeadline().atYear(n + 1), law.law() + ": extended by decision "
                    + extension.get().decision(), law.law() + ": kéo dài theo quyết định " + extension.get().decision());
        }
        LocalDate first = plan.firstAllocated(line).orElseThrow();
        // Any first allocation after 30 Sep of N, including one made in N+1, is a late addition.
        if (law.lateAdditionsAfter().isPresent() && first.isAfter(law.lateAdditionsAfter().get().atYear(n))) {
            MonthDay after = law.lateAdditionsAfter().get();
            return deadline(law.extendedDeadline().atYear(n + 1), law.law() + ": capital added after " + after
                    + " of N runs to N+1", law.law() + ": vốn bổ sung sau ngày " + String.format("%02d/%02d",
                            after.getDayOfMonth(), after.getMonthValue()) + " năm N được thực hiện đến năm N+1");
        }
        return deadline(law.deadline().atYear(n + 1), law.law() + ": annual capital, deadline in N+1",
                law.law() + ": vốn năm N, hạn giải ngân năm N+1");
    }

    private static Deadline deadline(LocalDate date, String english, String vietnamese) {
        return new Deadline(date, english, io.github.ntmlib.base.Labels.of(vietnamese, english));
    }

    private LawVersion lawFor(int year, CapitalLine line) {
        return laws.stream().filter(l -> l.firstPlanYear() <= year && year <= l.lastPlanYear()).findFirst()
                .orElseThrow(() -> FinanceDataException.api(line.toString(), "planYear", Labels.of("không có phiên bản luật nào trong " + source + " áp dụng cho vốn năm " + year,
                                "no law version in " + source + " covers capital of " + year)));
    }
}
