package io.github.ntmlib.ocop.certificate;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.ocop.OcopDataException;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The period in which a re-rating (đánh giá lại) must be filed: from 180 to 120 days before the
 * certificate expires, both days included.
 *
 * @param opens  the first day (expiry minus 180 days)
 * @param closes the last day (expiry minus 120 days)
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ReratingWindow(LocalDate opens, LocalDate closes) {

    /**
     * Validates.
     *
     * @param opens  the first day
     * @param closes the last day, not before the first
     */
    public ReratingWindow {
        OcopDataException.requirePresent(opens, null, "opens");
        OcopDataException.requirePresent(closes, null, "closes");
        if (closes.isBefore(opens)) {
            throw OcopDataException.api(null, "closes", Labels.of("thời hạn kết thúc trước khi bắt đầu",
                    "window closes before it opens"));
        }
    }

    /**
     * Whether a day is in the window.
     *
     * @param date the day
     * @return true from {@link #opens()} to {@link #closes()} inclusive
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(opens) && !date.isAfter(closes);
    }
}
