/**
 * The national NTM criteria sets of 2021-2025 (bộ tiêu chí quốc gia về nông thôn mới giai đoạn
 * 2021-2025): {@link io.github.ntmlib.criteria2021.NationalCriteria2021} loads the set and names
 * its standards. Applications usually find the set through {@code CriteriaRegistry.load()}.
 */
@NullMarked
package io.github.ntmlib.criteria2021;

import org.jspecify.annotations.NullMarked;
