package io.github.ntmlib.finance.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.money.Rate;
import io.github.ntmlib.finance.money.Vnd;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Both sides of every boundary of the support rules: a counterpart period covers its first and
 * last year and no other, periods may touch but never share a year, the local minimum is met at
 * exactly the required amount, a self-funded group meets its rule without central support; a
 * pilot model may take up to its whole cost centrally, its ceiling is rounded down to the đồng and
 * met at equality; zero km need no cement; zero awards owe nothing; every table names a key once;
 * every refusal names the field at fault.
 */
class SupportRuleBoundariesTest {

    private static final String UNDER_50 = "CENTRAL_SUPPORT_UNDER_50";

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void refused(Runnable value, String field) {
        assertThatThrownBy(value::run).isInstanceOf(FinanceDataException.class)
                .satisfies(e -> assertThat(((FinanceDataException) e).field()).contains(field));
    }

    private static String period(String name, int first, int last) {
        return "{\"period\":\"" + name + "\",\"firstYear\":" + first + ",\"lastYear\":" + last
                + ",\"groups\":[{\"group\":\"G\",\"label\":\"nhóm G\",\"minimumMultiplier\":1}]}";
    }

    private static CounterpartRules periods(String... periods) {
        return CounterpartRules.fromJson(json("{\"periods\":[" + String.join(",", periods) + "]}"), "rules.json");
    }

    @Test
    void aCounterpartPeriodCoversItsFirstAndLastYearAndNoOther() {
        CounterpartRules rules = CounterpartRules.bundled();
        for (int year : new int[] {2016, 2020}) {
            CounterpartCheck check = rules.check("44", year, UNDER_50, Vnd.ofMillions(100), Vnd.ofMillions(150));
            assertThat(check.period()).isEqualTo("2016-2020");
            assertThat(check.satisfied()).isTrue();
        }
        for (int year : new int[] {2015, 2021}) {
            assertThatThrownBy(() -> rules.check("44", year, UNDER_50, Vnd.ofMillions(100), Vnd.ofMillions(150)))
                    .isInstanceOf(FinanceDataException.class).hasMessageContaining("covers " + year);
        }
    }

    @Test
    void periodsMayTouchButNeverShareAYear() {
        CounterpartRules oneYear = periods(period("2021", 2021, 2021));
        assertThat(oneYear.check("42", 2021, "G", Vnd.ofDong(7), Vnd.ofDong(7)).satisfied()).isTrue();
        assertThatThrownBy(() -> periods(period("backwards", 2021, 2020))).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("lastYear is before firstYear");
        CounterpartRules touching = periods(period("2016-2020", 2016, 2020), period("2021-2025", 2021, 2025));
        assertThat(touching.check("42", 2020, "G", Vnd.ofDong(1), Vnd.ofDong(1)).period()).isEqualTo("2016-2020");
        assertThat(touching.check("42", 2021, "G", Vnd.ofDong(1), Vnd.ofDong(1)).period()).isEqualTo("2021-2025");
        CounterpartRules before = periods(period("2016-2020", 2016, 2020), period("2011-2015", 2011, 2015));
        assertThat(before.check("42", 2015, "G", Vnd.ofDong(1), Vnd.ofDong(1)).period()).isEqualTo("2011-2015");
        // Sharing the later period's last year, the earlier period's first year, or enclosing it.
        for (String second : new String[] {period("2020-2025", 2020, 2025), period("2010-2016", 2010, 2016),
                period("2010-2030", 2010, 2030), period("2018", 2018, 2018)}) {
            assertThatThrownBy(() -> periods(period("2016-2020", 2016, 2020), second))
                    .isInstanceOf(FinanceDataException.class).hasMessageContaining("period overlaps 2016-2020");
        }
    }

