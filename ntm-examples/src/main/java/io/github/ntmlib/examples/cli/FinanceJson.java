package io.github.ntmlib.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ntmlib.finance.allocation.Allocation;
import io.github.ntmlib.finance.allocation.AllocationShare;
import io.github.ntmlib.finance.disbursement.DisbursementRate;
import io.github.ntmlib.finance.disbursement.LinePosition;
import io.github.ntmlib.finance.disbursement.RateBase;
import io.github.ntmlib.finance.money.Rate;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.finance.plan.CapitalLine;
import io.github.ntmlib.finance.plan.CapitalType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON documents of {@code ntm finance}: ntm.finance-rates/1, ntm.finance-deadlines/1,
 * ntm.finance-allocation/1. Money is whole đồng (JSON integers), rates exact fractions beside the
 * printed percentage.
 */
final class FinanceJson {

    /** The digits the rates are printed at, as the seed report prints them ("72,43%"). */
    static final int RATE_DIGITS = 2;

    private FinanceJson() {
    }

    static ObjectNode rates(int year, LocalDate asOf, RateBase base, Map<Optional<CapitalType>, DisbursementRate> rates) {
        ObjectNode d = Json.document("ntm.finance-rates/1").put("planYear", year).put("asOf", asOf.toString())
                .put("base", base.name()).put("percentDigits", RATE_DIGITS);
        ArrayNode types = d.putArray("types");
        rates.forEach((type, r) -> {
            ObjectNode n = type.isPresent() ? types.addObject().put("type", type.get().name()) : d.putObject("total");
            n.put("disbursed", r.disbursed().dong()).put("plan", r.plan().dong());
            r.rate().ifPresentOrElse(x -> n.set("rate", rate(x)), () -> n.putNull("rate"));
        });
        return d;
    }

    static ObjectNode deadlines(int year, LocalDate asOf, List<LinePosition> positions) {
        ObjectNode d = Json.document("ntm.finance-deadlines/1").put("planYear", year).put("asOf", asOf.toString());
        ArrayNode lines = d.putArray("lines");
        for (LinePosition p : positions) {
            CapitalLine l = p.line();
            lines.addObject().put("unit", l.unitCode()).put("planYear", l.planYear()).put("component", l.component())
                    .put("source", l.source().name()).put("type", l.type().name()).put("vintage", l.vintage())
                    .put("plan", p.plan().dong()).put("disbursed", p.disbursed().dong())
                    .put("undisbursed", p.undisbursed().dong()).put("deadline", p.deadline().date().toString())
                    .put("basis", p.deadline().basis()).put("pastDeadline", p.isPastDeadline())
                    .put("stillDisbursable", p.stillDisbursable().dong()).put("lapsed", p.lapsed().dong());
        }
        return d;
    }

    static ObjectNode allocation(Allocation a) {
        ObjectNode d = Json.document("ntm.finance-allocation/1").put("pool", a.pool().dong())
                .put("method", a.method().name()).put("roundingUnit", a.roundingUnit().dong());
        ArrayNode shares = d.putArray("shares");
        List<Vnd> amounts = new ArrayList<>();
        for (AllocationShare s : a.shares()) {
            amounts.add(s.total());
            shares.addObject().put("unit", s.unitCode()).put("points", Json.decimal(s.points()))
                    .put("totalPoints", Json.decimal(s.totalPoints())).put("fixedGrant", s.fixedGrant().dong())
                    .put("apportioned", s.apportioned().dong()).put("amount", s.total().dong())
                    .put("decidedByTieBreak", s.decidedByTieBreak()).set("quota", Json.fraction(s.quota().fraction()));
        }
        return d.put("sum", Vnd.sum(amounts).dong());
    }

    /** A rate: the exact fraction and its percentage rounded half-up at {@link #RATE_DIGITS} digits. */
    private static ObjectNode rate(Rate rate) {
        return Json.fraction(rate.fraction()).put("percent", Json.decimal(rate.percent(RATE_DIGITS)));
    }
}
