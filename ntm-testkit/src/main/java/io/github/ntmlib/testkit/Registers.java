package io.github.ntmlib.testkit;

import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.StatusStep;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Generators of status registers: recognitions, some later revoked, of the units of a snapshot.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Registers {

    /** Edge: a unit recognised. */
    public static final String RECOGNISED = "recognised";
    /** Edge: a recognition revoked later. */
    public static final String REVOKED = "revoked";

    private static final DataSource SOURCE = DataSource.of("ntm-testkit", "generated register");

    private Registers() {
    }

    /**
     * Registers for the units of a snapshot: each unit holds each standard that applies to its kind
     * with probability one half (so that a register never carries a row an evaluation refuses),
     * recognised on a day within [{@code from}, {@code to}), and one recognition in four is revoked
     * on a later day within the span.
     *
     * @param snapshot  the units
     * @param standards the standards
     * @param from      the first possible date
     * @param to        the last possible date (exclusive), after {@code from}
     * @param reach     where to count the edges reached
     * @return the generator
     */
    public static Gen<StatusRegister> statuses(Snapshot snapshot, Collection<Standard> standards, LocalDate from,
            LocalDate to, Reach reach) {
        long days = to.toEpochDay() - from.toEpochDay();
        if (days < 2) {
            throw new IllegalArgumentException("a register's span needs at least two days: " + from + " to " + to);
        }
        return r -> {
            List<StatusEvent> events = new ArrayList<>();
            for (AdminUnit unit : snapshot.units()) {
                for (Standard s : standards) {
                    if (!s.appliesTo(unit, snapshot) || !r.nextBoolean()) {
                        continue;
                    }
                    String standard = s.id();
                    long at = r.nextLong(days - 1);
                    LocalDate recognised = from.plusDays(at);
                    events.add(new StatusEvent(unit.code(), standard, StatusStep.RECOGNISED, recognised,
                            "QĐ " + unit.code(), "UBND tỉnh", SOURCE));
                    reach.hit(RECOGNISED);
                    if (r.nextInt(4) == 0) {
                        events.add(new StatusEvent(unit.code(), standard, StatusStep.REVOKED,
                                recognised.plusDays(1 + r.nextLong(days - 1 - at)), "QĐ thu hồi " + unit.code(),
                                "UBND tỉnh", SOURCE));
                        reach.hit(REVOKED);
                    }
                }
            }
            return StatusRegister.of(events);
        };
    }
}
