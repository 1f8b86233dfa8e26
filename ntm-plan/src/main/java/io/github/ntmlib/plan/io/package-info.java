/**
 * The planner's documents: the plan ({@code ntm.plan/1}) written by
 * {@link io.github.ntmlib.plan.io.PlanJson} and the province's cost model
 * ({@code ntm.plan-costs/1}) read and written by {@link io.github.ntmlib.plan.io.CostModelJson},
 * or as an Excel workbook by {@link io.github.ntmlib.plan.io.CostModelXlsx} under the same rules;
 * their JSON Schemas are under {@code docs/schemas/}.
 */
@NullMarked
package io.github.ntmlib.plan.io;

import org.jspecify.annotations.NullMarked;
