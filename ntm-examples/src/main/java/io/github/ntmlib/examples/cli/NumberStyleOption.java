package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.NumberStyle;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --number-style}: how the numbers of the CSV files a command reads are written. */
final class NumberStyleOption {

    /** The styles, as typed. */
    enum Style {
        /** vi-VN: "." groups thousands, "," marks decimals (1.205,5). */
        vi,
        /** Plain: no grouping, "." marks decimals (1205.5). */
        plain
    }

    @Option(names = "--number-style", paramLabel = "STYLE",
            description = "how numbers in the CSV files are written: vi (1.205,5) or plain (1205.5); default: as"
                    + " each file declares ('# number-style: vi'), else a number read two ways is an error")
    @Nullable Style style;

    /** The declared style, or {@code null}. */
    @Nullable NumberStyle style() {
        return style == null ? null : style == Style.vi ? NumberStyle.VI_VN : NumberStyle.PLAIN;
    }
}
