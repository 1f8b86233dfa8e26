package io.github.ntmlib.ocop.sheet;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.ocop.OcopDataException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A criterion group (nhóm tiêu chí) of a part, e.g. "1. TỔ CHỨC SẢN XUẤT" (18 points on sheet 1). A
 * group printed with options of its own (e.g. "7. DINH DƯỠNG") holds one criterion with the group's code.
 *
 * @param code        the code, e.g. "1"
 * @param title       the title as printed
 * @param points      the group total, equal to the sum of its criteria maxima
 * @param subgroups   its subgroups, usually none
 * @param criteria    its criteria in printed order
 * @param corrections notes of transcription corrections applied to it
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CriterionGroup(String code, String title, int points, List<Subgroup> subgroups,
        List<SheetCriterion> criteria, List<String> corrections) {

    /**
     * Validates and copies.
     *
     * @param code        the code
     * @param title       the title
     * @param points      the total
     * @param subgroups   the subgroups
     * @param criteria    the criteria, not empty
     * @param corrections the correction notes
     */
    public CriterionGroup {
        OcopDataException.requirePresent(code, null, "code");
        OcopDataException.requirePresent(title, null, "title");
        subgroups = List.copyOf(subgroups);
        criteria = List.copyOf(criteria);
        corrections = List.copyOf(corrections);
        if (criteria.isEmpty()) {
            throw OcopDataException.api(null, code, Labels.of("nhóm " + code + " không có tiêu chí nào",
                    "group " + code + " has no criteria"));
        }
    }
}
