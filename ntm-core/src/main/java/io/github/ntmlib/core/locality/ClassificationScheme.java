package io.github.ntmlib.core.locality;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A named way of classifying units (phân loại): the NTM region of 2021-2025, the 2026-2030
 * commune group, the "extremely difficult commune" flag, or any scheme a criteria set declares.
 *
 * <p>Schemes are open: a criteria set or a provincial overlay may declare its own. A scheme with
 * an empty value set accepts any value. An inherited scheme is looked up on the unit and then on
 * its ancestors (the NTM region is usually given once for the province).
 *
 * @param id          a stable identifier: lower case letters, digits and dashes
 * @param inherited   whether a unit without a value takes its nearest ancestor's
 * @param values      the allowed values; empty for an open scheme
 * @param description what the scheme is, with its legal source
 */
public record ClassificationScheme(String id, boolean inherited, Set<String> values, String description) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Yes/no value of a flag scheme. */
    public static final String YES = "true";
    /** Yes/no value of a flag scheme. */
    public static final String NO = "false";

    /** The NTM region of the 2021-2025 criteria (vùng): seven regions, inherited from the province. */
    public static final ClassificationScheme NTM_REGION_2021_2025 = new ClassificationScheme(
            "ntm-region-2021-2025", true,
            Set.of("TRUNG_DU_MIEN_NUI_PHIA_BAC", "DONG_BANG_SONG_HONG", "BAC_TRUNG_BO",
                    "DUYEN_HAI_NAM_TRUNG_BO", "TAY_NGUYEN", "DONG_NAM_BO", "DONG_BANG_SONG_CUU_LONG"),
            "NTM region of the 2021-2025 national criteria sets (Decision 318/QĐ-TTg of 8 March 2022)");

    /** Xã đặc biệt khó khăn (extremely difficult commune): triggers the effective-region override. */
    public static final ClassificationScheme EXTREMELY_DIFFICULT = new ClassificationScheme(
            "extremely-difficult", false, Set.of(YES, NO),
            "Extremely difficult commune (xã đặc biệt khó khăn); uses the thresholds of Trung du và"
                    + " miền núi phía Bắc (Decision 318/QĐ-TTg)");

    /**
     * Xã an toàn khu of a poor district or of a district that left poverty in 2018-2020:
     * triggers the effective-region override.
     */
    public static final ClassificationScheme SAFE_ZONE_IN_POOR_DISTRICT = new ClassificationScheme(
            "safe-zone-in-poor-district", false, Set.of(YES, NO),
            "Safe-zone commune (xã an toàn khu) of a poor district or of a district that left poverty"
                    + " in 2018-2020; uses the thresholds of Trung du và miền núi phía Bắc (Decision 318/QĐ-TTg)");

    /** The commune group (nhóm xã) of the 2026-2030 criteria: 1, 2 or 3 (Decision 51/2025/QĐ-TTg). */
    public static final ClassificationScheme COMMUNE_GROUP_2026_2030 = new ClassificationScheme(
            "commune-group-2026-2030", false, Set.of("1", "2", "3"),
            "Commune group of the 2026-2030 national criteria (Decision 51/2025/QĐ-TTg)");

    /**
     * Validates the components.
     *
     * @param id          a stable identifier: lower case letters, digits and dashes
     * @param inherited   whether a unit without a value takes its nearest ancestor's
     * @param values      the allowed values; empty for an open scheme
     * @param description what the scheme is, with its legal source
     */
    public ClassificationScheme {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("scheme id must be lower case words joined by dashes: '" + id + "'");
        }
        values = Set.copyOf(Objects.requireNonNull(values, "values"));
        Objects.requireNonNull(description, "description");
    }

    /**
     * An open scheme (any value allowed).
     *
     * @param id          the identifier
     * @param inherited   whether values are inherited from ancestors
     * @param description what the scheme is
     * @return the scheme
     */
    public static ClassificationScheme open(String id, boolean inherited, String description) {
        return new ClassificationScheme(id, inherited, Set.of(), description);
    }

    /**
     * Whether a value is allowed.
     *
     * @param value a value
     * @return true if the scheme is open or lists the value
     */
    public boolean allows(String value) {
        return values.isEmpty() || values.contains(value);
    }
}
