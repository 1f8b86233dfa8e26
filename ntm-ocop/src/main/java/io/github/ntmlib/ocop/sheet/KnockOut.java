package io.github.ntmlib.ocop.sheet;

import io.github.ntmlib.ocop.OcopDataException;
import java.util.List;
import java.util.Optional;

/**
 * A knock-out condition (điều kiện loại): in the sheet header ("Hồ sơ bị loại khi: ...") or in a
 * criterion's note ("Bị loại nếu ...", "Không đánh giá các bước tiếp theo nếu ..."). Most are
 * findings an evaluator records; a knock-out with {@link #zeroPointsIn()} fires by itself when any of
 * those criteria scores 0 ("Nếu được 0 điểm tại một trong các chỉ tiêu trên ...", sheet 16).
 *
 * @param id           the identifier within the sheet: "H1" for the header, "6.1-K1" for a criterion's note
 * @param kind         rejected or not rated
 * @param text         the condition as printed
 * @param criterion    the criterion whose note states it, or empty for the header
 * @param zeroPointsIn the criteria whose 0 points trigger it; empty when it is a recorded finding
 */
public record KnockOut(String id, KnockOutKind kind, String text, Optional<String> criterion,
        List<String> zeroPointsIn) {

    /**
     * Validates and copies.
     *
     * @param id           the identifier
     * @param kind         the kind
     * @param text         the printed condition
     * @param criterion    the criterion, or empty
     * @param zeroPointsIn the triggering criteria, possibly empty
     */
    public KnockOut {
        OcopDataException.requirePresent(id, null, "id");
        OcopDataException.requirePresent(kind, null, "kind");
        OcopDataException.requirePresent(text, null, "text");
        OcopDataException.requirePresent(criterion, null, "criterion");
        zeroPointsIn = List.copyOf(zeroPointsIn);
    }

    /**
     * Whether it fires by itself from the scores rather than from a recorded finding.
     *
     * @return true if {@link #zeroPointsIn()} is not empty
     */
    public boolean isAutomatic() {
        return !zeroPointsIn.isEmpty();
    }
}
