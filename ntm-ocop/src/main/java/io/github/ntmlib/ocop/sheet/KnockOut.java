package io.github.ntmlib.ocop.sheet;

import java.util.Objects;
import io.github.ntmlib.ocop.OcopDataException;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A knock-out condition (điều kiện loại): in the sheet header ("Hồ sơ bị loại khi: ...") or in a
 * criterion's note ("Bị loại nếu ...", "Không đánh giá các bước tiếp theo nếu ..."). Most are
 * findings an evaluator records; a knock-out with {@link #zeroPointsIn()} fires by itself when any of
 * those criteria scores 0 ("Nếu được 0 điểm tại một trong các chỉ tiêu trên ...", sheet 16).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class KnockOut {

    private final String id;
    private final KnockOutKind kind;
    private final String text;
    private final @Nullable String criterion;
    private final List<String> zeroPointsIn;

    private KnockOut(String id, KnockOutKind kind, String text, Optional<String> criterion,
            List<String> zeroPointsIn) {
        OcopDataException.requirePresent(id, null, "id");
        OcopDataException.requirePresent(kind, null, "kind");
        OcopDataException.requirePresent(text, null, "text");
        OcopDataException.requirePresent(criterion, null, "criterion");
        zeroPointsIn = List.copyOf(zeroPointsIn);
        this.id = id;
        this.kind = kind;
        this.text = text;
        this.criterion = criterion.orElse(null);
        this.zeroPointsIn = zeroPointsIn;
    }

    /**
     * Creates the value, validating it.
     *
     * @param id the identifier within the sheet: "H1" for the header, "6.1-K1" for a criterion's note
     * @param kind rejected or not rated
     * @param text the condition as printed
     * @param criterion the criterion whose note states it, or empty for the header
     * @param zeroPointsIn the criteria whose 0 points trigger it; empty when it is a recorded finding
     * @return the value
     */
    public static KnockOut of(String id, KnockOutKind kind, String text, Optional<String> criterion,
            List<String> zeroPointsIn) {
        return new KnockOut(id, kind, text, criterion, zeroPointsIn);
    }

    /**
     * The identifier within the sheet: "H1" for the header, "6.1-K1" for a criterion's note.
     *
     * @return the identifier within the sheet: "H1" for the header, "6.1-K1" for a criterion's note
     */
    public String id() {
        return id;
    }

    /**
     * Rejected or not rated.
     *
     * @return rejected or not rated
     */
    public KnockOutKind kind() {
        return kind;
    }

    /**
     * The condition as printed.
     *
     * @return the condition as printed
     */
    public String text() {
        return text;
    }

    /**
     * The criterion whose note states it, or empty for the header.
     *
     * @return the criterion whose note states it, or empty for the header
     */
    public Optional<String> criterion() {
        return Optional.ofNullable(criterion);
    }

    /**
     * The criteria whose 0 points trigger it; empty when it is a recorded finding.
     *
     * @return the criteria whose 0 points trigger it; empty when it is a recorded finding
     */
    public List<String> zeroPointsIn() {
        return zeroPointsIn;
    }

    /**
     * Whether it fires by itself from the scores rather than from a recorded finding.
     *
     * @return true if {@link #zeroPointsIn()} is not empty
     */
    public boolean isAutomatic() {
        return !zeroPointsIn.isEmpty();
    }


    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof KnockOut)) {
            return false;
        }
        KnockOut o = (KnockOut) other;
        return Objects.equals(id, o.id)
                && Objects.equals(kind, o.kind)
                && Objects.equals(text, o.text)
                && Objects.equals(criterion, o.criterion)
                && Objects.equals(zeroPointsIn, o.zeroPointsIn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, text, criterion, zeroPointsIn);
    }

    @Override
    public String toString() {
        return "KnockOut[" + "id=" + id + ", " + "kind=" + kind + ", " + "text=" + text
                + ", " + "criterion=" + criterion + ", " + "zeroPointsIn=" + zeroPointsIn + "]";
    }
}
