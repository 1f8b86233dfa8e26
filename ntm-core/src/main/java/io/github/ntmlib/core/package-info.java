/**
 * Types shared by every part of ntm: the typed error for bad input ({@link
 * io.github.ntmlib.core.InvalidDataException}) with the position it came from ({@link
 * io.github.ntmlib.core.SourcePosition}), and accent-insensitive Vietnamese text matching
 * ({@link io.github.ntmlib.core.VietnameseText}).
 */
package io.github.ntmlib.core;
