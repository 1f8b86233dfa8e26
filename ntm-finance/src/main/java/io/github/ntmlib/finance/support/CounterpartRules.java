package io.github.ntmlib.finance.support;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.base.internal.JsonFields;
import io.github.ntmlib.finance.internal.Tables;
import io.github.ntmlib.finance.money.Vnd;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A period-versioned table of counterpart rules (province group → minimum local multiplier).
 *
 * <p>The bundled table holds only the 2016-2020 precedent of Decision 12/2017/QĐ-TTg. The
 * 2021-2025 ratio was not found: a caller supplies it with {@link #fromJson(InputStream, String)}
 * in the same format, and checking a 2021-2025 plan against the bundled table is an error, never a
 * silent fallback to the old rule.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CounterpartRules {

    private record Period(String name, int firstYear, int lastYear, Map<String, CounterpartRule> groups) {
    }

    private final String source;
    private final List<Period> periods;

    private CounterpartRules(String source, List<Period> periods) {
        this.source = source;
        this.periods = periods;
    }

    /**
     * The bundled table (2016-2020 precedent only).
     *
     * @return the rules
     */
    public static CounterpartRules bundled() {
        return Tables.bundled("counterpart-rules.json", CounterpartRules::read);
    }

    /**
     * Reads a rule table.
     *
     * @param json   the JSON, in the format of the bundled table
     * @param source its name, for errors
     * @return the rules
     */
    public static CounterpartRules fromJson(InputStream json, String source) {
        return Tables.read(json, source, CounterpartRules::read);
    }

    private static CounterpartRules read(JsonFields.Node root) {
        List<Period> periods = new ArrayList<>();
        for (JsonFields.Node p : root.get("periods").elements()) {
            int first = p.get("firstYear").integer();
            int last = p.get("lastYear").integer();
            if (last < first) {
                throw p.error(Labels.of("'lastYear' trước 'firstYear'",
                                "lastYear is before firstYear"));
            }
            for (Period other : periods) {
                if (first <= other.lastYear() && other.firstYear() <= last) {
                    throw p.error(Labels.of("giai đoạn chồng lên giai đoạn " + Limits.quote(other.name()),
                                    "period overlaps " + other.name()));
                }
            }
            Map<String, CounterpartRule> groups = new HashMap<>();
            for (JsonFields.Node g : p.get("groups").elements()) {
                boolean selfFunded = g.optional("selfFunded").map(JsonFields.Node::bool).orElse(false);
                Optional<BigDecimal> multiplier = g.optional("minimumMultiplier").map(JsonFields.Node::nonNegative);
                CounterpartRule rule = CounterpartRule.of(g.get("group").text(), g.get("label").text(), selfFunded,
                        multiplier);
                if (groups.put(rule.group(), rule) != null) {
                    throw g.error(Labels.of("nhóm " + Limits.quote(rule.group()) + " bị lặp lại",
                                    "group " + rule.group() + " is repeated"));
                }
            }
            periods.add(new Period(p.get("period").text(), first, last, Map.copyOf(groups)));
        }
        return new CounterpartRules(root.position().source(), List.copyOf(periods));
    }

    /**
     * The rule of a group in the period covering a year.
     *
     * @param year  the plan year
     * @param group the province group key
     * @return the rule
     * @throws FinanceDataException if no period covers the year or the group is unknown
     */
    public CounterpartRule rule(int year, String group) {
        Period period = period(year);
        CounterpartRule rule = period.groups().get(group);
        if (rule == null) {
            throw FinanceDataException.api(group, "group", Labels.of("không có nhóm " + Limits.quote(group) + " trong giai đoạn " + Limits.quote(period.name()) + " của " + source,
                            "no group " + Limits.quote(group) + " in period " + period.name()
                    + " of " + source));
        }
        return rule;
    }

    private Period period(int year) {
        return periods.stream().filter(p -> p.firstYear() <= year && year <= p.lastYear()).findFirst()
                .orElseThrow(() -> FinanceDataException.api(null, "year", Labels.of("không có giai đoạn đối ứng nào trong " + source + " áp dụng cho năm " + year + "; tỷ lệ của năm đó chưa có và phải được cung cấp",
                                "no counterpart period in " + source
                        + " covers " + year + "; the ratio of that year was not found and is data the caller must supply")));
    }

    /** The minimum local capital, rounded up to a whole đồng: a typed error beyond the range of đồng. */
    private Vnd required(String unitCode, BigDecimal multiplier, Vnd central) {
        try {
            return Vnd.ofDong(multiplier.multiply(BigDecimal.valueOf(central.dong())).setScale(0, RoundingMode.CEILING)
                    .longValueExact());
        } catch (ArithmeticException e) {
            throw FinanceDataException.api(unitCode, "central", Labels.of("vốn địa phương tối thiểu, " + multiplier.toString() + " × " + central.dong() + " đồng (hệ số của " + source + "), vượt quá giới hạn",
                            "the minimum local capital, " + multiplier.toString()
                    + " × " + central.dong() + " đồng (multiplier of " + source + "), is beyond the range of đồng"));
        }
    }

    /**
     * Checks a unit's planned central support and local capital.
     *
     * @param unitCode the unit
     * @param year     the plan year
     * @param group    the unit's province group
     * @param central  central support planned, 0 or more
     * @param local    local capital planned, 0 or more
     * @return the check
     */
    public CounterpartCheck check(String unitCode, int year, String group, Vnd central, Vnd local) {
        FinanceDataException.require(unitCode, "unitCode");
        FinanceDataException.require(central, "central");
        FinanceDataException.require(local, "local");
        if (central.isNegative() || local.isNegative()) {
            throw FinanceDataException.api(unitCode, central.isNegative() ? "central" : "local", Labels.of("số tiền kế hoạch không được âm",
                            "planned amounts must not be negative"));
        }
        CounterpartRule rule = rule(year, group);
        Vnd required = rule.minimumMultiplier().map(m -> required(unitCode, m, central)).orElse(Vnd.ZERO);
        return new CounterpartCheck(unitCode, period(year).name(), rule, central, local, required);
    }
}
