package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.io.DataCsv;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.LineageLink;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.PlainChange;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.io.LineageJson;
import io.github.ntmlib.core.locality.io.UnitsCheckJson;
import io.github.ntmlib.core.locality.io.UnitsCsv;
import io.github.ntmlib.core.locality.io.UnitsDiffJson;
import io.github.ntmlib.core.report.CarryOver;
import io.github.ntmlib.core.report.CarryOverPolicy;
import io.github.ntmlib.core.report.StatusCarrier;
import io.github.ntmlib.core.report.io.CarryOverJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.jspecify.annotations.Nullable;

/** {@code ntm units}: check a hierarchy file, diff two snapshots, a unit's lineage, status carry-over. */
@Command(name = "units", mixinStandardHelpOptions = true,
        description = "Administrative units: check a hierarchy file, diff two snapshots, a unit's lineage, "
                + "carry statuses across a reorganisation.",
        subcommands = {UnitsCommand.Check.class, UnitsCommand.Diff.class, UnitsCommand.Lineage.class,
                UnitsCommand.Carry.class})
final class UnitsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw Usage.of(spec.commandLine(), "cần một lệnh con: check, diff, lineage hoặc carry",
                "a subcommand is needed: check, diff, lineage or carry");
    }

    /** Reads a snapshot: a units CSV on a date, or a shipped list on a date. */
    static Snapshot snapshot(CommandLine cl, String spec, Histories histories, LocalDate fileDate) {
        Optional<LocalDate> date = Dates.read(spec);
        return date.isPresent() ? histories.asOf(cl, date.get())
                : Inputs.csv(Path.of(spec), (r, f) -> UnitsCsv.read(r, f, fileDate));
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Checks a units CSV (every problem with file, line, unit and field) and prints it by kind.")
    static final class Check extends Report<Snapshot> {
        @Parameters(index = "0", paramLabel = "FILE", description = "the units CSV")
        Path file = Path.of("");

        @Option(names = "--date", paramLabel = "DATE", description = "the date the list is read on (default: today)")
        LocalDate date = LocalDate.now();

        @Override
        Snapshot compute() {
            return Inputs.csv(file, (r, f) -> UnitsCsv.read(r, f, date));
        }

        @Override
        void text(Snapshot s, PrintWriter out, Language language) {
            out.println(file + ": " + s.size() + (language == Language.VIETNAMESE ? " đơn vị, hợp lệ" : " units, valid"));
            for (Map.Entry<UnitKind, Integer> e : s.countByKind().entrySet()) {
                out.println("  " + e.getKey().labels().in(language) + ": " + e.getValue());
            }
        }

        @Override
        void json(Snapshot s, PrintWriter out) {
            UnitsCheckJson.write(file.toString(), date, s, out);
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = {"What changed between two snapshots: each a units CSV, or a date of the shipped list.",
                    "e.g. ntm units diff 2024-11-01 2025-07-01"})
    static final class Diff extends Report<List<PlainChange>> {
        @Parameters(index = "0", paramLabel = "A", description = "the earlier snapshot: a units CSV or a date")
        String a = "";

        @Parameters(index = "1", paramLabel = "B", description = "the later snapshot: a units CSV or a date")
        String b = "";

        @Mixin
        Histories histories = new Histories();

        @Option(names = "--date", paramLabel = "DATE", description = "the date CSV files are read on (default: today)")
        LocalDate date = LocalDate.now();

        @Override
        List<PlainChange> compute() {
            Snapshot first = snapshot(spec.commandLine(), a, histories, date);
            Snapshot second = snapshot(spec.commandLine(), b, histories, date);
            Notes.progress(spec.commandLine(), "đang so sánh " + first.size() + " và " + second.size() + " đơn vị",
                    "comparing " + first.size() + " and " + second.size() + " units");
            return LocalityHistory.diff(first, second);
        }

        @Override
        void text(List<PlainChange> changes, PrintWriter out, Language language) {
            boolean vi = language == Language.VIETNAMESE;
            for (PlainChange c : changes) {
                String name = c.newName().or(c::oldName).orElse("");
                out.println(c.type().labels().in(language) + " " + c.code() + " " + c.oldName().map(n -> n + " -> ").orElse("") + name
                        + c.oldParent().map(p -> (vi ? " (thuộc " : " (under ") + p).orElse(" (") + c.newParent().filter(
                        p -> !c.oldParent().equals(Optional.of(p))).map(p -> " -> " + p).orElse("") + ")");
            }
            out.println(changes.size() + (vi ? " thay đổi" : " changes"));
        }

        @Override
        void json(List<PlainChange> changes, PrintWriter out) {
            UnitsDiffJson.write(a, b, changes, out);
        }
    }

    @Command(name = "lineage", mixinStandardHelpOptions = true,
            description = "A unit's versions in the shipped list or a province's own history (--history), with what it came "
                    + "from and what it became.")
    static final class Lineage extends Report<List<AdminUnit>> {
        @Parameters(index = "0", paramLabel = "CODE", description = "the unit's code")
        String code = "";

        @Mixin
        Histories histories = new Histories();

        @Override
        List<AdminUnit> compute() {
            LocalityHistory history = histories.history(spec.commandLine());
            List<AdminUnit> versions = history.versions(code);
            if (versions.isEmpty()) {
                throw Usage.of(spec.commandLine(), "không có đơn vị " + code + " trong lịch sử "
                        + Limits.quote(histories.name()) + " (từ ngày " + Language.VIETNAMESE.format(history.start()) + ")",
                        "no unit " + code + " in the history " + histories.name() + " (from " + history.start() + ")");
            }
            return versions;
        }

        @Override
        void text(List<AdminUnit> versions, PrintWriter out, Language language) {
            LocalityHistory history = histories.history(spec.commandLine());
            for (AdminUnit v : versions) {
                out.println(v);
                for (LineageLink l : history.predecessors(v)) {
                    out.println("  <- " + l.from().name() + " (" + l.from().code() + ") " + words(l, language));
                }
                for (LineageLink l : history.successors(v)) {
                    out.println("  -> " + l.to().name() + " (" + l.to().code() + ") " + words(l, language));
                }
            }
        }

        @Override
        void json(List<AdminUnit> versions, PrintWriter out) {
            LineageJson.write(histories.name(), code, histories.history(spec.commandLine()), versions, out);
        }
    }

    @Command(name = "carry", mixinStandardHelpOptions = true,
            description = {"Carries official statuses across a reorganisation under a named policy: for each unit formed "
                    + "on the date, its predecessors' kinds, statuses and shares, and the outcome per standard."})
    static final class Carry extends Report<List<CarryOver>> {
        @Option(names = "--statuses", required = true, paramLabel = "FILE", description = "the status register CSV")
        Path statuses = Path.of("");

        @Option(names = "--policy", defaultValue = "REQUIRE_REACKNOWLEDGEMENT",
                description = "REQUIRE_REACKNOWLEDGEMENT (default) or ALL_FULL_PREDECESSORS")
        CarryOverPolicy policy = CarryOverPolicy.REQUIRE_REACKNOWLEDGEMENT;

        @Option(names = "--date", defaultValue = "2025-07-01", paramLabel = "DATE",
                description = "the reorganisation date (default: 2025-07-01)")
        LocalDate date = LocalDate.of(2025, 7, 1);

        @Option(names = "--unit", paramLabel = "CODE", description = "only this new unit")
        @Nullable String unit;

        @Mixin
        Histories histories = new Histories();

        @Option(names = "--standard", paramLabel = "ID", description = "only this standard")
        @Nullable String standard;

        /** The criteria set the statuses were carried with (known once computed). */
        private @Nullable CriteriaSet set;

        /**
         * The carry-overs printed: every standard of the set a predecessor held (also one the new
         * unit's kind cannot take, shown as not applicable with the reason), or the one asked for.
         */
        @Override
        List<CarryOver> compute() {
            LocalityHistory history = histories.history(spec.commandLine());
            StatusRegister register = StatusRegister.of(Inputs.csv(statuses, DataCsv::readStatuses));
            CriteriaSet set = CriteriaRegistry.load().forDate(date.minusDays(1)).orElseThrow(() ->
                    Usage.of(spec.commandLine(), "không có bộ tiêu chí nào đã cài đặt áp dụng ngày "
                            + Language.VIETNAMESE.format(date.minusDays(1)), "no installed criteria set is valid on "
                            + date.minusDays(1)));
            this.set = set;
            StatusCarrier carrier = StatusCarrier.of(history, register, set, policy);
            Snapshot after = histories.asOf(spec.commandLine(), date);
            String only = unit;
            String one = standard;
            List<AdminUnit> formed = only != null ? List.of(after.require(only))
                    : after.units().stream().filter(u -> after.formedOn(u.code()).filter(date::equals).isPresent())
                    .toList();
            // without --standard: every standard of the set, so that one a predecessor held but the new
            // unit's kind cannot take (commune NTM of a xã merged into a phường) is shown with its reason
            List<String> standards = one != null ? List.of(one)
                    : set.standards().stream().map(io.github.ntmlib.core.criteria.Standard::id).toList();
            List<CarryOver> shown = new ArrayList<>();
            for (AdminUnit u : formed) {
                for (String id : standards) {
                    CarryOver c = carrier.carry(u.code(), date, id);
                    if (c.predecessors().stream().anyMatch(p -> p.recognition().isPresent()) || one != null) {
                        shown.add(c);
                    }
                }
            }
            return shown;
        }

        @Override
        void text(List<CarryOver> carried, PrintWriter out, Language lang) {
            Snapshot after = histories.history(spec.commandLine()).asOf(date);
            if (carried.isEmpty()) {
                String setId = set == null ? "" : " " + set.id();
                out.println(lang == Language.VIETNAMESE
                        ? "Không đơn vị tiền thân nào của " + (unit == null ? "các đơn vị hình thành ngày "
                                + lang.format(date) : after.require(unit).name()) + " giữ chuẩn nào của bộ tiêu chí"
                                + setId + "."
                        : "No predecessor of " + (unit == null ? "the units formed on " + lang.format(date)
                                : after.require(unit).name()) + " held any standard of criteria set" + setId + ".");
            }
            for (CarryOver c : carried) {
                AdminUnit u = after.require(c.unit());
                String standardName = set == null ? c.standard() : set.standard(c.standard())
                        .map(st -> st.labels().in(lang)).orElse(c.standard());
                out.println(u.name() + " (" + u.code() + "), " + standardName + ": " + c.outcome().labels().in(lang));
                out.println("  " + c.explanation(lang).replace("\n", "\n  "));
                for (CarryOver.PredecessorStanding p : c.predecessors()) {
                    out.println("    <- " + p.predecessor().name() + " (" + p.predecessor().code() + ", "
                            + p.predecessor().kind().labels().in(lang) + ", " + p.share().labels().in(lang) + "): "
                            + p.standing().labels().in(lang) + p.recognition().map(e -> " " + lang.format(e.date())
                                    + " " + e.decision()).orElse(""));
                }
            }
        }

        @Override
        void json(List<CarryOver> carried, PrintWriter out) {
            CarryOverJson.write(histories.name(), date, policy, histories.history(spec.commandLine()).asOf(date),
                    carried, out);
        }
    }

    /**
     * A link's share, date and cause as the text prints them.
     *
     * @param l        the link
     * @param language the language
     * @return e.g. "full, 2025-07-01, merged" or "toàn bộ, 01/07/2025, sáp nhập"
     */
    static String words(LineageLink l, Language language) {
        return l.share().labels().in(language) + ", " + language.format(l.date()) + ", "
                + l.cause().labels().in(language);
    }
}
