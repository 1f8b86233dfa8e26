package io.github.ntmlib.ocop.sheet;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.ocop.OcopDataException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A part (phần) of a scoring sheet: A "Sản phẩm và sức mạnh cộng đồng" (40 points), B "Khả năng tiếp
 * thị" (25), C "Chất lượng sản phẩm" (35) (Decision 26/2026/QĐ-TTg, Art. 3.1).
 *
 * @param code        "A", "B" or "C"
 * @param title       the title as printed
 * @param points      the part total
 * @param groups      its criterion groups
 * @param corrections notes of transcription corrections applied to it
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Part(String code, String title, int points, List<CriterionGroup> groups, List<String> corrections) {

    /**
     * Validates and copies.
     *
     * @param code        the code
     * @param title       the title
     * @param points      the total
     * @param groups      the groups, not empty
     * @param corrections the correction notes
     */
    public Part {
        OcopDataException.requirePresent(code, null, "code");
        OcopDataException.requirePresent(title, null, "title");
        groups = List.copyOf(groups);
        corrections = List.copyOf(corrections);
        if (groups.isEmpty()) {
            throw OcopDataException.api(null, "part " + code, Labels.of("phần " + code + " không có nhóm nào",
                    "part " + code + " has no groups"));
        }
    }
}
