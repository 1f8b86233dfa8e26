package io.github.ntmlib.ocop.portfolio;

import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Level;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.ocop.OcopDataException;
import org.apiguardian.api.API;

/**
 * The {@link LocalityResolver} of ntm-core's locality hierarchy. ntm-core is an optional dependency
 * of ntm-ocop ({@code requires static}): this class is the only one that uses it, so a caller that
 * never touches it needs no ntm-core at run time.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SnapshotResolver {

    private SnapshotResolver() {
    }

    /**
     * The resolver that looks the product's commune up in a snapshot of the locality hierarchy and
     * returns the code of its province-level ancestor (tỉnh or thành phố trực thuộc trung ương).
     *
     * @param snapshot the hierarchy on the report date
     * @return the resolver; empty for a commune the snapshot does not hold or that is not a commune
     */
    public static LocalityResolver of(Snapshot snapshot) {
        OcopDataException.requirePresent(snapshot, null, "snapshot");
        return product -> snapshot.unit(product.commune())
                .filter(u -> u.level() == Level.COMMUNE)
                .flatMap(u -> snapshot.ancestors(u.code()).stream()
                        .filter(a -> a.level() == Level.PROVINCE)
                        .map(AdminUnit::code)
                        .findFirst());
    }
}
