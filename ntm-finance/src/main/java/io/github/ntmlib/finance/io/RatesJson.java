package io.github.ntmlib.finance.io;

import io.github.ntmlib.base.internal.ExactJson;
import io.github.ntmlib.finance.disbursement.DisbursementRate;
import io.github.ntmlib.finance.disbursement.RateBase;
import io.github.ntmlib.finance.money.Rate;
import io.github.ntmlib.finance.plan.CapitalType;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The JSON document of disbursement rates ({@value #SCHEMA}, docs/formats.md; JSON Schema
 * {@code docs/schemas/finance-rates-1.schema.json}): the plan year, the date, the {@link RateBase},
 * the digits percentages are printed at, then per capital type and in total the amounts disbursed
 * and planned (whole đồng) and the rate: an exact fraction and its percentage rounded half-up at
 * {@value #PERCENT_DIGITS} digits, {@code null} without a plan.
 *
 * <p>A rendered view with no reader: a rate is computed by a {@code DisbursementLedger} from plans
 * and disbursements, which the document does not hold.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RatesJson {

    /** The schema id. */
    public static final String SCHEMA = "ntm.finance-rates/1";

    /** The digits rates are printed at, as the seed report prints them ("72,43%"). */
    public static final int PERCENT_DIGITS = 2;

    private RatesJson() {
    }

    /**
     * Writes the document, indented, and a line break.
     *
     * @param planYear the plan year
     * @param asOf     the date of the rates
     * @param base     what the rates are taken of
     * @param byType   the rate of each capital type, in the order to print
     * @param total    the rate of all capital
     * @param out      where to write; flushed, not closed
     */
    public static void write(int planYear, LocalDate asOf, RateBase base, Map<CapitalType, DisbursementRate> byType,
            DisbursementRate total, Writer out) {
        ExactJson.Obj d = ExactJson.document(SCHEMA).put("planYear", planYear).put("asOf", asOf)
                .put("base", base.name()).put("percentDigits", PERCENT_DIGITS);
        ExactJson.Arr types = d.array("types");
        byType.forEach((type, r) -> rate(types.object().put("type", type.name()), r));
        rate(d.object("total"), total);
        d.write(out);
    }

    private static void rate(ExactJson.Obj n, DisbursementRate r) {
        n.put("disbursed", r.disbursed().dong()).put("plan", r.plan().dong());
        if (r.rate().isPresent()) {
            Rate x = r.rate().get();
            n.fraction("rate", x.fraction()).decimal("percent", x.percent(PERCENT_DIGITS));
        } else {
            n.putNull("rate");
        }
    }
}
