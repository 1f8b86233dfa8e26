package io.github.ntmlib.examples.cli;

import picocli.CommandLine;

/** Progress notes of long work: on standard error, and only when the command runs in a terminal. */
final class Notes {

    private Notes() {
    }

    /**
     * Prints a progress note when standard error is a terminal.
     *
     * @param cl   the running command
     * @param what what the command is doing
     */
    static void progress(CommandLine cl, String what) {
        if (System.console() != null) {
            cl.getErr().println("ntm " + cl.getCommandName() + ": " + what + " …");
            cl.getErr().flush();
        }
    }
}