    @Test
    void aGroupIsNamedOncePerPeriodAndIsSelfFundedOnlyWhenSaid() {
        assertThatThrownBy(() -> CounterpartRules.fromJson(json("{\"periods\":[{\"period\":\"P\",\"firstYear\":2021,"
                + "\"lastYear\":2025,\"groups\":[{\"group\":\"G\",\"label\":\"a\"},{\"group\":\"G\",\"label\":\"b\"}]}]}"),
                "rules.json")).isInstanceOf(FinanceDataException.class).hasMessageContaining("group G is repeated");
        CounterpartRules rules = CounterpartRules.fromJson(json("{\"periods\":[{\"period\":\"P\",\"firstYear\":2021,"
                + "\"lastYear\":2025,\"groups\":[{\"group\":\"G\",\"label\":\"a\"}]}]}"), "rules.json");
        CounterpartRule rule = rules.rule(2022, "G");
        assertThat(rule.selfFunded()).isFalse();
        assertThat(rule.minimumMultiplier()).isEmpty();
        // Neither self-funded nor a minimum: central support with no local capital meets the rule.
        assertThat(rules.check("42", 2022, "G", Vnd.ofMillions(100), Vnd.ZERO).satisfied()).isTrue();
    }

    /** A check's minimum, verdict and shortfall together. */
    private static void judged(CounterpartCheck check, Vnd required, boolean satisfied, Vnd shortfall) {
        assertThat(check.required()).as("required").isEqualTo(required);
        assertThat(check.satisfied()).as("satisfied").isEqualTo(satisfied);
        assertThat(check.shortfall()).as("shortfall").isEqualTo(shortfall);
    }

    @Test
    void theLocalMinimumIsMetAtExactlyTheRequiredAmount() {
        CounterpartRules rules = CounterpartRules.bundled();
        String group = "CENTRAL_SUPPORT_50_TO_70";
        Vnd central = Vnd.ofMillions(100);
        judged(rules.check("44", 2018, group, central, Vnd.ofMillions(100)), Vnd.ofMillions(100), true, Vnd.ZERO);
        judged(rules.check("44", 2018, group, central, Vnd.ofDong(99_999_999)), Vnd.ofMillions(100), false,
                Vnd.ofDong(1));
        // 70% or more: no minimum, whatever the central support.
        assertThat(rules.check("44", 2018, "CENTRAL_SUPPORT_70_OR_MORE", Vnd.ofMillions(900), Vnd.ZERO).required())
                .isEqualTo(Vnd.ZERO);
    }

    @Test
    void aSelfFundedProvinceMeetsItsRuleOnlyWithoutCentralSupport() {
        CounterpartRules rules = CounterpartRules.bundled();
        CounterpartCheck own = rules.check("01", 2018, "SELF_BALANCING", Vnd.ZERO, Vnd.ofMillions(500));
        assertThat(own.rule().selfFunded()).isTrue();
        assertThat(own.satisfied()).isTrue();
        assertThat(rules.check("01", 2018, "SELF_BALANCING", Vnd.ofDong(1), Vnd.ofMillions(500)).satisfied()).isFalse();
    }

    @Test
    void negativePlannedAmountsAreRefusedNamingTheAmount() {
        CounterpartRules rules = CounterpartRules.bundled();
        refused(() -> rules.check("44", 2018, UNDER_50, Vnd.ofDong(-1), Vnd.ZERO), "central");
        refused(() -> rules.check("44", 2018, UNDER_50, Vnd.ZERO, Vnd.ofDong(-1)), "local");
        CounterpartCheck nothing = rules.check("44", 2018, UNDER_50, Vnd.ZERO, Vnd.ZERO);
        assertThat(nothing.required()).isEqualTo(Vnd.ZERO);
        assertThat(nothing.satisfied()).isTrue();
    }

    @Test
    void aPilotModelMayTakeUpToItsWholeCostCentrallyAndATypeIsNamedOnce() {
        PilotModelCeilings whole = PilotModelCeilings.fromJson(json("{\"models\":[{\"modelType\":\"PRECEDENT_100\","
                + "\"maxCentralShare\":1}]}"), "ceilings.json");
        CeilingCheck all = whole.check("m", "PRECEDENT_100", Vnd.ofMillions(10), Vnd.ofMillions(10));
        assertThat(all.maxCentral()).isEqualTo(Vnd.ofMillions(10));
        assertThat(all.withinCeiling()).isTrue();
        assertThat(all.excess()).isEqualTo(Vnd.ZERO);
        assertThatThrownBy(() -> PilotModelCeilings.fromJson(json("{\"models\":[{\"modelType\":\"T\","
                + "\"maxCentralShare\":1.0001}]}"), "ceilings.json")).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("maxCentralShare must be at most 1: 1.0001");
        assertThatThrownBy(() -> PilotModelCeilings.fromJson(json("{\"models\":[{\"modelType\":\"T\","
                + "\"maxCentralShare\":0.5},{\"modelType\":\"T\",\"maxCentralShare\":0.7}]}"), "ceilings.json"))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("model type repeated");
    }

