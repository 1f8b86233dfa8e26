package io.github.ntmlib.finance.allocation;

import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.base.internal.JsonFields;
import io.github.ntmlib.finance.internal.Tables;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * Coefficients per commune category (hệ số phân bổ theo nhóm xã), read from a versioned JSON table.
 *
 * <p>The bundled table is Decision 07/2022/QĐ-TTg: 5.0 / 3.0 / 1.0. A province's own coefficients
 * (for example Quảng Trị Resolution 21/2022/NQ-HĐND) are a provincial overlay read with {@link
 * #fromJson(InputStream, String)} in the same format; ntm bundles none.
 */
public final class CommuneCoefficients {

    private final String source;
    private final Map<CommuneCategory, BigDecimal> coefficients;

    private CommuneCoefficients(String source, Map<CommuneCategory, BigDecimal> coefficients) {
        this.source = source;
        this.coefficients = coefficients;
    }

    /**
     * The coefficients of Decision 07/2022/QĐ-TTg.
     *
     * @return the table
     */
    public static CommuneCoefficients decision07of2022() {
        return Tables.bundled("decision-07-2022-commune-coefficients.json", CommuneCoefficients::read);
    }

    /**
     * Reads a coefficient table (a provincial overlay).
     *
     * @param json   the JSON, in the format of the bundled table
     * @param source its name, for errors
     * @return the table
     * @throws FinanceDataException if a category is unknown, repeated or missing, or a coefficient
     *                              is negative
     */
    public static CommuneCoefficients fromJson(InputStream json, String source) {
        return Tables.read(json, source, CommuneCoefficients::read);
    }

    private static CommuneCoefficients read(JsonFields.Node root) {
        Map<CommuneCategory, BigDecimal> map = new EnumMap<>(CommuneCategory.class);
        JsonFields.Node list = root.get("coefficients");
        for (JsonFields.Node row : list.elements()) {
            CommuneCategory category = row.get("category").constant(CommuneCategory.class);
            if (category == CommuneCategory.EXCLUDED_EXTREMELY_DIFFICULT) {
                throw row.error("extremely difficult communes are excluded and take no coefficient");
            }
            if (map.put(category, row.get("coefficient").nonNegative()) != null) {
                throw row.error("category " + category + " is repeated");
            }
        }
        for (CommuneCategory category : CommuneCategory.values()) {
            if (category != CommuneCategory.EXCLUDED_EXTREMELY_DIFFICULT && !map.containsKey(category)) {
                throw list.error("no coefficient for " + category);
            }
        }
        map.put(CommuneCategory.EXCLUDED_EXTREMELY_DIFFICULT, BigDecimal.ZERO);
        return new CommuneCoefficients(root.position().source(), Map.copyOf(map));
    }

    /**
     * The coefficient of a category; zero for excluded communes.
     *
     * @param category the category
     * @return the exact coefficient
     */
    public BigDecimal coefficient(CommuneCategory category) {
        return coefficients.get(FinanceDataException.require(category, "category"));
    }

    /**
     * Where the table came from.
     *
     * @return the resource or file name
     */
    public String source() {
        return source;
    }
}
