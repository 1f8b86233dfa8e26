/**
 * Types shared by every part of ntm: the typed error for bad input ({@link InvalidDataException})
 * with the position it came from ({@link SourcePosition}); accent-insensitive Vietnamese text
 * matching ({@link VietnameseText}); names in Vietnamese and English ({@link Labels}, {@link
 * Labelled}, {@link Language}); exact fractions ({@link Fraction}); and report figures rounded
 * half-up at the printed digits ({@link Figures}).
 *
 * <p>Every package of ntm is {@code @NullMarked}: no parameter, return value or component is
 * null unless annotated {@code @Nullable}; absent values are {@code Optional} return values.
 */
@NullMarked
package io.github.ntmlib.base;

import org.jspecify.annotations.NullMarked;
