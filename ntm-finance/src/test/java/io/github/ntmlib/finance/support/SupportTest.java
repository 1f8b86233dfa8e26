package io.github.ntmlib.finance.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.finance.money.Vnd;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SupportTest {

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void seedCementSupportLinesAreReproducedFromTheirParts() {
        // Seed report, section 2.1: "231,487km/301,86km ... (đạt 77%); 26,51/43,22 km (đạt 61%);
        // 119,920/150 km (đạt 79,9%); 34,823km/50,844 km, đạt 68,49%KH".
        assertThat(CementProgress.parse(CementWork.ROAD, "231,487", "301,86").rate().format(0, NumberStyle.VI_VN))
                .isEqualTo("77%");
        assertThat(CementProgress.parse(CementWork.DRAIN, "26,51", "43,22").rate().format(0, NumberStyle.VI_VN))
                .isEqualTo("61%");
        assertThat(CementProgress.parse(CementWork.SURFACE_RESTORATION, "119,920", "150").rate()
                .format(1, NumberStyle.VI_VN)).isEqualTo("79,9%");
        assertThat(CementProgress.parse(CementWork.FIELD_CANAL, "34,823", "50,844").rate()
                .format(2, NumberStyle.VI_VN)).isEqualTo("68,49%");
        assertThatThrownBy(() -> CementProgress.parse(CementWork.ROAD, "231.48.7", "301,86"))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("doneKm");
        assertThatThrownBy(() -> CementProgress.parse(CementWork.ROAD, "1", "0"))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("plannedKm");
    }

    @Test
    void cementNormsAreProvincialData() {
        CementNorms norms = CementNorms.fromJson(json("{\"source\":\"test fixture\",\"norms\":["
                + "{\"work\":\"ROAD\",\"tonnesPerKm\":100.5}]}"), "norms.json");
        assertThat(norms.tonnes(CementWork.ROAD, new BigDecimal("2.5"))).isEqualByComparingTo("251.25");
        assertThatThrownBy(() -> norms.tonnes(CementWork.DRAIN, BigDecimal.ONE))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("no cement norm for DRAIN");
        assertThatThrownBy(() -> CementNorms.fromJson(json("{\"source\":\"x\",\"norms\":[{\"work\":\"ROAD\","
                + "\"tonnesPerKm\":-1}]}"), "bad.json")).isInstanceOf(FinanceDataException.class)
                .hasMessageContaining("$.norms[0].tonnesPerKm");
    }

    @Test
    void counterpartPrecedentOf2016To2020() {
        CounterpartRules rules = CounterpartRules.bundled();
        CounterpartCheck under50 = rules.check("44", 2018, "CENTRAL_SUPPORT_UNDER_50", Vnd.ofMillions(100),
                Vnd.ofMillions(120));
        assertThat(under50.required()).isEqualTo(Vnd.ofMillions(150));
        assertThat(under50.satisfied()).isFalse();
        assertThat(under50.shortfall()).isEqualTo(Vnd.ofMillions(30));
        assertThat(rules.check("44", 2018, "CENTRAL_SUPPORT_50_TO_70", Vnd.ofMillions(100), Vnd.ofMillions(100))
                .satisfied()).isTrue();
        assertThat(rules.check("44", 2018, "CENTRAL_SUPPORT_70_OR_MORE", Vnd.ofMillions(100), Vnd.ZERO)
                .satisfied()).isTrue();
        assertThat(rules.check("01", 2018, "SELF_BALANCING", Vnd.ofMillions(1), Vnd.ofMillions(500))
                .satisfied()).isFalse();
        // Odd đồng: 1.5 × 3 = 4.5 → at least 5 đồng.
        assertThat(rules.check("44", 2018, "CENTRAL_SUPPORT_UNDER_50", Vnd.ofDong(3), Vnd.ZERO).required())
                .isEqualTo(Vnd.ofDong(5));
        assertThatThrownBy(() -> rules.check("42", 2024, "CENTRAL_SUPPORT_UNDER_50", Vnd.ofMillions(1), Vnd.ZERO))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("ratio of that year was not found");
        assertThatThrownBy(() -> rules.check("42", 2018, "NO_SUCH_GROUP", Vnd.ofMillions(1), Vnd.ZERO))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("NO_SUCH_GROUP");
        CounterpartRules supplied = CounterpartRules.fromJson(json("{\"periods\":[{\"period\":\"2021-2025\","
                + "\"firstYear\":2021,\"lastYear\":2025,\"groups\":[{\"group\":\"G\",\"label\":\"test fixture\","
                + "\"minimumMultiplier\":0.3}]}]}"), "caller-2021-2025.json");
        assertThat(supplied.check("42", 2024, "G", Vnd.ofMillions(100), Vnd.ofMillions(30)).satisfied()).isTrue();
    }

    @Test
    void pilotModelsAreCappedAtHalfCentralSupport() {
        PilotModelCeilings ceilings = PilotModelCeilings.bundled();
        assertThat(ceilings.maxCentralShare("THEMATIC_PILOT")).isEqualByComparingTo("0.5");
        CeilingCheck over = ceilings.check("OCOP nhung hươu", "THEMATIC_PILOT", Vnd.ofMillions(2_001),
                Vnd.ofMillions(1_001));
        assertThat(over.maxCentral()).isEqualTo(Vnd.ofDong(1_000_500_000L));
        assertThat(over.withinCeiling()).isFalse();
        assertThat(over.excess()).isEqualTo(Vnd.ofDong(500_000));
        assertThat(ceilings.check("m", "THEMATIC_PILOT", Vnd.ofMillions(10), Vnd.ofMillions(5)).withinCeiling())
                .isTrue();
        assertThatThrownBy(() -> ceilings.check("m", "PRECEDENT_100", Vnd.ofMillions(10), Vnd.ofMillions(5)))
                .isInstanceOf(FinanceDataException.class).hasMessageContaining("no ceiling");
    }

    @Test
    void haTinhRewardsAndBudget() {
        RewardPolicy policy = RewardPolicy.haTinh44of2021();
        // 2021: 4 communes NTM × 1 + 6 nâng cao × 0.5 + 4 kiểu mẫu × 2 = 15 billion.
        assertThat(policy.total(Map.of("COMMUNE_NTM", 4L, "COMMUNE_ADVANCED", 6L, "COMMUNE_MODEL", 4L)))
                .isEqualTo(Vnd.parse("15 tỷ đồng"));
        assertThat(policy.reward("DISTRICT_NTM")).isEqualTo(Vnd.parse("10 tỷ đồng"));
        assertThat(policy.periodTotal()).isEqualTo(Vnd.parse("699,559 tỷ đồng"));
        assertThat(policy.budget2022().recomputed()).isEqualTo(Vnd.parse("157 tỷ đồng"));
        assertThat(policy.budget2022().warning()).isEmpty();
        assertThatThrownBy(() -> policy.reward("PROVINCE")).isInstanceOf(FinanceDataException.class);
    }

    @Test
    void fundReconciliationGivesSurplusAndShortfall() {
        FundReconciliation year = new FundReconciliation("NQ 51/2021", 2023, Vnd.ofMillions(100),
                List.of(Vnd.ofMillions(60), Vnd.ofMillions(50)), List.of(Vnd.ofMillions(70), Vnd.ofMillions(30)));
        assertThat(year.granted()).isEqualTo(Vnd.ofMillions(110));
        assertThat(year.surplus()).isEqualTo(Vnd.ofMillions(10));
        assertThat(year.shortfall()).isEqualTo(Vnd.ZERO);
        assertThat(year.overGranted()).hasValueSatisfying(w -> assertThat(w.message()).contains("110 triệu đồng"));
        FundReconciliation lacking = new FundReconciliation("NQ 51/2021", 2024, Vnd.ofMillions(100),
                List.of(Vnd.ofMillions(60)), List.of(Vnd.ofMillions(75)));
        assertThat(lacking.shortfall()).isEqualTo(Vnd.ofMillions(15));
        assertThat(lacking.overGranted()).isEmpty();
        assertThatThrownBy(() -> new FundReconciliation("f", 2024, Vnd.ofMillions(1), List.of(Vnd.ofMillions(-1)),
                List.of())).isInstanceOf(FinanceDataException.class).hasMessageContaining("tranches[0]");
    }
}
