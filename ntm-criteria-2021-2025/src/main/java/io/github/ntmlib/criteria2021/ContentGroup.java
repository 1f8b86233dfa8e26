package io.github.ntmlib.criteria2021;

import io.github.ntmlib.base.Labelled;
import java.util.Arrays;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The five content groups (nhóm nội dung) of the 19 commune NTM criteria of Decision 318/QĐ-TTg,
 * appendix I. Descriptive only: evaluation does not use them; reports may group criteria by them.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ContentGroup implements Labelled {
    /** Quy hoạch: criterion 1. */
    PLANNING(1, 1),
    /** Hạ tầng kinh tế - xã hội: criteria 2-9. */
    SOCIO_ECONOMIC_INFRASTRUCTURE(2, 9),
    /** Kinh tế và tổ chức sản xuất: criteria 10-13. */
    ECONOMY_AND_PRODUCTION(10, 13),
    /** Văn hóa - xã hội - môi trường: criteria 14-17. */
    CULTURE_SOCIETY_ENVIRONMENT(14, 17),
    /** Hệ thống chính trị: criteria 18-19. */
    POLITICAL_SYSTEM(18, 19);

    private final int first;
    private final int last;

    ContentGroup(int first, int last) {
        this.first = first;
        this.last = last;
    }

    /**
     * The group of a commune NTM criterion.
     *
     * @param criterionCode the criterion code, "1" to "19"
     * @return the group, or empty for another code
     */
    public static Optional<ContentGroup> of(String criterionCode) {
        if (!criterionCode.matches("[0-9]{1,2}")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(criterionCode);
        return Arrays.stream(values()).filter(g -> n >= g.first && n <= g.last).findFirst();
    }
}
