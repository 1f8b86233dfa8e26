package io.github.ntmlib.ocop.rating;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.ocop.Stars;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Who rates and recognises a star level (cấp đánh giá, công nhận). Since 6 July 2025 (Decision
 * 1489/QĐ-TTg, kept by Decision 26/2026/QĐ-TTg Art. 4) the province rates 3 and 4 stars and the
 * Ministry of Agriculture and Environment 5 stars; before, districts rated 3 stars.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum RatingAuthority implements Labelled {
    /** Cấp huyện: the district People's Committee (3 stars, until 5 July 2025). */
    DISTRICT,
    /** Cấp tỉnh: the provincial People's Committee (3 and 4 stars; 4 stars only before 6 July 2025). */
    PROVINCE,
    /** Cấp trung ương: the Ministry of Agriculture and Environment (5 stars). */
    CENTRAL;

    /** The first day of the two-level rating (Decision 1489/QĐ-TTg of 6 July 2025). */
    public static final LocalDate TWO_LEVEL_FROM = LocalDate.of(2025, 7, 6);

    /**
     * Whether a council of this level rates products on a date: district councils (cấp huyện) only
     * before {@link #TWO_LEVEL_FROM}; provincial and central councils on any date. The same rule that
     * {@link #recognising} applies to certificates.
     *
     * @param date the rating date
     * @return false for a district council on or after 6 July 2025
     */
    public boolean ratesOn(LocalDate date) {
        return this != DISTRICT || date.isBefore(TWO_LEVEL_FROM);
    }

    /**
     * The authority that recognises a star level on a rating date.
     *
     * @param stars the level
     * @param date  the rating date
     * @return the authority, or empty for 1 and 2 stars (not recognised, no certificate)
     */
    public static Optional<RatingAuthority> recognising(Stars stars, LocalDate date) {
        return switch (stars) {
            case ONE, TWO -> Optional.empty();
            case THREE -> Optional.of(date.isBefore(TWO_LEVEL_FROM) ? DISTRICT : PROVINCE);
            case FOUR -> Optional.of(PROVINCE);
            case FIVE -> Optional.of(CENTRAL);
        };
    }
}
