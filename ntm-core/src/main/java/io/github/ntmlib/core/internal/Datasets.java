package io.github.ntmlib.core.internal;

import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The engine's access to a dataset's observations of one year, listed once by the dataset (the
 * data package registers the accessor; the engine uses it). Internal: not exported.
 */
public final class Datasets {

    /** Lists a dataset's observations of a year. */
    public interface Access {
        /**
         * The observations of a year, in the dataset's canonical order.
         *
         * @param data the dataset
         * @param year the year
         * @return the observations
         */
        List<Observation> observations(Dataset data, int year);
    }

    private static volatile @Nullable Access access;

    private Datasets() {
    }

    /**
     * Registers the accessor (the data package does, once).
     *
     * @param a the accessor
     */
    public static void register(Access a) {
        access = Objects.requireNonNull(a, "a");
    }

    /**
     * The observations of a year.
     *
     * @param data the dataset
     * @param year the year
     * @return the observations, in canonical order
     */
    public static List<Observation> observations(Dataset data, int year) {
        Access a = access;
        if (a == null) {
            data.observations();
            a = Objects.requireNonNull(access, "Dataset registers its accessor");
        }
        return a.observations(data, year);
    }
}
