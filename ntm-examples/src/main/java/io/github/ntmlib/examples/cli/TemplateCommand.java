package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.Labels;
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
import io.github.ntmlib.criteria2026.AppendixOneTable;
import io.github.ntmlib.criteria2026.GroupFactsCsv;
import io.github.ntmlib.criteria2026.NationalCriteria2026;
import io.github.ntmlib.plan.io.CostModelJson;
import io.github.ntmlib.plan.io.CostModelXlsx;
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
        subcommands = {TemplateCommand.OverlayTemplateCommand.class, TemplateCommand.AppendixTemplateCommand.class,
                TemplateCommand.GroupFactsTemplateCommand.class, TemplateCommand.PlanCostsTemplateCommand.class})
final class TemplateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw Usage.of(spec.commandLine(), "cần một lệnh con: overlay, appendix, group-facts hoặc plan-costs",
                "a subcommand is needed: overlay, appendix, group-facts or plan-costs");
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
                throw Usage.of(spec.commandLine(), "--format xlsx cần -o FILE", "--format xlsx needs -o FILE");
            }
            LocalDate date = asOf != null ? asOf : set.validUntil();
            Snapshot snapshot = units != null ? Inputs.read(units, (r, file) -> UnitsCsv.read(r, file, date))
                    : list.history().asOf(date);
            AdminUnit unit = snapshot.unit(province).filter(u -> u.kind().level() == Level.PROVINCE)
                    .orElseThrow(() -> new InvalidDataException(SourcePosition.of(units != null ? units.toString()
                            : "list " + list), province, "--province", Labels.of("không có tỉnh " + province + " vào ngày "
                            + Language.VIETNAMESE.format(date), "no province " + province + " on "
                            + Language.ENGLISH.format(date))));
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

    /** {@code ntm template appendix}. */
    @Command(name = "appendix", mixinStandardHelpOptions = true,
            description = {"Writes the skeleton of a transcription of appendix I of Decision 51/2025 (JSON, "
                    + AppendixOneTable.SCHEMA + "): the source and, for each of the 10 criteria, one indicator to copy "
                    + "until the criterion has all of its indicators (47 in all), each with a value per commune group.",
                    "Load the transcription with 'ntm evaluate --set vn-2026-2030 --appendix FILE'; an incomplete one "
                            + "is refused naming what is missing per criterion and group."})
    static final class AppendixTemplateCommand implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--set", defaultValue = NationalCriteria2026.SET_ID, paramLabel = "ID",
                description = "the criteria set: vn-2026-2030 (the default, and the only one with appendix I)")
        String setId = NationalCriteria2026.SET_ID;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "the file to write (default: standard output)")
        Path output;

        @Override
        public Integer call() {
            if (!setId.equals(NationalCriteria2026.SET_ID)) {
                throw Usage.of(spec.commandLine(), "--set " + setId + ": phụ lục I là bảng của riêng bộ tiêu chí "
                        + NationalCriteria2026.SET_ID, "--set " + setId + ": appendix I is a table"
                        + " of " + NationalCriteria2026.SET_ID + " only");
            }
            CriteriaSet set = TemplateCommand.set(spec.commandLine(), setId);
            write(spec.commandLine(), output, w -> AppendixOneTable.writeTemplate(set, w));
            return Ntm.OK;
        }
    }

    /** {@code ntm template group-facts}. */
    @Command(name = "group-facts", mixinStandardHelpOptions = true,
            description = {"Writes the commune-group facts form of 2026-2030 (CSV): one row per xã of the hierarchy "
                    + "with its code and name, the facts blank (unknown) until filled: area (NOT_IN_AREA, I, II, III), "
                    + "urban_adjacent and new_urban_area (yes, no), agriculture_share_percent, source.",
                    "Load it with 'ntm evaluate --group-facts FILE'."})
    static final class GroupFactsTemplateCommand implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--units", paramLabel = "FILE",
                description = "the province's units CSV (default: the shipped list of --list)")
        Path units;

        @Option(names = "--list", paramLabel = "NAME", description = "a shipped list: ha_tinh (default) or vietnam")
        Inputs.ShippedList list = Inputs.ShippedList.ha_tinh;

        @Option(names = "--as-of", paramLabel = "DATE", description = "the date the units are read on (default: today)")
        LocalDate asOf = LocalDate.now();

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "the file to write (default: standard output)")
        Path output;

        @Override
        public Integer call() {
            Snapshot snapshot = units != null ? Inputs.read(units, (r, file) -> UnitsCsv.read(r, file, asOf))
                    : list.history().asOf(asOf);
            write(spec.commandLine(), output, w -> GroupFactsCsv.writeTemplate(snapshot, w));
            return Ntm.OK;
        }
    }

    /** {@code ntm template plan-costs}. */
    @Command(name = "plan-costs", mixinStandardHelpOptions = true,
            description = {"Writes the blank cost model workbook (XLSX, " + CostModelJson.SCHEMA + ") a province fills "
                    + "with its own costs for 'ntm plan': its description and whether the figures are synthetic, "
                    + "indicator costs (rate, basis, fixed part), criterion costs and exclusions, with bilingual "
                    + "headers, drop-down lists and notes. ntm has no default cost.",
                    "Load it with 'ntm plan --costs FILE.xlsx'; the filled example is "
                            + "docs/examples/plan-costs-ha-tinh.xlsx (SYNTHETIC figures)."})
    static final class PlanCostsTemplateCommand implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "the workbook to write (.xlsx)")
        Path output;

        @Override
        public Integer call() {
            if (!Workbooks.isWorkbook(output)) {
                throw Usage.of(spec.commandLine(), "-o " + output + ": biểu mẫu bảng chi phí là sổ tính, tên tệp phải có "
                        + "đuôi .xlsx", "-o " + output + ": the cost model form is a workbook, the file name must end "
                        + "in .xlsx");
            }
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(output)) {
                CostModelXlsx.writeTemplate(out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(Notes.language(spec.commandLine()) == Language.VIETNAMESE
                    ? "Đã ghi biểu mẫu bảng chi phí trống vào " + output + " (điền số liệu của tỉnh, rồi dùng: ntm plan "
                            + "--costs " + output + ")"
                    : "Wrote the blank cost model form to " + output + " (fill in the province's figures, then: ntm "
                            + "plan --costs " + output + ")");
            out.flush();
            return Ntm.OK;
        }
    }

    /** Writes to a file, or to standard output. */
    private static void write(CommandLine cl, Path output, java.util.function.Consumer<java.io.Writer> writer) {
        if (output == null) {
            PrintWriter out = cl.getOut();
            writer.accept(out);
            out.flush();
            return;
        }
        try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(output)) {
            writer.accept(w);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An installed set by id, or a usage error listing the installed ones. */
    static CriteriaSet set(CommandLine cl, String id) {
        CriteriaRegistry registry = CriteriaRegistry.load();
        if (registry.all().stream().noneMatch(s -> s.id().equals(id))) {
            String installed = registry.all().stream().map(CriteriaSet::id).collect(Collectors.joining(", "));
            throw Usage.of(cl, "chưa cài đặt bộ tiêu chí " + Limits.quote(id) + " (đã cài đặt: " + installed + ")",
                    "no criteria set " + Limits.quote(id) + " is installed (installed: " + installed + ")");
        }
        return registry.byId(id);
    }
}
