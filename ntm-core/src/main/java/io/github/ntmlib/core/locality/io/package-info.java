/**
 * Reading and writing hierarchies: unit lists in the CSV form of the GSO lists ({@link
 * io.github.ntmlib.core.locality.io.UnitsCsv}), merge maps ({@link
 * io.github.ntmlib.core.locality.io.MergeMapCsv}), change lists, classification tables, and
 * snapshots and histories as JSON ({@link io.github.ntmlib.core.locality.io.LocalityJson}). Every
 * reader reports bad input with file, line, unit code and field.
 */
@NullMarked
package io.github.ntmlib.core.locality.io;

import org.jspecify.annotations.NullMarked;
