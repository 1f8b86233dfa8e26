package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.io.OverlayCheckJson;
import io.github.ntmlib.core.criteria.io.TemplateCheck;
import io.github.ntmlib.core.criteria.io.TemplateFinding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ntm overlay}: checks a filled overlay template. */
@Command(name = "overlay", mixinStandardHelpOptions = true,
        description = "Provincial overlays: check a filled template (XLSX or JSON).",
        subcommands = {OverlayCommand.Check.class})
final class OverlayCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw Usage.of(spec.commandLine(), "cần một lệnh con: check", "a subcommand is needed: check");
    }

    /** {@code ntm overlay check}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Checks a filled overlay template (XLSX or JSON): lists every value still empty and every "
                    + "value not allowed, with its sheet and cell (XLSX) or JSON path.",
                    "Exit 3 when a value is not allowed; 4 with --fail-on-empty when one is still empty."})
    static final class Check implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "the filled template (.xlsx or .json)")
        Path file = Path.of("");

        @Option(names = "--fail-on-empty", description = "exit with 4 when a value is still empty")
        boolean failOnEmpty;

        @Mixin
        Options options = new Options();

        @Override
        public Integer call() {
            Options.Format format = options.format(spec.commandLine(), EnumSet.of(Options.Format.text,
                    Options.Format.json));
            TemplateCheck check = OverlayFiles.check(file);
            PrintWriter out = spec.commandLine().getOut();
            if (format == Options.Format.json) {
                OverlayCheckJson.write(file.toString(), check, out);
            } else {
                text(check, out, options.language());
            }
            out.flush();
            if (!check.invalid().isEmpty()) {
                return Ntm.INVALID_INPUT;
            }
            return failOnEmpty && !check.empty().isEmpty() ? Ntm.FAILED_ON_REQUEST : Ntm.OK;
        }

        private void text(TemplateCheck check, PrintWriter out, Language language) {
            boolean vi = language == Language.VIETNAMESE;
            int rows = check.template().rows().size();
            int filled = rows - check.template().empty().size();
            out.println(file + ": " + check.template().criteriaSet() + ", " + check.template().jurisdiction() + " "
                    + check.template().province() + (vi ? " — " + filled + "/" + rows + " chỉ tiêu đã điền, "
                            + check.empty().size() + " ô còn trống, " + check.invalid().size() + " giá trị không hợp lệ"
                            : " — " + filled + "/" + rows + " values filled, " + check.empty().size()
                                    + " cells empty, " + check.invalid().size() + " values not allowed"));
            for (TemplateFinding f : check.findings()) {
                String row = f.standard().isEmpty() ? "" : f.standard() + " " + f.indicator() + " — ";
                String what;
                if (f.kind() == TemplateFinding.Kind.EMPTY) {
                    what = f.standard().isEmpty() ? (vi ? "còn trống: số và ngày quyết định của tỉnh"
                            : "empty: the number and date of the province's decision")
                            : (vi ? "còn trống (giá trị cho phép: " : "empty (allowed: ") + f.allowed() + ")";
                } else {
                    what = vi ? "«" + f.found() + "» không hợp lệ (giá trị cho phép: " + f.allowed() + ")"
                            : "\"" + f.found() + "\" not allowed: " + f.message();
                }
                out.println("  " + f.where() + ": " + row + what);
            }
        }
    }
}
