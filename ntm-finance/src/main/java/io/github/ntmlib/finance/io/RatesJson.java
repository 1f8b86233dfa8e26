package io.github.ntmlib.finance.io;

import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.internal.ExactJson;
import io.github.ntmlib.base.internal.JsonFields;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.disbursement.DisbursementRate;
import io.github.ntmlib.finance.disbursement.RateBase;
import io.github.ntmlib.finance.internal.Positioned;
import io.github.ntmlib.finance.money.Rate;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.finance.plan.CapitalType;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The JSON document of disbursement rates ({@value #SCHEMA}, docs/formats.md; JSON Schema
 * {@code docs/schemas/finance-rates-1.schema.json}): the plan year, the date, the {@link RateBase},
 * the digits percentages are printed at, then per capital type and in total the amounts disbursed
 * and planned (whole đồng) and the rate: an exact fraction and its percentage rounded half-up at
 * {@value #PERCENT_DIGITS} digits, {@code null} without a plan.
 *
 * <p>{@link #read} restores what {@link #write} wrote: every {@link DisbursementRate} (plan year,
 * base, date, amounts disbursed and planned) equal to the one written. The rates themselves are
 * derived, so a document whose fraction or percentage is not the one its amounts give is refused,
 * as are another schema, a field the format does not have, a missing field, a value of the wrong
 * type, a capital type listed twice and other digits: a {@link FinanceDataException} naming the
 * file, the line and the JSON path.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RatesJson {

    /** The schema id. */
    public static final String SCHEMA = "ntm.finance-rates/1";

    /** The digits rates are printed at, as the seed report prints them ("72,43%"). */
    public static final int PERCENT_DIGITS = 2;

    private static final String[] FIELDS = {"schema", "planYear", "asOf", "base", "percentDigits", "types", "total"};
    private static final String[] RATE_FIELDS = {"numerator", "denominator", "exact", "percent"};

    /**
     * The rates of a document: by capital type, in the document's order, and in total.
     *
     * @param byType the rate of each capital type
     * @param total  the rate of all capital
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Rates(Map<CapitalType, DisbursementRate> byType, DisbursementRate total) {

        /**
         * The rates, validated.
         *
         * @param byType the rate of each capital type
         * @param total  the rate of all capital
         * @throws FinanceDataException if a rate is missing, or is not of the total's plan year, base
         *                              and date
         */
        public Rates {
            FinanceDataException.require(byType, "byType");
            FinanceDataException.require(total, "total");
            byType.forEach((type, rate) -> {
                FinanceDataException.require(type, "type");
                FinanceDataException.require(rate, "rate");
                if (rate.planYear() != total.planYear() || rate.base() != total.base() || !rate.asOf().equals(total.asOf())) {
                    throw FinanceDataException.api(type.name(), "rate", Labels.of("tỷ lệ của năm kế hoạch " + rate.planYear() + ", " + rate.base().vietnamese() + " ngày " + Language.VIETNAMESE.format(rate.asOf()) + " đặt cạnh tổng của năm " + total.planYear() + ", " + total.base().vietnamese() + " ngày " + Language.VIETNAMESE.format(total.asOf()),
                                    "a rate of plan year " + rate.planYear() + ", "
                            + rate.base() + " on " + rate.asOf() + " beside a total of " + total.planYear() + ", "
                            + total.base() + " on " + total.asOf()));
                }
            });
            byType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byType));
        }
    }

    private RatesJson() {
    }

    /**
     * Writes rates, indented, and a line break (the plan year, base and date are the total's).
     *
     * @param rates the rates
     * @param out   where to write; flushed, not closed
     */
    public static void write(Rates rates, Writer out) {
        DisbursementRate t = rates.total();
        write(t.planYear(), t.asOf(), t.base(), rates.byType(), t, out);
    }

    /**
     * Reads rates written by {@link #write}.
     *
     * @param reader the JSON text; not closed
     * @param source the file name, for errors
     * @return the rates, equal to those written
     * @throws FinanceDataException naming the file, line and JSON path of the first problem
     */
    public static Rates read(Reader reader, String source) {
        return Positioned.finance(() -> {
            JsonFields.Node root = JsonFields.readDocument(reader, source).only(FIELDS);
            JsonFields.Node schema = root.get("schema");
            if (!SCHEMA.equals(schema.text())) {
                throw schema.error(Labels.of("cần '" + SCHEMA + "'",
                                "expected '" + SCHEMA + "'"));
            }
            JsonFields.Node digits = root.get("percentDigits");
            if (digits.integer() != PERCENT_DIGITS) {
                throw digits.error(Labels.of("tỷ lệ được in với " + PERCENT_DIGITS + " chữ số, không phải " + digits.integer(),
                                "rates are printed at " + PERCENT_DIGITS + " digits, not " + digits.integer()));
            }
            int year = root.get("planYear").integer();
            LocalDate asOf = root.get("asOf").date();
            RateBase base = root.get("base").constant(RateBase.class);
            Map<CapitalType, DisbursementRate> byType = new LinkedHashMap<>();
            for (JsonFields.Node n : root.get("types").elements()) {
                n.only("type", "disbursed", "plan", "rate");
                JsonFields.Node type = n.get("type");
                CapitalType t = type.constant(CapitalType.class);
                if (byType.put(t, rate(n, year, base, asOf)) != null) {
                    throw type.error(Labels.of("loại vốn " + t.vietnamese() + " được liệt kê hai lần",
                                    "capital type " + t + " is listed twice"));
                }
            }
            return new Rates(byType, rate(root.get("total").only("disbursed", "plan", "rate"), year, base, asOf));
        });
    }

    private static DisbursementRate rate(JsonFields.Node n, int year, RateBase base, LocalDate asOf) {
        Vnd disbursed = Vnd.ofDong(n.get("disbursed").whole());
        Vnd plan = Vnd.ofDong(n.get("plan").whole());
        DisbursementRate r = Positioned.at(n.position(), null, () -> new DisbursementRate(year, base, asOf, disbursed, plan));
        Optional<JsonFields.Node> written = n.nullable("rate");
        Optional<Rate> derived = r.rate();
        if (written.isPresent() != derived.isPresent()) {
            throw n.error(Labels.of(derived.isPresent() ? "thiếu tỷ lệ: kế hoạch khác 0" : "tỷ lệ của kế hoạch bằng 0: phải là null",
                            derived.isPresent() ? "the rate is missing: the plan is not zero"
                    : "a rate of a zero plan: it must be null"));
        }
        if (written.isPresent()) {
            JsonFields.Node w = written.get().only(RATE_FIELDS);
            Rate d = derived.get();
            Fraction f = d.fraction().reduced();
            String[] wanted = {f.numerator().toString(), f.denominator().toString(),
                f.exactDecimal().map(ExactJson::decimal).orElse("null"), ExactJson.decimal(d.percent(PERCENT_DIGITS))};
            for (int i = 0; i < RATE_FIELDS.length; i++) {
                JsonFields.Node field = w.nullable(RATE_FIELDS[i]).orElse(w);
                String shown = field == w ? "null" : field.text();
                if (!shown.equals(wanted[i])) {
                    throw (field == w ? w : field).error(Labels.of("các số tiền cho ra '" + RATE_FIELDS[i] + "' " + wanted[i] + ", không phải " + shown,
                                    "the amounts give " + RATE_FIELDS[i] + " " + wanted[i] + ", not "
                            + shown));
                }
            }
        }
        return r;
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
