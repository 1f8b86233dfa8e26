package io.github.ntmlib.server.store;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One page of a list.
 *
 * @param items  the items of the page
 * @param offset the position of the first item in the whole list
 * @param limit  the most items a page holds
 * @param total  the items of the whole list
 * @param <T>    the items' type
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Page<T>(List<T> items, int offset, int limit, long total) {

    /** The most items a page may hold. */
    public static final int MAX_LIMIT = 1000;

    /**
     * Validates the components.
     *
     * @param items  the items
     * @param offset the first item's position
     * @param limit  the page size
     * @param total  the list's size
     */
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT || total < 0) {
            throw new IllegalArgumentException("page " + offset + "+" + limit + " of " + total);
        }
    }
}
