package io.github.ntmlib.criteria2021;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.io.CriteriaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.ClassificationTable;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.io.ClassificationCsv;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The national NTM criteria sets of 2021-2025 as one {@link CriteriaSet} (id {@value #SET_ID}),
 * read from the module's JSON resource {@value #RESOURCE}. Every verified threshold carries its
 * provenance; values the sources read did not give are declared "set by the province" or "not
 * encoded", so that evaluation reports them as not assessed until a provincial overlay supplies a
 * value or a sector outcome is recorded.
 *
 * <p>The standards (mức đạt chuẩn), by id: {@value #COMMUNE_NTM}, {@value #COMMUNE_ADVANCED},
 * {@value #COMMUNE_MODEL}, {@value #COMMUNE_RECOGNITION}, {@value #CIVILISED_URBAN}, {@value
 * #CIVILISED_URBAN_RECOGNITION}, {@value #CIVILISED_URBAN_DISTRICT}, {@value #DISTRICT_NTM},
 * {@value #DISTRICT_NTM_NO_COMMUNES}, {@value #DISTRICT_ADVANCED}, {@value #TOWN_COMPLETED},
 * {@value #PROVINCE_COMPLETED}, {@value #VILLAGE_MODEL}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class NationalCriteria2021 {

    /** The set's id. */
    public static final String SET_ID = "vn-2021-2025";
    /** The resource holding the set, relative to this class. */
    public static final String RESOURCE = "vn-2021-2025.json";

    /** Xã đạt chuẩn NTM: 19 criteria (Decision 318, appendix I). */
    public static final String COMMUNE_NTM = "commune-ntm";
    /** Xã NTM nâng cao (Decision 318, appendix II), nested in {@link #COMMUNE_NTM}. */
    public static final String COMMUNE_ADVANCED = "commune-advanced";
    /** Xã NTM kiểu mẫu (Decision 319), nested in {@link #COMMUNE_ADVANCED} (condition K1). */
    public static final String COMMUNE_MODEL = "commune-model";
    /** Conditions for recognising a commune NTM (Decision 18/2022), nested in {@link #COMMUNE_NTM}. */
    public static final String COMMUNE_RECOGNITION = "commune-ntm-recognition";
    /** Phường or thị trấn đạt chuẩn đô thị văn minh: 9 criteria (Decision 04/2022). */
    public static final String CIVILISED_URBAN = "civilised-urban";
    /** Conditions for recognising a phường or thị trấn văn minh (Decision 04/2022). */
    public static final String CIVILISED_URBAN_RECOGNITION = "civilised-urban-recognition";
    /** A district-level urban unit đạt chuẩn đô thị văn minh (Decision 04/2022). */
    public static final String CIVILISED_URBAN_DISTRICT = "civilised-urban-district";
    /** Huyện đạt chuẩn NTM: 9 criteria and 4 preconditions (Decision 320, appendix I). */
    public static final String DISTRICT_NTM = "district-ntm";
    /** A huyện without communes đạt chuẩn NTM (Decision 211/QĐ-TTg of 2024). */
    public static final String DISTRICT_NTM_NO_COMMUNES = "district-ntm-no-communes";
    /** Huyện NTM nâng cao (Decision 320, appendix II), nested in {@link #DISTRICT_NTM}. */
    public static final String DISTRICT_ADVANCED = "district-advanced";
    /** Thị xã or thành phố thuộc tỉnh hoàn thành nhiệm vụ xây dựng NTM (Decision 320, appendix III). */
    public static final String TOWN_COMPLETED = "town-completed";
    /** Tỉnh hoàn thành nhiệm vụ xây dựng NTM: 8 requirements (Decision 321 as amended by 125). */
    public static final String PROVINCE_COMPLETED = "province-completed";
    /** Khu dân cư NTM kiểu mẫu: a standard the province defines. */
    public static final String VILLAGE_MODEL = "village-model";

    /** The name of this plugin, as the registry reports it. */
    public static final String PLUGIN_NAME = "ntm-criteria-2021-2025";
    /** The version of this plugin's data. */
    public static final String PLUGIN_VERSION = "0.1.0";

    /** The NTM region of 2021-2025 (vùng): seven regions, inherited from the province (Decision 318). */
    public static final ClassificationScheme NTM_REGION = new ClassificationScheme("ntm-region-2021-2025", true,
            Set.of("TRUNG_DU_MIEN_NUI_PHIA_BAC", "DONG_BANG_SONG_HONG", "BAC_TRUNG_BO", "DUYEN_HAI_NAM_TRUNG_BO",
                    "TAY_NGUYEN", "DONG_NAM_BO", "DONG_BANG_SONG_CUU_LONG"),
            "NTM region of the 2021-2025 national criteria sets (Decision 318/QĐ-TTg of 8 March 2022)");
    /** Xã đặc biệt khó khăn (extremely difficult commune): triggers the effective-region override. */
    public static final ClassificationScheme EXTREMELY_DIFFICULT = new ClassificationScheme("extremely-difficult",
            false, Set.of(ClassificationScheme.YES, ClassificationScheme.NO),
            "Extremely difficult commune (xã đặc biệt khó khăn)");
    /**
     * Xã an toàn khu of a poor district or of a district that left poverty in 2018-2020:
     * triggers the effective-region override.
     */
    public static final ClassificationScheme SAFE_ZONE_IN_POOR_DISTRICT = new ClassificationScheme(
            "safe-zone-in-poor-district", false, Set.of(ClassificationScheme.YES, ClassificationScheme.NO),
            "Safe-zone commune (xã an toàn khu) of a poor district or of a district that left poverty in 2018-2020");

    /** The last snapshot date of the 63-province lists the full region table is right for. */
    public static final LocalDate REGIONS_OF_63_PROVINCES_UNTIL = LocalDate.of(2025, 6, 30);
    /** The first snapshot date of the 34-province lists (two-level government). */
    public static final LocalDate REGIONS_OF_34_PROVINCES_FROM = LocalDate.of(2025, 7, 1);

    /** The classification scheme choosing the reading of the SIPAS requirement (80% by default). */
    public static final String SIPAS_READING_SCHEME = "sipas-threshold-2021-2025";

    private NationalCriteria2021() {
    }

    /**
     * The set, read once.
     *
     * @return the immutable set
     * @throws InvalidDataException if the bundled resource is missing or invalid, naming it and
     *                              the field
     */
    public static CriteriaSet criteriaSet() {
        return Holder.SET;
    }

    /**
     * The NTM region of each province as classification tables: all 63 provinces for the lists
     * before 1 July 2025, and for the lists from that date the 11 provinces that were not merged
     * (the same province under the same code). A merged province has no 2021-2025 region.
     *
     * @return the tables
     */
    public static List<ClassificationTable> classificationTables() {
        return Holder.TABLES;
    }

    /**
     * A snapshot with the NTM region of its provinces, where the tables fit its date and the units
     * have none of their own.
     *
     * @param snapshot a snapshot (a shipped GSO list, say)
     * @return the classified snapshot
     */
    public static Snapshot classify(Snapshot snapshot) {
        return ClassificationTable.applyAll(classificationTables(), snapshot);
    }

    /**
     * The criteria implemented in code, by the names the set's file uses.
     *
     * @return name to criterion
     */
    public static Map<String, Criterion> rules() {
        return Map.of(IncomeAboveAdvancedLevel.NAME, IncomeAboveAdvancedLevel.standard());
    }

    /**
     * Reads the set from a reader in the set's JSON format, with this module's code-implemented
     * criteria (for tests and for hosts shipping a corrected copy of the data).
     *
     * @param reader the JSON text
     * @param source the file name, for errors
     * @return the set
     * @throws InvalidDataException for malformed or invalid data, naming the source and field
     */
    public static CriteriaSet read(Reader reader, String source) {
        return CriteriaJson.readSet(reader, source, rules());
    }

    private static final class Holder {
        static final CriteriaSet SET = load();
        static final List<ClassificationTable> TABLES = List.of(
                table("ntm-regions-2021-2025.csv", LocalDate.MIN, REGIONS_OF_63_PROVINCES_UNTIL),
                table("ntm-regions-2021-2025-unmerged-2025-07-01.csv", REGIONS_OF_34_PROVINCES_FROM, LocalDate.MAX));

        private static ClassificationTable table(String resource, LocalDate from, LocalDate until) {
            String source = NationalCriteria2021.class.getPackageName().replace('.', '/') + "/" + resource;
            try (InputStream in = NationalCriteria2021.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new InvalidDataException(SourcePosition.of(source), null, null, Labels.of(
                            "bảng vùng không có trong mô-đun", "the region table is missing from the module"));
                }
                Map<String, String> values = ClassificationCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8),
                        source, NTM_REGION, "province_code", "ntm_region");
                return ClassificationTable.of(NTM_REGION, from, until, values, source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static CriteriaSet load() {
            String source = NationalCriteria2021.class.getPackageName().replace('.', '/') + "/" + RESOURCE;
            InputStream in = NationalCriteria2021.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new InvalidDataException(SourcePosition.of(source), null, null, Labels.of(
                        "tệp bộ tiêu chí không có trong mô-đun", "the criteria resource is missing from the module"));
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return read(reader, source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