    @Test
    void theCeilingIsRoundedDownToTheDongAndMetAtEquality() {
        PilotModelCeilings ceilings = PilotModelCeilings.bundled();
        // Half of 3 đồng is 1.5: the ceiling is 1 đồng, never 2.
        CeilingCheck odd = ceilings.check("m", "THEMATIC_PILOT", Vnd.ofDong(3), Vnd.ofDong(1));
        assertThat(odd.maxCentral()).isEqualTo(Vnd.ofDong(1));
        assertThat(odd.withinCeiling()).isTrue();
        CeilingCheck over = ceilings.check("m", "THEMATIC_PILOT", Vnd.ofDong(3), Vnd.ofDong(2));
        assertThat(over.withinCeiling()).isFalse();
        assertThat(over.excess()).isEqualTo(Vnd.ofDong(1));
        assertThat(over.centralShare()).isEqualTo(Rate.of(2, 3));
        // The smallest cost and no central support at all are accepted.
        assertThat(ceilings.check("m", "THEMATIC_PILOT", Vnd.ofDong(1), Vnd.ZERO).maxCentral()).isEqualTo(Vnd.ZERO);
        refused(() -> ceilings.check("m", "THEMATIC_PILOT", Vnd.ZERO, Vnd.ZERO), "totalCost");
        refused(() -> ceilings.check("m", "THEMATIC_PILOT", Vnd.ofDong(-5), Vnd.ZERO), "totalCost");
        refused(() -> ceilings.check("m", "THEMATIC_PILOT", Vnd.ofDong(5), Vnd.ofDong(-1)), "central");
    }

    @Test
    void zeroKmNeedNoCementAndANormIsGivenOncePerWork() {
        CementNorms norms = CementNorms.fromJson(json("{\"source\":\"test fixture\",\"norms\":["
                + "{\"work\":\"ROAD\",\"tonnesPerKm\":100.5},{\"work\":\"DRAIN\",\"tonnesPerKm\":0}]}"), "norms.json");
        assertThat(norms.tonnes(CementWork.ROAD, BigDecimal.ZERO)).isZero();
        assertThat(norms.tonnes(CementWork.DRAIN, new BigDecimal("12.5"))).isZero();
        refused(() -> norms.tonnes(CementWork.ROAD, new BigDecimal("-0.001")), "km");
        assertThatThrownBy(() -> CementNorms.fromJson(json("{\"source\":\"x\",\"norms\":[{\"work\":\"ROAD\","
                + "\"tonnesPerKm\":1},{\"work\":\"ROAD\",\"tonnesPerKm\":2}]}"), "norms.json"))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("work repeated");
    }

    @Test
    void cementProgressNamesTheFieldAtFault() {
        // Nothing done of nothing planned: the fault is the plan, not the zero km done.
        refused(() -> new CementProgress(CementWork.ROAD, BigDecimal.ZERO, BigDecimal.ZERO), "plannedKm");
        refused(() -> CementProgress.parse(null, "1", "2"), "work");
        assertThat(CementProgress.parse(CementWork.ROAD, "0", "301,86").rate()).isEqualTo(Rate.of(0, 1));
    }

    @Test
    void zeroAwardsOweNothingAndATitleIsNamedOnce() {
        RewardPolicy policy = RewardPolicy.haTinh44of2021();
        assertThat(policy.total(Map.of("COMMUNE_NTM", 0L, "DISTRICT_NTM", 1L))).isEqualTo(Vnd.parse("10 tỷ đồng"));
        refused(() -> policy.total(Map.of("COMMUNE_NTM", -1L)), "count");
        assertThatThrownBy(() -> RewardPolicy.fromJson(json("{\"policy\":\"p\",\"unit\":\"MILLION\",\"periodTotal\":3,"
                + "\"budget2022\":{\"reportedTotal\":3,\"items\":[{\"amount\":3}]},\"rewards\":["
                + "{\"title\":\"T\",\"amount\":1},{\"title\":\"T\",\"amount\":2}]}"), "policy.json"))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("title repeated");
    }
}
