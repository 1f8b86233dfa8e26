package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ntm} command: the library's main jobs from a terminal. Exit codes: 0 success, 2 usage
 * error, 3 invalid input (the message names file, line and field; nothing is written), 4 a result
 * the caller asked to fail on ({@code --fail-on-mismatch}, {@code --fail-on-not-met}).
 */
@Command(name = "ntm", mixinStandardHelpOptions = true, versionProvider = Ntm.Version.class,
        description = "Vietnam's New Rural Development program (nông thôn mới): assessments, reports and checks.",
        subcommands = {DemoCommand.class, EvaluateCommand.class, CompareCommand.class, UnitsCommand.class, OcopCommand.class,
                FinanceCommand.class, PlanCommand.class, CheckReportCommand.class, TemplateCommand.class, OverlayCommand.class, ServeCommand.class,
                AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:usage error", "3:invalid input (file, line and field named; nothing written)",
                "4:a result asked to fail on (--fail-on-mismatch, --fail-on-not-met)"})
public final class Ntm implements Runnable {

    /** Success. */
    public static final int OK = 0;
    /** A usage error. */
    public static final int USAGE = 2;
    /** Invalid input. */
    public static final int INVALID_INPUT = 3;
    /** A result the caller asked to fail on. */
    public static final int FAILED_ON_REQUEST = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The language of the help and the errors ({@link Cli#language} reads it before parsing). */
    @CommandLine.Option(names = "--lang", defaultValue = "vi", description = "vi (default) or en")
    Options.Lang lang = Options.Lang.vi;

    /** The command's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Ntm.class.getPackage().getImplementationVersion();
            return new String[] {"ntm " + (v == null ? "0.1.0-SNAPSHOT" : v), "Java " + Runtime.version()};
        }
    }

    /**
     * Runs the command and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /**
     * Runs the command with the given streams.
     *
     * @param out  standard output
     * @param err  standard error
     * @param args the arguments
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Language language = Cli.language(args);
        CommandLine cl = new CommandLine(new Ntm());
        cl.registerConverter(LocalDate.class, Dates.converter());
        Help.localize(cl, language);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out).setErr(err)
                .setExecutionExceptionHandler((e, c, parsed) -> handle(e, c, language))
                .setParameterExceptionHandler((p, a) -> usage(p, language));
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int usage(CommandLine.ParameterException p, Language language) {
        CommandLine c = p.getCommandLine();
        PrintWriter err = c.getErr();
        err.println(Cli.name(c) + ": " + Cli.usageError(language) + ": " + UsageErrors.text(p, language));
        c.usage(err);
        return USAGE;
    }

    private static int handle(Exception e, CommandLine cl, Language language) {
        PrintWriter err = cl.getErr();
        if (e instanceof InvalidDataException d) {
            err.println(Cli.name(cl) + ": " + Cli.invalidInput(language) + ": " + d.message(language));
            return INVALID_INPUT;
        }
        if (e instanceof UncheckedIOException u) {
            err.println(Cli.name(cl) + ": " + Cli.invalidInput(language) + ": " + (language == Language.ENGLISH
                    ? u.getMessage() : UsageErrors.file(u.getCause(), language)));
            return INVALID_INPUT;
        }
        if (e instanceof IOException io) {
            err.println(Cli.name(cl) + ": " + Cli.invalidInput(language) + ": " + UsageErrors.file(io, language));
            return INVALID_INPUT;
        }
        if (e instanceof CommandLine.ParameterException p) {
            return usage(p, language);
        }
        err.println(Cli.name(cl) + ": " + e);
        return 1;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
