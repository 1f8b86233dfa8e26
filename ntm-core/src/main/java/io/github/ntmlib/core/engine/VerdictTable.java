package io.github.ntmlib.core.engine;

import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.UnknownUnitException;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every unit's verdict and official status for every standard, in flat arrays by unit position
 * (hierarchy order: each unit before its children, so a unit's subtree is the range of positions
 * from it to {@link #end}) and standard index: what the engine's verdicts mode produces, what an
 * evaluation reduces to, and what tallies count. The arrays are never changed once the table is
 * made. Internal: not exported.
 */
final class VerdictTable {

    /** The code of a standard that does not apply to the unit's kind. */
    static final byte NONE = 0;
    /** The code of {@link Verdict#MET}. */
    static final byte MET = 1;
    /** The code of {@link Verdict#NOT_MET}. */
    static final byte NOT_MET = 2;
    /** The code of {@link Verdict#NOT_ASSESSED}. */
    static final byte NOT_ASSESSED = 3;

    private static final Verdict[] DECODED = {null, Verdict.MET, Verdict.NOT_MET, Verdict.NOT_ASSESSED};

    /** The criteria set judged. */
    final CriteriaSet set;
    /** The hierarchy judged. */
    final Snapshot snapshot;
    /** Unit codes by position. */
    final String[] codes;
    /** Unit kinds by position. */
    final UnitKind[] kinds;
    /** The parent's position, or -1 for a root. */
    final int[] parent;
    /** The position after the last unit of each unit's subtree. */
    final int[] end;
    /** Unit code to position. */
    final Map<String, Integer> position;
    /** Standard id to index (the set's order). */
    final Map<String, Integer> standardIndex;
    /** The number of standards of the set. */
    final int standards;
    /** Verdict codes by position × standards + standard index. */
    final byte[] verdicts;
    /** Whether a recognition is in force, by position × standards + standard index. */
    final boolean[] recognised;

    /**
     * A table; the arrays are taken, not copied (the caller hands them over).
     *
     * @param set           the set
     * @param snapshot      the snapshot
     * @param codes         codes by position
     * @param kinds         kinds by position
     * @param parent        parent positions
     * @param position      code to position
     * @param standardIndex standard id to index
     * @param verdicts      verdict codes
     * @param recognised    recognitions
     */
    VerdictTable(CriteriaSet set, Snapshot snapshot, String[] codes, UnitKind[] kinds, int[] parent,
            Map<String, Integer> position, Map<String, Integer> standardIndex, byte[] verdicts, boolean[] recognised) {
        this.set = Objects.requireNonNull(set, "set");
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.codes = codes;
        this.kinds = kinds;
        this.parent = parent;
        this.position = position;
        this.standardIndex = standardIndex;
        this.standards = set.standards().size();
        this.verdicts = verdicts;
        this.recognised = recognised;
        int n = codes.length;
        if (kinds.length != n || parent.length != n || verdicts.length != n * standards
                || recognised.length != n * standards) {
            throw new IllegalArgumentException("a verdict table's arrays disagree in size");
        }
        this.end = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            end[i] = Math.max(end[i], i + 1);
            int p = parent[i];
            if (p >= i) {
                throw new IllegalArgumentException("unit " + codes[i] + " comes before its parent");
            }
            if (p >= 0) {
                end[p] = Math.max(end[p], end[i]);
            }
        }
    }

    /**
     * The code of a verdict.
     *
     * @param v the verdict, or null for a standard that does not apply
     * @return the code
     */
    static byte encode(@Nullable Verdict v) {
        return v == null ? NONE : v == Verdict.MET ? MET : v == Verdict.NOT_MET ? NOT_MET : NOT_ASSESSED;
    }

    /**
     * The verdict of a code.
     *
     * @param code the code
     * @return the verdict, or null for {@link #NONE}
     */
    static @Nullable Verdict decode(byte code) {
        return DECODED[code];
    }

    /**
     * The position of a unit.
     *
     * @param code the unit code
     * @return the position
     * @throws UnknownUnitException if the table has no such unit
     */
    int position(String code) {
        Integer i = position.get(Objects.requireNonNull(code, "code"));
        if (i == null) {
            throw new UnknownUnitException(code, Labels.of("không có đơn vị " + Limits.quote(code)
                    + " trong danh mục đơn vị hành chính ngày " + Language.VIETNAMESE.format(snapshot.date())
                    + " đã được đánh giá", "no unit " + code + " in the snapshot of " + snapshot.date()
                    + " evaluated"));
        }
        return i;
    }
}
