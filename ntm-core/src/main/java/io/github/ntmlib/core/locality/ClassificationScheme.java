package io.github.ntmlib.core.locality;

import io.github.ntmlib.base.internal.Limits;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A named way of classifying units (phân loại): a region, a commune group, a yes/no flag, or any
 * scheme a criteria set declares. Core defines none: each criteria plugin declares the schemes of
 * its period (and their tables, {@link ClassificationTable}).
 *
 * <p>Schemes are open: a criteria set or a provincial overlay may declare its own. A scheme with
 * an empty value set accepts any value. An inherited scheme is looked up on the unit and then on
 * its ancestors (a region is usually given once for the province).
 *
 * @param id          a stable identifier: lower case letters, digits and dashes
 * @param inherited   whether a unit without a value takes its nearest ancestor's
 * @param values      the allowed values; empty for an open scheme
 * @param description what the scheme is, with its legal source
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ClassificationScheme(String id, boolean inherited, Set<String> values, String description) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Yes/no value of a flag scheme. */
    public static final String YES = "true";
    /** Yes/no value of a flag scheme. */
    public static final String NO = "false";

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
            throw new IllegalArgumentException("scheme id must be lower case words joined by dashes: " + Limits.quote(id));
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
