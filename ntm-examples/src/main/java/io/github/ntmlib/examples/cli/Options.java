package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.Language;
import picocli.CommandLine.Option;

/** Options every report-printing subcommand shares: language and output format. */
final class Options {

    /** The output formats. */
    enum Format {
        /** Plain text. */
        text,
        /** JSON in the library's versioned schemas. */
        json,
        /** A self-contained HTML page. */
        html
    }

    /** The languages. */
    enum Lang {
        /** Vietnamese. */
        vi,
        /** English. */
        en;

        Language language() {
            return this == vi ? Language.VIETNAMESE : Language.ENGLISH;
        }
    }

    @Option(names = "--lang", defaultValue = "vi", description = "vi (default) or en")
    Lang lang = Lang.vi;

    @Option(names = "--format", defaultValue = "text", description = "text (default), json or html")
    Format format = Format.text;

    Language language() {
        return lang.language();
    }
}
