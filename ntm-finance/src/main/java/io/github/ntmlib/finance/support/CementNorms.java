package io.github.ntmlib.finance.support;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.base.internal.JsonFields;
import io.github.ntmlib.finance.internal.Tables;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Cement norms in tonnes per km by kind of work (định mức xi măng). The norms were not found in
 * any source: they are provincial data, read from the province's own JSON table; ntm bundles none.
 *
 * <p>Format: {@code {"source": "...", "norms": [{"work": "ROAD", "tonnesPerKm": 150.5}, ...]}}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CementNorms {

    private final String source;
    private final Map<CementWork, BigDecimal> tonnesPerKm;

    private CementNorms(String source, Map<CementWork, BigDecimal> tonnesPerKm) {
        this.source = source;
        this.tonnesPerKm = tonnesPerKm;
    }

    /**
     * Reads a province's norms.
     *
     * @param json   the JSON
     * @param source its name, for errors
     * @return the norms
     */
    public static CementNorms fromJson(InputStream json, String source) {
        return Tables.read(json, source, CementNorms::read);
    }

    private static CementNorms read(JsonFields.Node root) {
        root.get("source").text();
        Map<CementWork, BigDecimal> map = new EnumMap<>(CementWork.class);
        for (JsonFields.Node row : root.get("norms").elements()) {
            if (map.put(row.get("work").constant(CementWork.class), row.get("tonnesPerKm").nonNegative()) != null) {
                throw row.error(Labels.of("loại công trình bị lặp lại",
                                "work repeated"));
            }
        }
        return new CementNorms(root.position().source(), Map.copyOf(map));
    }

    /**
     * The cement needed for a length of work.
     *
     * @param work the kind of work
     * @param km   the length, 0 or more
     * @return tonnes, exact
     * @throws FinanceDataException if the province gave no norm for that work
     */
    public BigDecimal tonnes(CementWork work, BigDecimal km) {
        FinanceDataException.require(km, "km");
        BigDecimal norm = tonnesPerKm.get(FinanceDataException.require(work, "work"));
        if (norm == null) {
            throw FinanceDataException.api(work.name(), "work", Labels.of("không có định mức xi măng cho " + work.vietnamese() + " trong " + source,
                            "no cement norm for " + work + " in " + source));
        }
        if (km.signum() < 0) {
            throw FinanceDataException.api(work.name(), "km", Labels.of("số km không được âm",
                            "km must not be negative"));
        }
        return norm.multiply(km);
    }
}
