package io.github.ntmlib.core.locality;

import io.github.ntmlib.base.Labelled;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One step of lineage: a version of a unit that ended and a version that took over all or part of
 * it on a date.
 *
 * @param from  the version that ended
 * @param to    the version that took over
 * @param date  the date of the change
 * @param share whether all of {@code from} or part of it went into {@code to}
 * @param cause why
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record LineageLink(AdminUnit from, AdminUnit to, LocalDate date, Share share, Cause cause) {

    /** Why a version has a successor. */
    public enum Cause implements Labelled {
        /** The same code goes on, renamed, moved or reclassified. */
        CONTINUED,
        /** A merge (with a full or partial share). */
        MERGED,
        /** A split. */
        SPLIT,
        /** The unit was dissolved and its territory went to another unit. */
        DISSOLVED,
        /** Its level was abolished and its territory went to the successors of its children. */
        LEVEL_ABOLISHED
    }

    /**
     * Validates the components.
     *
     * @param from  the version that ended
     * @param to    the version that took over
     * @param date  the date
     * @param share the share
     * @param cause why
     */
    public LineageLink {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(cause, "cause");
    }
}
