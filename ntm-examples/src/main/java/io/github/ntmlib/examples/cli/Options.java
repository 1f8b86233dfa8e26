package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.Language;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Options every report-printing subcommand shares: language and output format. Each command offers
 * some of the formats; {@link #format(CommandLine, Set)} is the one place that refuses the others.
 */
final class Options {

    /** The output formats. */
    enum Format {
        /** Plain text. */
        text,
        /** JSON in the library's versioned schemas. */
        json,
        /** A self-contained HTML page. */
        html,
        /** A PDF document (the HTML page printed by headless Chromium). */
        pdf,
        /** An Excel workbook. */
        xlsx,
        /** A Word document. */
        docx
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

    @Option(names = "--format", defaultValue = "text",
            description = "text (default) or json; html, pdf, xlsx, docx for evaluate (html also for demo); a format the "
                    + "command does not offer is a usage error")
    Format format = Format.text;

    Language language() {
        return lang.language();
    }

    /**
     * The format asked for, when the command offers it.
     *
     * @param cl      the running command
     * @param offered the formats it offers
     * @return the format
     * @throws CommandLine.ParameterException (a usage error, exit 2) naming the formats it offers
     */
    Format format(CommandLine cl, Set<Format> offered) {
        if (!offered.contains(format)) {
            List<String> names = offered.stream().sorted().map(Format::name).toList();
            String command = cl.getCommandSpec().qualifiedName(" ");
            throw Usage.of(cl, "--format=" + format + ": " + command + " chỉ in "
                    + Usage.list(names.stream().map(n -> "'" + n + "'").toList(), Language.VIETNAMESE), "--format " + format + ": " + command + " prints "
                    + Usage.list(names, Language.ENGLISH) + " only");
        }
        return format;
    }
}
