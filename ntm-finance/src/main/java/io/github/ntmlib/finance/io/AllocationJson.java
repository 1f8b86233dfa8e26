package io.github.ntmlib.finance.io;

import io.github.ntmlib.base.internal.ExactJson;
import io.github.ntmlib.finance.allocation.Allocation;
import io.github.ntmlib.finance.allocation.AllocationShare;
import io.github.ntmlib.finance.money.Vnd;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The JSON document of an {@link Allocation} ({@value #SCHEMA}, docs/formats.md; JSON Schema
 * {@code docs/schemas/finance-allocation-1.schema.json}): the pool, method and rounding unit, each
 * share (unit, points and total points as decimal strings, fixed grant, apportioned and total
 * amount in whole đồng, whether a tie-break decided it, the exact quota) and the sum of the amounts.
 *
 * <p>No reader: a share's point terms (each with its label) are not in the document, only their
 * total, so no {@code Allocation} equal to the one written can be restored from it; allocate again
 * with {@link Allocation#of}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AllocationJson {

    /** The schema id. */
    public static final String SCHEMA = "ntm.finance-allocation/1";

    private AllocationJson() {
    }

    /**
     * Writes the document, indented, and a line break.
     *
     * @param allocation the allocation
     * @param out        where to write; flushed, not closed
     */
    public static void write(Allocation allocation, Writer out) {
        ExactJson.Obj d = ExactJson.document(SCHEMA).put("pool", allocation.pool().dong())
                .put("method", allocation.method().name()).put("roundingUnit", allocation.roundingUnit().dong());
        ExactJson.Arr shares = d.array("shares");
        List<Vnd> amounts = new ArrayList<>();
        for (AllocationShare s : allocation.shares()) {
            amounts.add(s.total());
            shares.object().put("unit", s.unitCode()).decimal("points", s.points())
                    .decimal("totalPoints", s.totalPoints()).put("fixedGrant", s.fixedGrant().dong())
                    .put("apportioned", s.apportioned().dong()).put("amount", s.total().dong())
                    .put("decidedByTieBreak", s.decidedByTieBreak()).fraction("quota", s.quota().fraction());
        }
        d.put("sum", Vnd.sum(amounts).dong());
        d.write(out);
    }
}
