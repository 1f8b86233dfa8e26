package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.Language;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * A subcommand that computes one result and prints it as text in the chosen language or as a JSON
 * document in a versioned schema (docs/formats.md). The format is checked before any work: a format
 * the command does not offer is a usage error, never ignored. Nothing is written when computing
 * fails.
 *
 * @param <R> the result
 */
abstract class Report<R> implements Callable<Integer> {

    private static final Set<Options.Format> OFFERED = EnumSet.of(Options.Format.text, Options.Format.json);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    Options options = new Options();

    /**
     * Computes the result.
     *
     * @return the result
     */
    abstract R compute();

    /**
     * Prints the result as text.
     *
     * @param result   the result
     * @param out      where to print
     * @param language the language
     */
    abstract void text(R result, PrintWriter out, Language language);

    /**
     * Writes the result as a JSON document by the writer of the module owning it (docs/formats.md).
     *
     * @param result the result
     * @param out    where to write
     */
    abstract void json(R result, PrintWriter out);

    @Override
    public final Integer call() {
        Options.Format format = options.format(spec.commandLine(), OFFERED);
        R result = compute();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Options.Format.json) {
            json(result, out);
        } else {
            text(result, out, options.language());
        }
        out.flush();
        return Ntm.OK;
    }
}
