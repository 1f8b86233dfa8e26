package io.github.ntmlib.ocop;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An OCOP star level (hạng sao), 1 to 5 (Decision 26/2026/QĐ-TTg, Art. 3.3). Only 3 stars and above
 * are recognised and certified (Art. 4.1).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Stars implements Labelled {
    /** 1 sao: below 30 points. */
    ONE(1, 0),
    /** 2 sao: from 30 to under 50 points. */
    TWO(2, 30),
    /** 3 sao: from 50 to under 70 points. */
    THREE(3, 50),
    /** 4 sao: from 70 to under 90 points. */
    FOUR(4, 70),
    /** 5 sao: from 90 to 100 points. */
    FIVE(5, 90);

    private final int count;
    private final int minimumPoints;

    Stars(int count, int minimumPoints) {
        this.count = count;
        this.minimumPoints = minimumPoints;
    }

    /**
     * The number of stars.
     *
     * @return 1 to 5
     */
    public int count() {
        return count;
    }

    /**
     * The lowest average total score of this band (inclusive); the band ends before the next level's minimum.
     *
     * @return 0, 30, 50, 70 or 90
     */
    public int minimumPoints() {
        return minimumPoints;
    }

    /**
     * Whether products of this level are recognised and certified (3 stars and above).
     *
     * @return true for 3, 4 and 5 stars
     */
    public boolean isRecognised() {
        return count >= 3;
    }

    /**
     * The next level up.
     *
     * @return the next level, or empty for 5 stars
     */
    public Optional<Stars> next() {
        return count == 5 ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /**
     * The level with this many stars.
     *
     * @param count 1 to 5
     * @return the level
     * @throws OcopDataException if the count is outside 1 to 5
     */
    public static Stars of(int count) {
        if (count < 1 || count > 5) {
            throw OcopDataException.api(null, "stars", Labels.of("số sao phải từ 1 đến 5: " + count,
                    "star count must be 1 to 5: " + count));
        }
        return values()[count - 1];
    }
}
