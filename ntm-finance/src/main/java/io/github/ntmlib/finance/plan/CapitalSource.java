package io.github.ntmlib.finance.plan;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Choices;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.finance.FinanceDataException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where program capital comes from (nguồn vốn). The central budget comes in two types, see
 * {@link CapitalType}; every source may carry either type.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum CapitalSource implements Labelled {
    /** Central budget (ngân sách Trung ương, NSTW). */
    CENTRAL_BUDGET,
    /**
     * Local budget (ngân sách địa phương, NSĐP), when a plan does not say which level: the
     * provincial, district and commune budgets together.
     */
    LOCAL_BUDGET,
    /** Provincial budget (ngân sách tỉnh). */
    PROVINCIAL_BUDGET,
    /** District budget (ngân sách huyện). */
    DISTRICT_BUDGET,
    /** Commune budget (ngân sách xã). */
    COMMUNE_BUDGET,
    /** Local counterpart capital (vốn đối ứng). */
    COUNTERPART,
    /** Capital integrated from other programs (vốn lồng ghép). */
    INTEGRATED_PROGRAMS,
    /** Credit (vốn tín dụng). */
    CREDIT,
    /** Enterprises (vốn doanh nghiệp). */
    ENTERPRISES,
    /** Community and residents' contributions (cộng đồng dân cư đóng góp). */
    COMMUNITY,
    /** Sponsorship (đỡ đầu, tài trợ). */
    SPONSORSHIP;

    /**
     * Finds a source by its constant name, its Vietnamese or English label (case and diacritics
     * ignored) or its abbreviation (NSTW, NSĐP).
     *
     * @param text     the name or label
     * @param position where the text was read
     * @param subject  the capital line or unit, or {@code null}
     * @return the source
     * @throws FinanceDataException if no source has that name
     */
    public static CapitalSource parse(String text, SourcePosition position, @Nullable String subject) {
        return Choices.find(CapitalSource.class, text, ABBREVIATIONS).orElseThrow(() -> new FinanceDataException(
                position, subject, "source", Labels.of("không rõ nguồn vốn " + Limits.quote(text) + " (chấp nhận: " + acceptedVietnamese() + ")",
                        "unknown capital source " + Limits.quote(text) + " ("
                        + Choices.accepted(CapitalSource.class, ABBREVIATIONS) + ")")));
    }

    /** The abbreviations of budget reports. */
    private static final java.util.Map<String, CapitalSource> ABBREVIATIONS = java.util.Map.of(
            "NSTW", CENTRAL_BUDGET, "NSĐP", LOCAL_BUDGET);

    /** The accepted names as a Vietnamese error lists them: each source's label and abbreviations, quoted. */
    private static String acceptedVietnamese() {
        List<String> each = new ArrayList<>();
        for (CapitalSource s : values()) {
            StringBuilder one = new StringBuilder(Limits.quote(s.vietnamese()));
            ABBREVIATIONS.entrySet().stream().filter(a -> a.getValue() == s).map(Map.Entry::getKey).sorted()
                    .forEach(a -> one.append(", ").append(Limits.quote(a)));
            each.add(one.toString());
        }
        return String.join("; ", each);
    }
}
