/**
 * The national NTM criteria of 2026-2030 (Decision 51/2025/QĐ-TTg): the set's ids and loader
 * ({@link io.github.ntmlib.criteria2026.NationalCriteria2026}), the commune group rule ({@link
 * io.github.ntmlib.criteria2026.CommuneGroups}) and the format of the official appendix I table
 * ({@link io.github.ntmlib.criteria2026.AppendixOneTable}).
 */
@NullMarked
package io.github.ntmlib.criteria2026;

import org.jspecify.annotations.NullMarked;
