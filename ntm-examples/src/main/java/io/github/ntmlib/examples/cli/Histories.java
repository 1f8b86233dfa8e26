package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.locality.ChangeEvent;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.io.LocalityJson;
import io.github.ntmlib.core.locality.io.MergeMapCsv;
import io.github.ntmlib.core.locality.io.UnitsCsv;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The locality history a {@code units} subcommand reads: a shipped list ({@code --list}) or the
 * province's own ({@code --history}): a history JSON ({@code ntm.locality.history/1}), or units
 * CSVs each in force from a date ({@code --history 2024-11-01=units-2024.csv}, repeated) with the
 * merge maps of the reorganisations between them ({@code --merge-map 2025-07-01=reorg.csv}). A
 * date before the history starts is a usage error that says the range the history covers.
 */
final class Histories {

    @Option(names = "--list", paramLabel = "NAME", description = "the shipped list: ha_tinh (default; from "
            + "01/11/2024) or vietnam (from 01/03/2025)")
    Inputs.ShippedList list = Inputs.ShippedList.ha_tinh;

    @Option(names = "--history", paramLabel = "FILE|DATE=FILE", description = "a province's own history instead of "
            + "the shipped list: a history JSON (ntm.locality.history/1), or units CSVs each with the date it is in "
            + "force from (DATE=FILE, repeated)")
    List<String> history = new ArrayList<>();

    @Option(names = "--merge-map", paramLabel = "DATE=FILE", description = "with units CSVs: the merge map (new code, "
            + "old code, share) of a reorganisation taking effect on DATE (repeated)")
    List<String> mergeMaps = new ArrayList<>();

    private @Nullable LocalityHistory read;

    /** The name the output gives the history: the shipped list's name or the files'. */
    String name() {
        return history.isEmpty() ? list.name() : String.join("+", history);
    }

    /**
     * The history, read once.
     *
     * @param cl the command line, for usage errors
     * @return the history
     */
    LocalityHistory history(CommandLine cl) {
        LocalityHistory h = read;
        if (h == null) {
            h = load(cl);
            read = h;
        }
        return h;
    }

    private LocalityHistory load(CommandLine cl) {
        if (history.isEmpty()) {
            if (!mergeMaps.isEmpty()) {
                throw Usage.of(cl, "--merge-map đi cùng các tệp CSV đơn vị hành chính cho bằng --history",
                        "--merge-map goes with units CSVs given by --history");
            }
            return list.history();
        }
        if (history.size() == 1 && !history.get(0).contains("=")) {
            if (!mergeMaps.isEmpty()) {
                throw Usage.of(cl, "--merge-map đi cùng các tệp CSV đơn vị hành chính (DATE=FILE), không đi cùng"
                        + " tệp JSON lịch sử, vốn đã ghi các thay đổi của nó", "--merge-map goes with units CSVs"
                        + " (DATE=FILE), not with a history JSON, which holds its own changes");
            }
            return Inputs.read(Path.of(history.get(0)), LocalityJson::readHistory);
        }
        List<Snapshot> snapshots = new ArrayList<>();
        for (String entry : history) {
            Dated d = dated(cl, "--history", entry);
            snapshots.add(Inputs.csv(d.file, (r, f) -> UnitsCsv.read(r, f, d.date)));
        }
        snapshots.sort(Comparator.comparing(Snapshot::date));
        for (int i = 1; i < snapshots.size(); i++) {
            if (snapshots.get(i).date().equals(snapshots.get(i - 1).date())) {
                throw Usage.of(cl, "--history: hai danh sách đơn vị hành chính cùng có hiệu lực từ ngày "
                        + Language.VIETNAMESE.format(snapshots.get(i).date()), "--history: two units lists in force from "
                        + snapshots.get(i).date());
            }
        }
        List<ChangeEvent> events = new ArrayList<>();
        for (String entry : mergeMaps) {
            Dated d = dated(cl, "--merge-map", entry);
            events.addAll(Inputs.csv(d.file, (r, f) -> MergeMapCsv.read(r, f, d.date)));
        }
        return LocalityHistory.of(snapshots, events);
    }

    /**
     * The snapshot in force on a date, or a usage error saying the range the history covers.
     *
     * @param cl   the command line
     * @param date the date
     * @return the snapshot
     */
    Snapshot asOf(CommandLine cl, LocalDate date) {
        LocalityHistory h = history(cl);
        if (date.isBefore(h.start())) {
            throw Usage.of(cl, "lịch sử " + Limits.quote(name()) + " bắt đầu từ ngày " + Language.VIETNAMESE.format(h.start())
                    + ", không có ngày " + Language.VIETNAMESE.format(date) + (history.isEmpty()
                    ? "; với ngày trước đó, hãy cho lịch sử riêng của tỉnh bằng --history" : ""),
                    "the history " + name() + " covers " + h.start()
                    + " onward, not " + date + (history.isEmpty() ? "; for an earlier date give the province's own"
                    + " history with --history" : ""));
        }
        return h.asOf(date);
    }

    private record Dated(LocalDate date, Path file) { }

    private static Dated dated(CommandLine cl, String option, String entry) {
        int eq = entry.indexOf('=');
        if (eq < 0) {
            throw Usage.of(cl, option + " " + Limits.quote(entry) + ": hãy viết DATE=FILE (ví dụ 01/11/2024="
                    + "units.csv); chỉ một tệp JSON lịch sử duy nhất mới không cần ngày", option + " " + entry
                    + ": give DATE=FILE (e.g. 2024-11-01=units.csv); only a single history JSON goes without a date");
        }
        LocalDate date = Dates.read(entry.substring(0, eq)).orElseThrow(() -> Usage.of(cl,
                option + " " + Limits.quote(entry) + ": " + Limits.quote(entry.substring(0, eq))
                        + " không phải là một ngày (dd/MM/yyyy hoặc yyyy-MM-dd)",
                option + " " + entry + ": '" + entry.substring(0, eq) + "' is not a date (yyyy-MM-dd or dd/MM/yyyy)"));
        return new Dated(date, Path.of(entry.substring(eq + 1)));
    }
}
