package io.github.ntmlib.core.locality.gso;

import io.github.ntmlib.core.locality.ChangeEvent;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.Level;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.io.ClassificationCsv;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The official administrative unit lists shipped with ntm (GSO register, danh mục đơn vị hành
 * chính), as ready-made histories.
 *
 * <p>Sources: the GSO register as published by the public dvhcvn project and its 2025 companion
 * mapping (MIT licence), compiled from the Standing Committee resolutions 1654-1687/NQ-UBTVQH15
 * of 2025; see {@code SOURCES.md} beside the files. Provinces carry their NTM region of
 * 2021-2025 ({@link ClassificationScheme#NTM_REGION_2021_2025}) in every snapshot where they are
 * the same province as in the regions table: before 1 July 2025, and after it when they were not
 * merged with another province. The histories are built once and shared: they are immutable.
 */
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

    /**
     * The NTM region of 2021-2025 of each province of the 63 (province code to region).
     *
     * @return the table
     */
    public static Map<String, String> ntmRegions2021() {
        return Regions.TABLE;
    }

    private static final class Regions {
        static final Map<String, String> TABLE = read("vn/ntm-regions-2021-2025.csv",
                (r, s) -> ClassificationCsv.read(r, s, ClassificationScheme.NTM_REGION_2021_2025, "province_code",
                        "ntm_region"));
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
        Set<String> mergedProvinces = mergedProvinces(events);
        List<Snapshot> snapshots = new ArrayList<>();
        for (Entry entry : lists) {
            Snapshot snapshot = read(folder + entry.file, (r, s) -> UnitsCsv.read(r, s, entry.date));
            Map<String, String> regions = new HashMap<>();
            for (var province : snapshot.units(Level.PROVINCE)) {
                String region = ntmRegions2021().get(province.code());
                boolean same = entry.date.isBefore(TWO_LEVEL_GOVERNMENT) || !mergedProvinces.contains(province.code());
                if (region != null && same) {
                    regions.put(province.code(), region);
                }
            }
            snapshots.add(snapshot.withClassifications(ClassificationScheme.NTM_REGION_2021_2025, regions));
        }
        return LocalityHistory.of(snapshots, events);
    }

    /** Provinces formed from another province than themselves. */
    private static Set<String> mergedProvinces(List<ChangeEvent> events) {
        Set<String> merged = new HashSet<>();
        for (ChangeEvent event : events) {
            if (event instanceof ChangeEvent.Merge) {
                ChangeEvent.Merge merge = (ChangeEvent.Merge) event;
                boolean province = merge.successor().length() == 2;
                boolean onlyItself = merge.predecessors().size() == 1
                        && merge.predecessors().get(0).code().equals(merge.successor());
                if (province && !onlyItself) {
                    merged.add(merge.successor());
                }
            }
        }
        return merged;
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
