package io.github.ntmlib.finance.plan;

import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.VietnameseText;
import io.github.ntmlib.finance.FinanceDataException;

/**
 * Where program capital comes from (nguồn vốn). The central budget comes in two types, see
 * {@link CapitalType}; every source may carry either type.
 */
public enum CapitalSource implements Labelled {
    /** Central budget (ngân sách Trung ương, NSTW). */
    CENTRAL_BUDGET("ngân sách Trung ương", "central budget"),
    /** Provincial budget (ngân sách tỉnh). */
    PROVINCIAL_BUDGET("ngân sách tỉnh", "provincial budget"),
    /** District budget (ngân sách huyện). */
    DISTRICT_BUDGET("ngân sách huyện", "district budget"),
    /** Commune budget (ngân sách xã). */
    COMMUNE_BUDGET("ngân sách xã", "commune budget"),
    /** Local counterpart capital (vốn đối ứng). */
    COUNTERPART("vốn đối ứng", "counterpart funds"),
    /** Capital integrated from other programs (vốn lồng ghép). */
    INTEGRATED_PROGRAMS("vốn lồng ghép", "integrated programs"),
    /** Credit (vốn tín dụng). */
    CREDIT("vốn tín dụng", "credit"),
    /** Enterprises (vốn doanh nghiệp). */
    ENTERPRISES("vốn doanh nghiệp", "enterprises"),
    /** Community and residents' contributions (cộng đồng dân cư đóng góp). */
    COMMUNITY("cộng đồng dân cư đóng góp", "community contributions"),
    /** Sponsorship (đỡ đầu, tài trợ). */
    SPONSORSHIP("đỡ đầu, tài trợ", "sponsorship and patronage");

    private final Labels labels;

    CapitalSource(String vietnamese, String english) {
        this.labels = Labels.of(vietnamese, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /**
     * Finds a source by its constant name or its Vietnamese label (case and diacritics ignored).
     *
     * @param text     the name or label
     * @param position where the text was read
     * @param subject  the capital line or unit, or {@code null}
     * @return the source
     * @throws FinanceDataException if no source has that name
     */
    public static CapitalSource parse(String text, SourcePosition position, String subject) {
        if (text != null) {
            String key = VietnameseText.fold(text);
            for (CapitalSource source : values()) {
                if (source.name().equalsIgnoreCase(text.strip()) || VietnameseText.fold(source.vietnamese()).equals(key)) {
                    return source;
                }
            }
        }
        throw new FinanceDataException(position, subject, "source", "unknown capital source " + Limits.quote(text));
    }
}
