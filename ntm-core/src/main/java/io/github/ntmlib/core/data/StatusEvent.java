package io.github.ntmlib.core.data;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One entry of the status register: a unit's step towards, or away from, an official standard.
 *
 * @param unit      the unit code
 * @param standard  the standard id
 * @param step      the step
 * @param date      the date of the decision or act
 * @param decision  the decision number, e.g. "3368/QĐ-UBND"; may be empty for informal steps
 * @param authority who decided, e.g. "Chủ tịch UBND tỉnh", "Thủ tướng Chính phủ"
 * @param source    where the entry was read
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record StatusEvent(String unit, String standard, StatusStep step, LocalDate date, String decision,
        String authority, DataSource source) {

    /**
     * Validates the components.
     *
     * @param unit      the unit code
     * @param standard  the standard id
     * @param step      the step
     * @param date      the date
     * @param decision  the decision number
     * @param authority the authority
     * @param source    the source
     */
    public StatusEvent {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(source, "source");
    }

    /**
     * A recognition by decision.
     *
     * @param unit      the unit code
     * @param standard  the standard id
     * @param date      the decision date
     * @param decision  the decision number
     * @param authority the authority
     * @return the event
     */
    public static StatusEvent recognised(String unit, String standard, LocalDate date, String decision,
            String authority) {
        return new StatusEvent(unit, standard, StatusStep.RECOGNISED, date, decision, authority, DataSource.API);
    }
}
