package io.github.ntmlib.criteria2021;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Criterion;
import io.github.ntmlib.core.criteria.io.CriteriaJson;
import io.github.ntmlib.criteria2021.internal.IncomeAboveAdvancedLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

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
 */
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
     * The criteria implemented in code, by the names the set's file uses.
     *
     * @return name to criterion
     */
    static Map<String, Criterion> rules() {
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

        private static CriteriaSet load() {
            String source = NationalCriteria2021.class.getPackageName().replace('.', '/') + "/" + RESOURCE;
            InputStream in = NationalCriteria2021.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new InvalidDataException(SourcePosition.of(source), null, null,
                        "the criteria resource is missing from the module");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return read(reader, source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
