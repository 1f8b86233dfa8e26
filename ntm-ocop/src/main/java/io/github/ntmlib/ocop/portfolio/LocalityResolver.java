package io.github.ntmlib.ocop.portfolio;

import io.github.ntmlib.ocop.certificate.ProductCode;
import java.util.Optional;

/**
 * Finds the province of a commune (xã thuộc tỉnh nào) for the portfolio's grouping by province.
 *
 * <p>{@link #fromProductCodes()} trusts the province code written in each product code. A host with
 * the locality hierarchy of ntm-core resolves through it instead, so that products coded before a
 * reorganisation are counted in the province their commune belongs to on the report date, e.g.
 * {@code code -> snapshot.ancestors(code).stream().filter(u -> u.level() == Level.PROVINCE)
 * .map(AdminUnit::code).findFirst()}.
 */
@FunctionalInterface
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
