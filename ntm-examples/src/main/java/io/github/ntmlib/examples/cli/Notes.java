package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.Language;
import picocli.CommandLine;

/** Progress notes of long work: on standard error, and only when the command runs in a terminal. */
final class Notes {

    private Notes() {
    }

    /**
     * Prints a progress note when standard error is a terminal, in the language of {@code --lang}.
     *
     * @param cl         the running command
     * @param vietnamese what the command is doing, in Vietnamese
     * @param english    what the command is doing, in English
     */
    static void progress(CommandLine cl, String vietnamese, String english) {
        if (System.console() != null) {
            cl.getErr().println(Cli.name(cl) + ": " + (language(cl) == Language.VIETNAMESE ? vietnamese : english)
                    + " …");
            cl.getErr().flush();
        }
    }

    /** The language the command line asks for, read from the root command's arguments. */
    static Language language(CommandLine cl) {
        CommandLine root = cl;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        CommandLine.ParseResult parsed = root.getParseResult();
        return parsed == null ? Language.VIETNAMESE : Cli.language(parsed.originalArgs().toArray(String[]::new));
    }
}
