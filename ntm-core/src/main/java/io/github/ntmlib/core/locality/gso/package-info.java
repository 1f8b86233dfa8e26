/**
 * The official administrative unit lists shipped with ntm: Hà Tĩnh from November 2024 through the
 * 2025 reorganisations, and the whole country before and after 1 July 2025 ({@link
 * io.github.ntmlib.core.locality.gso.GsoLists}).
 */
@NullMarked
package io.github.ntmlib.core.locality.gso;

import org.jspecify.annotations.NullMarked;
