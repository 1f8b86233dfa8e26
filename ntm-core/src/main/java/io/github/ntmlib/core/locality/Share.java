package io.github.ntmlib.core.locality;

import io.github.ntmlib.base.Labelled;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How much of an old unit went into a new one in a reorganisation.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Share implements Labelled {
    /** The whole old unit (toàn bộ). */
    FULL("full"),
    /** Part of the old unit, which was split between several new units (một phần). */
    PARTIAL("partial");

    private final String word;

    Share(String word) {
        this.word = word;
    }

    /**
     * The word used in merge-map files.
     *
     * @return "full" or "partial"
     */
    public String word() {
        return word;
    }

    /**
     * The share a merge-map word names.
     *
     * @param word "full" or "partial", any case
     * @return the share, or empty
     */
    public static Optional<Share> fromWord(String word) {
        for (Share share : values()) {
            if (share.word.equalsIgnoreCase(word.strip())) {
                return Optional.of(share);
            }
        }
        return Optional.empty();
    }
}
