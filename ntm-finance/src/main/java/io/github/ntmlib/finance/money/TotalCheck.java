package io.github.ntmlib.finance.money;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.FinanceWarning;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A reported total kept beside the sum of its reported parts (tổng số báo cáo và tổng cộng lại).
 *
 * <p>The reported figure is never replaced: a difference becomes a {@link FinanceWarning}. In the
 * seed report the plan parts 504,912 + 88,228 = 593,140 million differ from the stated 593,139,
 * and the sponsorship parts 0.388 + 45.985 = 46.373 billion from the stated 46.372.
 *
 * @param subject    what the total is, such as "2024 plan, million VND"
 * @param reported   the total as reported
 * @param parts      the parts as reported, in report order
 * @param unit       the unit the figures were reported in (used to word the warning)
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record TotalCheck(String subject, Vnd reported, List<Vnd> parts, ReportUnit unit) {

    /**
     * Validates and copies the components.
     *
     * @param subject  what the total is
     * @param reported the total as reported
     * @param parts    the parts as reported
     * @param unit     the unit the figures were reported in
     */
    public TotalCheck {
        FinanceDataException.require(subject, "subject");
        FinanceDataException.require(reported, "reported");
        FinanceDataException.require(unit, "unit");
        parts = List.copyOf(FinanceDataException.require(parts, "parts"));
    }

    /**
     * The sum of the parts, recomputed.
     *
     * @return the exact sum
     */
    public Vnd recomputed() {
        return Vnd.sum(parts);
    }

    /**
     * Whether the reported total equals the recomputed sum.
     *
     * @return true if they agree to the đồng
     */
    public boolean matches() {
        return recomputed().equals(reported);
    }

    /**
     * The difference, recomputed minus reported.
     *
     * @return the difference (zero when they agree)
     */
    public Vnd difference() {
        return recomputed().minus(reported);
    }

    /**
     * The warning to show when the figures disagree.
     *
     * @return the warning, or empty if they agree
     */
    public Optional<FinanceWarning> warning() {
        if (matches()) {
            return Optional.empty();
        }
        return Optional.of(new FinanceWarning(subject, "total", Labels.of("tổng báo cáo "
                + reported.format(unit, NumberStyle.VI_VN) + " khác tổng các thành phần "
                + recomputed().format(unit, NumberStyle.VI_VN) + " (chênh lệch "
                + difference().format(unit, NumberStyle.VI_VN) + "); giữ nguyên số đã báo cáo", "reported total "
                + reported.format(unit, NumberStyle.VI_VN) + " differs from the sum of its parts "
                + recomputed().format(unit, NumberStyle.VI_VN) + " (difference "
                + difference().format(unit, NumberStyle.VI_VN) + "); the reported figure is kept")));
    }
}
