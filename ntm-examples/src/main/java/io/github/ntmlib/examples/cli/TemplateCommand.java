package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.io.OverlayTemplate;
import io.github.ntmlib.core.criteria.io.OverlayTemplateJson;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Level;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.io.UnitsCsv;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ntm template}: fill-in forms for what the law leaves to the province. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Fill-in forms (XLSX or JSON) for the values a province supplies: the thresholds a criteria set "
                + "leaves open. Formats: docs/formats.md.",
        subcommands = {TemplateCommand.OverlayTemplateCommand.class})
final class TemplateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: overlay");
    }

    /** The form's format. */
    enum FormFormat {
        /** An Excel workbook. */
        xlsx,
        /** JSON. */
        json
    }

    /** {@code ntm template overlay}. */
    @Command(name = "overlay", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Writes the overlay template of a criteria set for a province: one row for every threshold "
                    + "that is not encoded or set by the province, with its standard, criterion, indicator (code and "
                    + "Vietnamese name), unit, conditions, legal source and an empty value to fill.",
                    "Fill it, check it with 'ntm overlay check', and load it with 'ntm evaluate --overlay'."})
    static final class OverlayTemplateCommand implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--set", required = true, paramLabel = "ID", description = "the criteria set, e.g. vn-2021-2025")
        String setId = "";

        @Option(names = "--province", required = true, paramLabel = "CODE", description = "the province code")
        String province = "";

        @Option(names = "--units", paramLabel = "FILE",
                description = "the province's units CSV (default: the shipped list of --list)")
        Path units;

        @Option(names = "--list", paramLabel = "NAME", description = "a shipped list: ha_tinh (default) or vietnam")
        Inputs.ShippedList list = Inputs.ShippedList.ha_tinh;

        @Option(names = "--as-of", paramLabel = "DATE",
                description = "the date the units are read on (default: the set's last day)")
        LocalDate asOf;

        @Option(names = "--format", paramLabel = "FORMAT",
                description = "xlsx or json (default: xlsx when -o ends with .xlsx, else json)")
        FormFormat format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "the file to write (json: default standard output)")
        Path output;

        @Option(names = "--lang", defaultValue = "vi", description = "vi (default) or en")
        Options.Lang lang = Options.Lang.vi;

        @Override
        public Integer call() {
            CriteriaSet set = TemplateCommand.set(spec.commandLine(), setId);
            FormFormat f = format != null ? format
                    : output != null && OverlayFiles.isWorkbook(output) ? FormFormat.xlsx : FormFormat.json;
            if (f == FormFormat.xlsx && output == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format xlsx needs -o FILE");
            }
            LocalDate date = asOf != null ? asOf : set.validUntil();
            Snapshot snapshot = units != null ? Inputs.read(units, (r, file) -> UnitsCsv.read(r, file, date))
                    : list.history().asOf(date);
            AdminUnit unit = snapshot.unit(province).filter(u -> u.kind().level() == Level.PROVINCE)
                    .orElseThrow(() -> new InvalidDataException(SourcePosition.of(units != null ? units.toString()
                            : "list " + list), province, "--province", "no province " + province + " on "
                            + Language.ENGLISH.format(date)));
            OverlayTemplate template = OverlayTemplate.of(set, unit.code(), unit.name());
            PrintWriter out = spec.commandLine().getOut();
            if (output == null) {
                OverlayTemplateJson.write(template, out);
            } else {
                OverlayFiles.write(template, output, f == FormFormat.xlsx);
                Language language = lang.language();
                out.println(language == Language.VIETNAMESE
                        ? "Đã ghi mẫu " + template.rows().size() + " chỉ tiêu cần tỉnh điền (" + unit.name() + ", "
                                + set.id() + ") vào " + output
                        : "Wrote a template of " + template.rows().size() + " values for the province to fill ("
                                + unit.name() + ", " + set.id() + ") to " + output);
            }
            out.flush();
            return Ntm.OK;
        }
    }

    /** An installed set by id, or a usage error listing the installed ones. */
    static CriteriaSet set(CommandLine cl, String id) {
        CriteriaRegistry registry = CriteriaRegistry.load();
        if (registry.all().stream().noneMatch(s -> s.id().equals(id))) {
            throw new CommandLine.ParameterException(cl, "no criteria set '" + id + "' is installed (installed: "
                    + registry.all().stream().map(CriteriaSet::id).collect(Collectors.joining(", ")) + ")");
        }
        return registry.byId(id);
    }
}
