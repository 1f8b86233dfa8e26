package io.github.ntmlib.core.api.bad;

import org.apiguardian.api.API;

/** A public type with its API status, beside {@link Unmarked}: the rule accepts it. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Marked {

    private Marked() {
    }

    /** A nested type needs no status of its own: the rule is about top-level types. */
    public static final class Helper {
        private Helper() {
        }
    }
}
