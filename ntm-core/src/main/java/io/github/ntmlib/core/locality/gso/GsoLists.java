package io.github.ntmlib.core.locality.gso;

import io.github.ntmlib.core.locality.ChangeEvent;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.io.MergeMapCsv;
import io.github.ntmlib.core.locality.io.UnitsCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The official administrative unit lists shipped with ntm (GSO register, danh mục đơn vị hành
 * chính), as ready-made histories.
 *
 * <p>Sources: the GSO register as published by the public dvhcvn project and its 2025 companion
 * mapping (MIT licence), compiled from the Standing Committee resolutions 1654-1687/NQ-UBTVQH15
 * of 2025; see {@code SOURCES.md} beside the files. The lists carry no classification of any
 * criteria period: a criteria plugin contributes those as tables ({@code
 * CriteriaPlugin.classify}). The histories are built once and shared: they are immutable.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class GsoLists {

    /** The date Hà Tĩnh's 2023-2025 rearrangement of district and commune units took effect. */
    public static final LocalDate HA_TINH_REARRANGEMENT_2025 = LocalDate.of(2025, 1, 1);
    /** The date two-level local government took effect and districts were abolished. */
    public static final LocalDate TWO_LEVEL_GOVERNMENT = LocalDate.of(2025, 7, 1);
    /** The date of the oldest Hà Tĩnh list shipped. */
    public static final LocalDate HA_TINH_FIRST_LIST = LocalDate.of(2024, 11, 1);
    /** The date of the oldest national list shipped. */
    public static final LocalDate NATIONAL_FIRST_LIST = LocalDate.of(2025, 3, 1);

    private GsoLists() {
    }

    /**
     * Hà Tĩnh (42) from 1 November 2024: the list of that date, the list after the 1 January 2025
     * rearrangement (as published on 1 March 2025), and the two-level list of 1 July 2025 with the
     * merge map of every new commune.
     *
     * @return the history
     */
    public static LocalityHistory haTinh() {
        return HaTinh.HISTORY;
    }

    /**
     * The whole country: the list before 1 July 2025 (as of 1 March 2025: 63 provinces, 696
     * district-level and 10,047 commune-level units) and the list from 1 July 2025 (34 provinces,
     * 3,321 communes) with the merge map of provinces and communes.
     *
     * @return the history
     */
    public static LocalityHistory vietnam() {
        return Vietnam.HISTORY;
    }

    private static final class HaTinh {
        static final LocalityHistory HISTORY = build("ha-tinh/", List.of(
                new Entry("units-2024-11-01.csv", HA_TINH_FIRST_LIST),
                new Entry("units-2025-03-01.csv", HA_TINH_REARRANGEMENT_2025),
                new Entry("units-2025-07-01.csv", TWO_LEVEL_GOVERNMENT)), "reorg-2025-07-01.csv");
    }

    private static final class Vietnam {
        static final LocalityHistory HISTORY = build("vn/", List.of(
                new Entry("units-2025-03-01.csv", NATIONAL_FIRST_LIST),
                new Entry("units-2025-07-01.csv", TWO_LEVEL_GOVERNMENT)), "reorg-2025-07-01.csv");
    }

    private static final class Entry {
        final String file;
        final LocalDate date;

        Entry(String file, LocalDate date) {
            this.file = file;
            this.date = date;
        }
    }

    private static LocalityHistory build(String folder, List<Entry> lists, String mergeMap) {
        List<ChangeEvent> events = read(folder + mergeMap, (r, s) -> MergeMapCsv.read(r, s, TWO_LEVEL_GOVERNMENT));
        List<Snapshot> snapshots = new ArrayList<>();
        for (Entry entry : lists) {
            snapshots.add(read(folder + entry.file, (r, s) -> UnitsCsv.read(r, s, entry.date)));
        }
        return LocalityHistory.of(snapshots, events);
    }

    private interface Parser<T> {
        T parse(Reader reader, String source);
    }

    private static <T> T read(String resource, Parser<T> parser) {
        String source = "gso/" + resource;
        try (InputStream in = GsoLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from ntm-core");
            }
            return parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
