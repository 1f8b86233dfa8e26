package io.github.ntmlib.benchmarks;

import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.report.Gap;
import io.github.ntmlib.core.report.Gaps;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.plan.Candidate;
import io.github.ntmlib.plan.ImprovementPlan;
import io.github.ntmlib.plan.Objective;
import io.github.ntmlib.plan.PlanRequest;
import io.github.ntmlib.plan.Planner;
import io.github.ntmlib.plan.Target;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (12) The planner (issue 23) at national scale: every xã of the largest province of the shipped
 * national list ({@link PlanWorld}), three questions ({@link #goal}): "N more xã nâng cao" with N
 * about 20% of the candidates, the same with "N/4 more xã kiểu mẫu" on top, and "the most xã nâng
 * cao within a budget" of half the least cost of N. Three operations: the whole plan
 * ({@link Planner#plan}), the candidates alone ({@link Planner#candidates}: gaps derived from the
 * evaluation's facts, costed and re-judged by the engine), and the closest-first heuristic alone
 * (the {@link Gaps#ranking} of each goal's standard taken in order over the plannable candidates,
 * costed from the candidates' costs, as {@link ImprovementPlan#baseline()} does), so that the
 * optimiser's share of the time can be read beside the heuristic's.
 *
 * <p>{@link #main} is the quick mode: one plan per question, timed (wall, CPU of the thread, CPU of
 * the process) cold and warm, with its cost against the closest-first plan's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class PlanBenchmarks {

    static final String ADVANCED = NationalCriteria2021.COMMUNE_ADVANCED;
    static final String MODEL = NationalCriteria2021.COMMUNE_MODEL;

    /** The question: advanced (N more nâng cao), advanced+model (and N/4 more kiểu mẫu), budget. */
    @Param({"advanced", "advanced+model", "budget"})
    public String goal;

    private Question question;

    /** Builds the world (once per JVM) and the question. */
    @Setup
    public void setUp() {
        question = Question.of(PlanWorld.get(), goal);
    }

    /**
     * The whole plan.
     *
     * @return the plan
     */
    @Benchmark
    public ImprovementPlan plan() {
        return Planner.plan(question.request);
    }

    /**
     * The candidates: gaps derived, costed and re-judged by the engine.
     *
     * @return the candidates
     */
    @Benchmark
    public List<Candidate> candidates() {
        return Planner.candidates(question.request);
    }

    /**
     * The closest-first heuristic alone, on the candidates' costs computed once.
     *
     * @return its cost in đồng
     */
    @Benchmark
    public long closestFirst() {
        return question.closestFirst().cost;
    }

    /** A question on the world, with what the closest-first heuristic needs. */
    static final class Question {
        final PlanWorld world;
        final String name;
        final PlanRequest request;
        final List<String> standards;
        final int[] needs;
        final Vnd budget;
        final Evaluation evaluation;
        /** Per goal, the plannable candidates' costs in đồng by unit. */
        final List<Map<String, Long>> costs = new ArrayList<>();
        /** Per goal, the units counted today. */
        final List<Set<String>> counted = new ArrayList<>();
        final int candidateUnits;
        final int candidateCount;
        final int plannable;
        /** Per goal: criteria to close per plannable candidate (standard and criterion), mean and most. */
        final List<String> criteriaPerCandidate = new ArrayList<>();

        private Question(PlanWorld world, String name, List<String> standards, int[] needs, Objective objective,
                Vnd budget) {
            this.world = world;
            this.name = name;
            this.standards = standards;
            this.needs = needs;
            this.budget = budget;
            PlanRequest.Builder b = PlanRequest.builder(world.prepared, world.province).costs(world.costs)
                    .objective(objective);
            for (int i = 0; i < standards.size(); i++) {
                b.goal(standards.get(i), Target.more(needs[i]));
            }
            if (budget != null) {
                b.budget(budget);
            }
            this.request = b.build();
            this.evaluation = world.prepared.evaluate();
            List<Candidate> all = Planner.candidates(request);
            Set<String> units = new HashSet<>();
            int ok = 0;
            for (String s : standards) {
                Map<String, Long> m = new HashMap<>();
                for (Candidate c : all) {
                    if (c.standard().equals(s)) {
                        units.add(c.unit());
                        c.costIfPlanned().ifPresent(cost -> m.put(c.unit(), cost.money().orElseThrow().dong()));
                    }
                }
                ok += m.size();
                int most = 0;
                long sum = 0;
                int n = 0;
                for (Candidate c : all) {
                    if (c.standard().equals(s) && c.isPlannable()) {
                        int k = (int) c.improvements().stream().map(i -> i.standard() + "/" + i.criterion()).distinct()
                                .count();
                        most = Math.max(most, k);
                        sum += k;
                        n++;
                    }
                }
                criteriaPerCandidate.add(String.format("%.1f mean, %d most", n == 0 ? 0.0 : (double) sum / n, most));
                costs.add(m);
                Set<String> today = new HashSet<>();
                for (var u : evaluation.units()) {
                    u.standard(s).filter(r -> r.isAttained()).ifPresent(r -> today.add(u.unit()));
                }
                counted.add(today);
            }
            this.candidateUnits = units.size();
            this.candidateCount = all.size();
            this.plannable = ok;
        }

        /** The question, with N about 20% of the xã not yet nâng cao. */
        static Question of(PlanWorld world, String name) {
            int open = 0;
            for (var u : world.prepared.evaluate().units()) {
                if (u.standard(ADVANCED).filter(r -> !r.isAttained()).isPresent()) {
                    open++;
                }
            }
            int n = Math.max(1, open / 5);
            switch (name) {
                case "advanced":
                    return new Question(world, name, List.of(ADVANCED), new int[] {n}, Objective.LEAST_COST, null);
                case "advanced+model":
                    return new Question(world, name, List.of(ADVANCED, MODEL), new int[] {n, Math.max(1, n / 4)},
                            Objective.LEAST_COST, null);
                case "budget":
                    Question least = new Question(world, "advanced", List.of(ADVANCED), new int[] {n},
                            Objective.LEAST_COST, null);
                    // half the least cost of N (for one goal: the N cheapest), in whole millions
                    long sum = least.costs.get(0).values().stream().sorted().limit(n).mapToLong(Long::longValue).sum();
                    return new Question(world, name, List.of(ADVANCED), new int[] {n}, Objective.MOST_WITHIN_BUDGET,
                            Vnd.ofMillions(sum / 2 / 1_000_000));
                default:
                    throw new IllegalArgumentException("unknown goal " + name);
            }
        }

        /** The closest-first plan's units and cost. */
        record Heuristic(List<String> units, long cost, int reached, boolean complete) {
        }

        /**
         * The closest-first plan, as {@code ImprovementPlan.baseline()} defines it: the highest goal
         * first, each goal's ranking taken in order over the plannable candidates not already planned
         * as high, skipping a unit that would overrun the budget, until the goal's need is met.
         */
        Heuristic closestFirst() {
            int levels = standards.size();
            Map<String, Integer> top = new HashMap<>();
            List<String> order = new ArrayList<>();
            int[] counts = new int[levels];
            long cost = 0;
            for (int i = levels - 1; i >= 0; i--) {
                for (Gap g : Gaps.ranking(evaluation, standards.get(i))) {
                    if (counts[i] >= needs[i]) {
                        break;
                    }
                    String u = g.unit();
                    Long c = costs.get(i).get(u);
                    int was = top.getOrDefault(u, 0);
                    if (c == null || was > i || !allowed(u, i)) {
                        continue;
                    }
                    long previous = was == 0 ? 0 : costs.get(was - 1).get(u);
                    if (budget != null && cost - previous + c > budget.dong()) {
                        continue;
                    }
                    cost += c - previous;
                    top.put(u, i + 1);
                    for (int k = 0; k <= i; k++) {
                        if ((k >= was) && !counted.get(k).contains(u)) {
                            counts[k]++;
                        }
                    }
                    if (was == 0) {
                        order.add(u);
                    }
                }
            }
            int reached = 0;
            boolean complete = true;
            for (int i = 0; i < levels; i++) {
                reached += counts[i];
                complete &= counts[i] >= needs[i];
            }
            return new Heuristic(order, cost, reached, complete);
        }

        /** Whether the unit can be planned up to goal {@code i}: plannable for every goal below not counted. */
        private boolean allowed(String u, int i) {
            for (int k = 0; k < i; k++) {
                if (!counted.get(k).contains(u) && !costs.get(k).containsKey(u)) {
                    return false;
                }
            }
            return true;
        }

        String describe() {
            StringBuilder s = new StringBuilder(name + ": ");
            for (int i = 0; i < standards.size(); i++) {
                s.append(i == 0 ? "" : " then ").append('+').append(needs[i]).append(' ').append(standards.get(i))
                        .append(" (").append(costs.get(i).size()).append(" plannable of ")
                        .append(world.communes - counted.get(i).size()).append(" not attaining; criteria to close per"
                                + " candidate: ").append(criteriaPerCandidate.get(i)).append(')');
            }
            if (budget != null) {
                s.append(", most within a budget of ").append(budget.dong() / 1_000_000).append(" million đồng");
            }
            return s.append("; ").append(candidateUnits).append(" candidate units, ").append(candidateCount)
                    .append(" candidates").toString();
        }
    }

    private static String load() {
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * The quick mode: the world, then per question one cold plan and the mean of warm ones, wall
     * time beside the CPU time of the thread and of the process, and the plan's cost against the
     * closest-first plan's (checked against {@link ImprovementPlan#baseline()}).
     *
     * @param args questions (comma-separated; default every one), warm-up count, measured count
     */
    public static void main(String[] args) {
        String[] goals = (args.length > 0 ? args[0] : "advanced,advanced+model,budget").split(",");
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long w0 = System.nanoTime();
        PlanWorld world = PlanWorld.get();
        System.out.printf("world built in %.1f s: %s%n", (System.nanoTime() - w0) / 1e9, world.describe());
        System.out.printf("machine: %d processors, load %s%n", Runtime.getRuntime().availableProcessors(), load());
        for (String g : goals) {
            Question q = Question.of(world, g);
            System.out.println(q.describe());
            ImprovementPlan[] last = new ImprovementPlan[1];
            measure(g + " plan", () -> {
                last[0] = Planner.plan(q.request);
                return last[0].units().size();
            }, warm, runs);
            measure(g + " candidates", () -> Planner.candidates(q.request).size(), warm, runs);
            measure(g + " closest-first", () -> q.closestFirst().cost, warm * 20, runs * 20);
            ImprovementPlan p = last[0];
            Question.Heuristic h = check(q, p);
            long planCost = p.cost().money().orElseThrow().dong();
            long baseCost = p.baseline().cost().money().orElseThrow().dong();
            System.out.printf("  plan: %s, %d units, cost %,d million đồng; closest-first: %d units, reached %d,"
                    + " %s, cost %,d million đồng; saving %s%n", p.status(), p.units().size(), planCost / 1_000_000,
                    h.units().size(), h.reached(), h.complete() ? "complete" : "incomplete", baseCost / 1_000_000,
                    p.saving().map(s -> String.format("%,d million đồng (%.1f%%)", s.money().orElseThrow().dong()
                            / 1_000_000, 100.0 * s.money().orElseThrow().dong() / baseCost)).orElse("none (not comparable)"));
        }
    }

    /**
     * Checks a plan against the heuristic here: the heuristic is the plan's baseline (same units,
     * same cost), and when both reach every goal the plan costs no more; returns the heuristic.
     */
    static Question.Heuristic check(Question q, ImprovementPlan p) {
        Question.Heuristic h = q.closestFirst();
        long planCost = p.cost().money().orElseThrow().dong();
        long baseCost = p.baseline().cost().money().orElseThrow().dong();
        if (baseCost != h.cost() || !p.baseline().units().equals(h.units()) || p.baseline().complete() != h.complete()) {
            throw new IllegalStateException("the closest-first heuristic here (" + h + ") is not the plan's baseline ("
                    + p.baseline() + ")");
        }
        if (p.isComplete() && h.complete() && planCost > baseCost) {
            throw new IllegalStateException("the plan (" + planCost + " đồng) costs more than closest-first (" + baseCost
                    + " đồng)");
        }
        if (!p.isComplete() && q.request.budget().isEmpty()) {
            throw new IllegalStateException("the plan without a budget is not complete: " + p.status());
        }
        return h;
    }

    /**
     * The planner's equivalence check for {@link Checks}: the "N more xã nâng cao" question on the
     * world, planned once and checked ({@link #check}).
     *
     * @return a line saying what was checked
     */
    static String checkPlanner() {
        PlanWorld world = PlanWorld.get();
        Question q = Question.of(world, "advanced");
        ImprovementPlan p = Planner.plan(q.request);
        Question.Heuristic h = check(q, p);
        return "planner (" + world.provinceName + ", " + world.communes + " xã, +" + q.needs[0] + " nâng cao): "
                + p.units().size() + " units at " + p.cost().money().orElseThrow().dong() / 1_000_000
                + " million đồng, closest-first " + h.cost() / 1_000_000 + " million đồng";
    }

    private static void measure(String op, LongSupplier task, int warm, int runs) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        long sum = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long proc0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        sum += task.getAsLong();
        System.out.printf("  %-28s first: wall %9.1f ms  cpu %9.1f ms  process cpu %9.1f ms  (load %s)%n", op,
                (System.nanoTime() - wall0) / 1e6, (threads.getCurrentThreadCpuTime() - cpu0) / 1e6,
                (os.getProcessCpuTime() - proc0) / 1e6, load());
        for (int i = 1; i < warm; i++) {
            sum += task.getAsLong();
        }
        cpu0 = threads.getCurrentThreadCpuTime();
        proc0 = os.getProcessCpuTime();
        wall0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            sum += task.getAsLong();
        }
        System.out.printf("  %-28s warm:  wall %9.1f ms  cpu %9.1f ms  process cpu %9.1f ms  (load %s, %d runs,"
                + " checksum %d)%n", op, (System.nanoTime() - wall0) / 1e6 / runs,
                (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / runs, (os.getProcessCpuTime() - proc0) / 1e6 / runs,
                load(), runs, sum);
    }
}
