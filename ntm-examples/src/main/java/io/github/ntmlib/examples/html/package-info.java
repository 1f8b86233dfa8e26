/** The self-contained HTML report, rendered through precompiled jte templates. */
@NullMarked
package io.github.ntmlib.examples.html;

import org.jspecify.annotations.NullMarked;
