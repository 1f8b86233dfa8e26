package io.github.ntmlib.core.api.bad;

/** A deliberately unmarked public type of an "exported" package: the API status rule must reject it. */
public final class Unmarked {

    private Unmarked() {
    }
}
