/** The integer programme behind the planner (ojAlgo); not part of the API. */
@NullMarked
package io.github.ntmlib.plan.internal;

import org.jspecify.annotations.NullMarked;
