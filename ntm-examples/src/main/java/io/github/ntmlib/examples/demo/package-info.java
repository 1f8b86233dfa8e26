/** The embedded Hà Tĩnh demo: synthetic inputs calibrated to the 2024 report, and the report built from them. */
@NullMarked
package io.github.ntmlib.examples.demo;

import org.jspecify.annotations.NullMarked;
