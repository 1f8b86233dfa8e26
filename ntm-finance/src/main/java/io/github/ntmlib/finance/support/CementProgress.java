package io.github.ntmlib.finance.support;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.internal.Positioned;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.Figures;
import io.github.ntmlib.finance.money.Rate;
import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * Work done under the cement-support mechanism against the plan, in km (kết quả thực hiện cơ chế
 * hỗ trợ xi măng), such as 231.487 of 301.86 km of roads in 2024 (77%).
 *
 * @param work      the kind of work
 * @param doneKm    km built, 0 or more
 * @param plannedKm km planned, more than 0
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CementProgress(CementWork work, BigDecimal doneKm, BigDecimal plannedKm) {

    /**
     * Validates the components.
     *
     * @param work      the kind of work
     * @param doneKm    km built
     * @param plannedKm km planned
     */
    public CementProgress {
        FinanceDataException.require(work, "work");
        FinanceDataException.require(doneKm, "doneKm");
        FinanceDataException.require(plannedKm, "plannedKm");
        if (doneKm.signum() < 0 || plannedKm.signum() <= 0) {
            throw FinanceDataException.api(work.name(), doneKm.signum() < 0 ? "doneKm" : "plannedKm", Labels.of("số km đã làm không được âm và số km kế hoạch phải dương",
                            "km done must not be negative and km planned must be positive"));
        }
    }

    /**
     * Reads a line from vi-VN figures such as "231,487" and "301,86".
     *
     * @param work    the kind of work
     * @param done    km built, vi-VN
     * @param planned km planned, vi-VN
     * @return the progress
     */
    public static CementProgress parse(CementWork work, String done, String planned) {
        String subject = work == null ? null : work.name();
        return Positioned.finance(() -> new CementProgress(work,
                Figures.parse(done, NumberStyle.VI_VN, SourcePosition.API, subject, "doneKm"),
                Figures.parse(planned, NumberStyle.VI_VN, SourcePosition.API, subject, "plannedKm")));
    }

    /**
     * The exact share of the plan done.
     *
     * @return done / planned
     */
    public Rate rate() {
        return Rate.of(doneKm, plannedKm);
    }
}
