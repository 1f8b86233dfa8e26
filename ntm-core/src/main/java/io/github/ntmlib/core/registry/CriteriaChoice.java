package io.github.ntmlib.core.registry;

import io.github.ntmlib.core.criteria.CriteriaSet;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The set a {@link CriteriaRegistry} picked for a request, with the plugin that provided it and
 * why it was picked.
 *
 * @param set     the set
 * @param plugin  the name of the plugin that provides it
 * @param version the plugin's version
 * @param reason  why the set covers the request (its period's explanation)
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CriteriaChoice(CriteriaSet set, String plugin, String version, String reason) {

    /**
     * Validates the components.
     *
     * @param set     the set
     * @param plugin  the plugin name
     * @param version the plugin version
     * @param reason  why
     */
    public CriteriaChoice {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "criteria set " + set.id() + " of " + plugin + " " + version + ": " + reason;
    }
}
