package io.github.ntmlib.ocop.certificate;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.ocop.OcopDataException;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The revocation of a certificate (thu hồi giấy chứng nhận), effective on its date.
 *
 * @param date     the date of the revocation decision
 * @param reason   the reason (Art. 8.1)
 * @param decision the revocation decision's number
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Revocation(LocalDate date, RevocationReason reason, String decision) {

    /**
     * Validates.
     *
     * @param date     the date
     * @param reason   the reason
     * @param decision the decision number, not blank
     * @throws OcopDataException if a component is missing
     */
    public Revocation {
        if (date == null || reason == null || decision == null || decision.isBlank()) {
            throw OcopDataException.api(decision, "revocation", Labels.of(
                    "việc thu hồi phải có ngày, lý do và quyết định", "a revocation has a date, a reason and a decision"));
        }
    }
}
