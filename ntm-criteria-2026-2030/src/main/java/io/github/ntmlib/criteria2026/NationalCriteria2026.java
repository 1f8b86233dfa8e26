package io.github.ntmlib.criteria2026;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.io.CriteriaJson;
import io.github.ntmlib.core.locality.ClassificationScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The national NTM criteria of 2026-2030 (Decision 51/2025/QĐ-TTg of 29 December 2025, in force
 * 15 February 2026) as one {@link CriteriaSet} (id {@value #SET_ID}), read from the module's JSON
 * resource {@value #RESOURCE}.
 *
 * <p>What is encoded: the commune standard {@value #COMMUNE_NTM} with its 10 criteria (numbers and
 * names), each declared with its indicators <em>not encoded</em> (the 47 indicators of appendix I
 * and their values per commune group were not found in any reachable copy); the pilot framework
 * {@value #MODERN_COMMUNE_PILOT} (appendix II) and the province conditions {@value
 * #PROVINCE_COMPLETED} (appendix III), declared with their content not encoded; the commune group
 * scheme ({@link #COMMUNE_GROUP}), derived by {@link CommuneGroups}. Usable today: a sector
 * department's recorded outcome per criterion (đạt / chưa đạt) decides that criterion; everything
 * else is <em>not assessed</em>, never met. When the official table is transcribed in the format of
 * {@link AppendixOneTable}, {@link #withOfficialTable} gives the set with its thresholds.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class NationalCriteria2026 {

    /** The set's id. */
    public static final String SET_ID = "vn-2026-2030";
    /** The resource holding the set, relative to this class. */
    public static final String RESOURCE = "vn-2026-2030.json";
    /** The name of this plugin, as the registry reports it. */
    public static final String PLUGIN_NAME = "ntm-criteria-2026-2030";
    /** The version of this plugin's data. */
    public static final String PLUGIN_VERSION = "0.1.0";

    /** Xã đạt chuẩn NTM: 10 criteria, 47 indicators (Decision 51/2025, appendix I). */
    public static final String COMMUNE_NTM = "commune-ntm";
    /** Xã NTM hiện đại, the pilot framework of appendix II, nested in {@link #COMMUNE_NTM}. */
    public static final String MODERN_COMMUNE_PILOT = "commune-modern-pilot";
    /** Tỉnh hoàn thành nhiệm vụ xây dựng NTM (appendix III). */
    public static final String PROVINCE_COMPLETED = "province-completed";

    /** The number of criteria of the commune standard. */
    public static final int CRITERIA = 10;
    /** The number of indicators of appendix I. */
    public static final int INDICATORS = 47;

    /** The commune group (nhóm xã): "1", "2" or "3"; not inherited. */
    public static final ClassificationScheme COMMUNE_GROUP = new ClassificationScheme("commune-group-2026-2030", false,
            java.util.Set.of("1", "2", "3"),
            "Commune group (nhóm xã) of the 2026-2030 criteria, Decision 51/2025/QĐ-TTg: 1 most urbanised, 3"
                    + " ethnic-minority and mountain area II/III, 2 the others; derived by CommuneGroups from"
                    + " provincial facts");
    /** Which branch of the group rule placed a commune, beside its group. */
    public static final ClassificationScheme COMMUNE_GROUP_BASIS = new ClassificationScheme(
            "commune-group-basis-2026-2030", false, java.util.Set.of("AREA_II_III", "URBAN_ADJACENT",
                    "NEW_URBAN_AREA", "AGRICULTURE_UNDER_10_PERCENT", "OTHERWISE"),
            "Which branch of the group rule placed the commune (the derivation, beside the group)");

    private NationalCriteria2026() {
    }

    /**
     * The set as encoded, read once.
     *
     * @return the immutable set
     * @throws InvalidDataException if the bundled resource is missing or invalid
     */
    public static CriteriaSet criteriaSet() {
        return Holder.SET;
    }

    /**
     * The set with the thresholds of a transcription of appendix I (in the format of {@link
     * AppendixOneTable}): one call, refusing an incomplete table.
     *
     * @param reader the JSON text of the table
     * @param source its file name, for errors
     * @return the set whose commune criteria judge the table's indicators by commune group
     * @throws InvalidDataException naming the indicator when an indicator, a group value or a source
     *                              is missing
     */
    public static CriteriaSet withOfficialTable(Reader reader, String source) {
        return AppendixOneTable.read(reader, source).applyTo(criteriaSet());
    }

    /**
     * Reads the set from a reader in the set's JSON format (for tests and corrected copies).
     *
     * @param reader the JSON text
     * @param source the file name, for errors
     * @return the set
     * @throws InvalidDataException for malformed or invalid data
     */
    public static CriteriaSet read(Reader reader, String source) {
        return CriteriaJson.readSet(reader, source, Map.of());
    }

    private static final class Holder {
        static final CriteriaSet SET = load();

        private static CriteriaSet load() {
            String source = NationalCriteria2026.class.getPackageName().replace('.', '/') + "/" + RESOURCE;
            InputStream in = NationalCriteria2026.class.getResourceAsStream(RESOURCE);
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
