package io.github.ntmlib.server.store;

import org.apiguardian.api.API;

/**
 * The database cannot be reached (down, refusing connections, or no connection free in time). The
 * HTTP layer answers 503; nothing was written.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param cause the database's error
     */
    public StoreUnavailableException(Throwable cause) {
        super("the database is unreachable", cause);
    }
}
