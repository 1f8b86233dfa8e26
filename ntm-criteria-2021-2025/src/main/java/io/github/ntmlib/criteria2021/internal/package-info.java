/**
 * The 2021-2025 plugin's service provider, and nothing else: it reads the public package
 * ({@link io.github.ntmlib.criteria2021.NationalCriteria2021}), which never reads this one. Not
 * exported.
 */
@NullMarked
package io.github.ntmlib.criteria2021.internal;

import org.jspecify.annotations.NullMarked;
