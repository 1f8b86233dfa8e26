/** The ntm command: picocli subcommands over the library. */
@NullMarked
package io.github.ntmlib.examples.cli;

import org.jspecify.annotations.NullMarked;
