/**
 * Planning toward a target (kế hoạch phấn đấu): {@link io.github.ntmlib.plan.Planner} answers a
 * {@link io.github.ntmlib.plan.PlanRequest} — a prepared evaluation, a scope, one goal or a chain of
 * nested goals (nâng cao, then kiểu mẫu), an optional budget and a province's
 * {@link io.github.ntmlib.plan.CostModel} — with an {@link io.github.ntmlib.plan.ImprovementPlan}:
 * the units chosen, per unit the criteria and indicators to close (current value, threshold,
 * required change, cost, legal source), the total against the budget, the cheapest units left out
 * and why, the closest-first plan it improves on, and the plan's cost beside each district's
 * allocation.
 *
 * <p>The plan never assumes: every candidate's improvements are applied to a copy of the data and
 * judged again by the engine, and so is the whole plan before it is returned.
 */
@NullMarked
package io.github.ntmlib.plan;

import org.jspecify.annotations.NullMarked;
