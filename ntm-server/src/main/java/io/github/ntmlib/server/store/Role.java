package io.github.ntmlib.server.store;

import org.apiguardian.api.API;

/**
 * What a bearer token may do; each role may do what the roles before it may.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Role {
    /** Reads (when anonymous reads are off) and stateless calls. */
    READER,
    /** Imports files and starts evaluation runs. */
    IMPORTER,
    /** Creates and revokes tokens. */
    ADMIN;

    /**
     * Whether this role may do what {@code needed} may.
     *
     * @param needed the role a call needs
     * @return whether this role includes it
     */
    public boolean includes(Role needed) {
        return compareTo(needed) >= 0;
    }
}
