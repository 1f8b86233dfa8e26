package io.github.ntmlib.finance.support;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.base.internal.JsonFields;
import io.github.ntmlib.finance.internal.Tables;
import io.github.ntmlib.finance.money.ReportUnit;
import io.github.ntmlib.finance.money.TotalCheck;
import io.github.ntmlib.finance.money.Vnd;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A provincial reward policy (chính sách khen thưởng) read from a versioned JSON table: an amount
 * per title, a policy total and a yearly budget by item.
 *
 * <p>Bundled: Hà Tĩnh Resolution 44/2021/NQ-HĐND (commune NTM 1 billion, nâng cao 500 million,
 * kiểu mẫu 2 billion, district NTM 10 billion; 699.559 billion for 2022-2025; the 2022 budget of
 * seven items totalling 157 billion). Other provinces' policies are read with {@link
 * #fromJson(InputStream, String)}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RewardPolicy {

    private final String source;
    private final Vnd periodTotal;
    private final Map<String, Vnd> rewards;
    private final TotalCheck budgetCheck;

    private RewardPolicy(String source, Vnd periodTotal, Map<String, Vnd> rewards, TotalCheck budgetCheck) {
        this.source = source;
        this.periodTotal = periodTotal;
        this.rewards = rewards;
        this.budgetCheck = budgetCheck;
    }

    /**
     * Hà Tĩnh Resolution 44/2021/NQ-HĐND.
     *
     * @return the policy
     */
    public static RewardPolicy haTinh44of2021() {
        return Tables.bundled("ha-tinh-44-2021.json", RewardPolicy::read);
    }

    /**
     * Reads a policy in the format of the bundled one.
     *
     * @param json   the JSON
     * @param source its name, for errors
     * @return the policy
     */
    public static RewardPolicy fromJson(InputStream json, String source) {
        return Tables.read(json, source, RewardPolicy::read);
    }

    private static RewardPolicy read(JsonFields.Node root) {
        ReportUnit unit = root.get("unit").constant(ReportUnit.class);
        Map<String, Vnd> rewards = new HashMap<>();
        for (JsonFields.Node r : root.get("rewards").elements()) {
            if (rewards.put(r.get("title").text(), Tables.amount(r.get("amount"), unit)) != null) {
                throw r.error(Labels.of("danh hiệu bị lặp lại",
                                "title repeated"));
            }
        }
        JsonFields.Node budget = root.get("budget2022");
        List<Vnd> items = new ArrayList<>();
        for (JsonFields.Node item : budget.get("items").elements()) {
            items.add(Tables.amount(item.get("amount"), unit));
        }
        TotalCheck check = new TotalCheck(root.get("policy").text() + ", budget 2022",
                Tables.amount(budget.get("reportedTotal"), unit), items, unit);
        return new RewardPolicy(root.position().source(), Tables.amount(root.get("periodTotal"), unit),
                Map.copyOf(rewards), check);
    }

    /**
     * The reward for a title.
     *
     * @param title the title key, such as {@code COMMUNE_NTM}
     * @return the amount
     * @throws FinanceDataException if the policy has no such title
     */
    public Vnd reward(String title) {
        Vnd amount = rewards.get(title);
        if (amount == null) {
            throw FinanceDataException.api(title, "title", Labels.of("không có mức thưởng cho " + Limits.quote(title) + " trong " + source,
                            "no reward for " + Limits.quote(title) + " in " + source));
        }
        return amount;
    }

    /**
     * The rewards owed for titles awarded.
     *
     * @param awarded number of awards per title key, each 0 or more
     * @return Σ reward × count
     */
    public Vnd total(Map<String, Long> awarded) {
        Vnd total = Vnd.ZERO;
        for (Map.Entry<String, Long> e : FinanceDataException.require(awarded, "awarded").entrySet()) {
            long count = FinanceDataException.require(e.getValue(), "count");
            if (count < 0) {
                throw FinanceDataException.api(e.getKey(), "count", Labels.of("số lượng không được âm: " + count,
                                "a count must not be negative: " + count));
            }
            total = total.plus(reward(e.getKey()).times(count));
        }
        return total;
    }

    /**
     * The policy's total for its whole period.
     *
     * @return the amount
     */
    public Vnd periodTotal() {
        return periodTotal;
    }

    /**
     * The 2022 budget: the reported total beside the sum of its items.
     *
     * @return the check
     */
    public TotalCheck budget2022() {
        return budgetCheck;
    }
}
