package io.github.ntmlib.finance.support;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.base.internal.JsonFields;
import io.github.ntmlib.finance.internal.Tables;
import io.github.ntmlib.finance.money.Vnd;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Maximum central-budget share per pilot-model type (mức hỗ trợ tối đa mô hình thí điểm), read from
 * a versioned JSON table.
 *
 * <p>Bundled: {@code THEMATIC_PILOT} at 50%, from the seed report (the legal text was not found).
 * Older precedent tiers (100% / 70% / 50% by model type) are data the caller supplies with {@link
 * #fromJson(InputStream, String)}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PilotModelCeilings {

    private final String source;
    private final Map<String, BigDecimal> maxShare;

    private PilotModelCeilings(String source, Map<String, BigDecimal> maxShare) {
        this.source = source;
        this.maxShare = maxShare;
    }

    /**
     * The bundled table.
     *
     * @return the ceilings
     */
    public static PilotModelCeilings bundled() {
        return Tables.bundled("pilot-model-ceilings.json", PilotModelCeilings::read);
    }

    /**
     * Reads a ceiling table.
     *
     * @param json   the JSON, in the format of the bundled table
     * @param source its name, for errors
     * @return the ceilings
     */
    public static PilotModelCeilings fromJson(InputStream json, String source) {
        return Tables.read(json, source, PilotModelCeilings::read);
    }

    private static PilotModelCeilings read(JsonFields.Node root) {
        Map<String, BigDecimal> map = new HashMap<>();
        for (JsonFields.Node model : root.get("models").elements()) {
            BigDecimal share = model.get("maxCentralShare").nonNegative();
            if (share.compareTo(BigDecimal.ONE) > 0) {
                throw model.error(Labels.of("'maxCentralShare' tối đa là 1: " + share.toPlainString(),
                                "maxCentralShare must be at most 1: " + share.toPlainString()));
            }
            if (map.put(model.get("modelType").text(), share) != null) {
                throw model.error(Labels.of("loại mô hình bị lặp lại",
                                "model type repeated"));
            }
        }
        return new PilotModelCeilings(root.position().source(), Map.copyOf(map));
    }

    /**
     * The maximum central share of a model type.
     *
     * @param modelType the type key
     * @return the share, such as 0.5
     * @throws FinanceDataException if the type is not in the table
     */
    public BigDecimal maxCentralShare(String modelType) {
        BigDecimal share = maxShare.get(modelType);
        if (share == null) {
            throw FinanceDataException.api(modelType, "modelType", Labels.of("không có mức trần cho loại mô hình " + Limits.quote(modelType) + " trong " + source,
                            "no ceiling for model type '" + modelType
                    + "' in " + source));
        }
        return share;
    }

    /**
     * Checks a model's budget.
     *
     * @param modelName the model's name
     * @param modelType its type key
     * @param totalCost its total cost, more than zero
     * @param central   the central support planned, 0 or more
     * @return the check
     */
    public CeilingCheck check(String modelName, String modelType, Vnd totalCost, Vnd central) {
        FinanceDataException.require(totalCost, "totalCost");
        FinanceDataException.require(central, "central");
        if (totalCost.dong() <= 0 || central.isNegative()) {
            throw FinanceDataException.api(modelName, totalCost.dong() <= 0 ? "totalCost" : "central", Labels.of("chi phí phải dương và vốn hỗ trợ của trung ương không được âm",
                            "the cost must be positive and the central support not negative"));
        }
        BigDecimal share = maxCentralShare(modelType);
        Vnd ceiling = Vnd.ofDong(share.multiply(BigDecimal.valueOf(totalCost.dong()))
                .setScale(0, RoundingMode.FLOOR).longValueExact());
        return new CeilingCheck(modelName, modelType, totalCost, central, ceiling);
    }
}
