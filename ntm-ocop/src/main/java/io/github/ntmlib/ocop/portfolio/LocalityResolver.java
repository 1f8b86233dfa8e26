package io.github.ntmlib.ocop.portfolio;

import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Level;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.certificate.ProductCode;
import java.util.Optional;

/**
 * Finds the province of a commune (xã thuộc tỉnh nào) for the portfolio's grouping by province.
 *
 * <p>{@link #fromProductCodes()} trusts the province code written in each product code;
 * {@link #of(Snapshot)} goes through ntm-core's locality hierarchy, so that a product is counted in
 * the province its commune belongs to in the snapshot (for instance after the 1 July 2025
 * reorganisation, with a snapshot whose commune codes the product codes use).
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

    /**
     * The resolver that looks the product's commune up in a snapshot of the locality hierarchy and
     * returns the code of its province-level ancestor (tỉnh or thành phố trực thuộc trung ương).
     *
     * @param snapshot the hierarchy on the report date
     * @return the resolver; empty for a commune the snapshot does not hold or that is not a commune
     */
    static LocalityResolver of(Snapshot snapshot) {
        OcopDataException.requirePresent(snapshot, null, "snapshot");
        return product -> snapshot.unit(product.commune())
                .filter(u -> u.level() == Level.COMMUNE)
                .flatMap(u -> snapshot.ancestors(u.code()).stream()
                        .filter(a -> a.level() == Level.PROVINCE)
                        .map(AdminUnit::code)
                        .findFirst());
    }
}
