package io.github.ntmlib.ocop.portfolio;

import io.github.ntmlib.ocop.certificate.ProductCode;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Finds the province of a commune (xã thuộc tỉnh nào) for the portfolio's grouping by province.
 *
 * <p>{@link #fromProductCodes()} trusts the province code written in each product code;
 * {@link SnapshotResolver#of} (with ntm-core, an optional dependency) goes through the locality
 * hierarchy, so that a product is counted in the province its commune belongs to in the snapshot
 * (for instance after the 1 July 2025 reorganisation, with a snapshot whose commune codes the
 * product codes use).
 *
 * @since 0.1
 */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface LocalityResolver {

    /**
     * The province code of a commune.
     *
     * @param product the product whose commune is resolved (its {@link ProductCode#commune()})
     * @return the province code, or empty if the commune is unknown (the portfolio then reports a
     *         typed error naming the product)
     */
    Optional<String> province(ProductCode product);

    /**
     * The resolver that reads the province from the product code itself.
     *
     * @return the resolver
     */
    static LocalityResolver fromProductCodes() {
        return product -> Optional.of(product.province());
    }
}
