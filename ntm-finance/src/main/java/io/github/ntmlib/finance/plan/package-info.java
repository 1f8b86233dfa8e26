/**
 * Capital plans (kế hoạch vốn): lines per unit, plan year, program component, {@link
 * io.github.ntmlib.finance.plan.CapitalSource source}, {@link io.github.ntmlib.finance.plan.CapitalType
 * type} and vintage ({@link io.github.ntmlib.finance.plan.CapitalLine}), changed only by dated
 * decisions ({@link io.github.ntmlib.finance.plan.PlanEvent}) and read as of any date ({@link
 * io.github.ntmlib.finance.plan.CapitalPlan}).
 */
@NullMarked
package io.github.ntmlib.finance.plan;

import org.jspecify.annotations.NullMarked;
