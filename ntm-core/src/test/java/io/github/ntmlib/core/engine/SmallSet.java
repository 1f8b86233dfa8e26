package io.github.ntmlib.core.engine;

import io.github.ntmlib.core.criteria.AggregateCriterion;
import io.github.ntmlib.core.criteria.ClassificationOverride;
import io.github.ntmlib.core.criteria.Comparison;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.IndicatorCriterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.locality.TestSchemes;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A small hand-built criteria set and hierarchy for the engine's example tests. */
final class SmallSet {

    static final Provenance TEST = new Provenance("Test decision 1/QĐ", "Phụ lục I", "", "");
    static final LocalDate DATE = LocalDate.of(2024, 12, 31);
    static final String REGION = TestSchemes.REGION.id();

    private SmallSet() {
    }

    static IndicatorDefinition irrigation() {
        return new IndicatorDefinition("3.1", Labels.of("Tỷ lệ diện tích được tưới", "irrigated share"),
                ValueKind.RATIO, "%", false, List.of(), List.of(
                        ThresholdRule.always(Threshold.atLeast("80", TEST)),
                        ThresholdRule.when(REGION, "TRUNG_DU_MIEN_NUI_PHIA_BAC", Threshold.atLeast("70", TEST))));
    }

    static IndicatorDefinition income() {
        return new IndicatorDefinition("10.1", Labels.of("Thu nhập bình quân", "income per capita"),
                ValueKind.QUANTITY, "triệu đồng/người/năm", false, List.of(), List.of(
                        ThresholdRule.always(Threshold.atLeast("60", TEST)).inYear(2024),
                        ThresholdRule.always(Threshold.atLeast("65", TEST)).inYear(2025)));
    }

    static IndicatorDefinition disaster() {
        return new IndicatorDefinition("3.2", Labels.of("Phòng chống thiên tai", "disaster prevention"),
                ValueKind.FLAG, "", false, List.of(), List.of(ThresholdRule.always(Threshold.met(TEST))));
    }

    static IndicatorDefinition planning() {
        return new IndicatorDefinition("1.1", Labels.of("Quy hoạch", "planning"), ValueKind.FLAG, "", false, List.of(),
                List.of(ThresholdRule.always(Threshold.setByProvince(Comparison.MET, TEST))));
    }

    static IndicatorDefinition water() {
        return new IndicatorDefinition("17.1", Labels.of("Nước sạch tập trung", "centralised clean water"),
                ValueKind.RATIO, "%", false, List.of(), List.of(ThresholdRule.always(Threshold.atLeast("55", TEST))));
    }

    static CriteriaSet set() {
        Standard ntm = Standard.of("commune-ntm", Labels.of("Xã NTM", "commune NTM"), Set.of(UnitKind.COMMUNE),
                Optional.empty(), List.of(
                        IndicatorCriterion.of("3", Labels.of("Thủy lợi", "irrigation"), List.of(irrigation(), disaster())),
                        IndicatorCriterion.of("10", Labels.of("Thu nhập", "income"), List.of(income()))),
                TEST);
        Standard advanced = Standard.of("commune-advanced", Labels.of("Xã NTM nâng cao", "advanced"),
                Set.of(UnitKind.COMMUNE), Optional.of("commune-ntm"), List.of(
                        IndicatorCriterion.of("17", Labels.of("Môi trường", "environment"), List.of(water()))),
                TEST);
        Standard model = Standard.of("commune-model", Labels.of("Xã NTM kiểu mẫu", "model"), Set.of(UnitKind.COMMUNE),
                Optional.of("commune-advanced"), List.of(
                        IndicatorCriterion.of("1", Labels.of("Quy hoạch", "planning"), List.of(planning()))),
                TEST);
        Standard urban = Standard.of("civilised-urban", Labels.of("Đô thị văn minh", "civilised urban"),
                Set.of(UnitKind.WARD, UnitKind.TOWNSHIP), Optional.empty(), List.of(
                        IndicatorCriterion.of("U1", Labels.of("Văn hóa", "culture"), List.of(disaster()))),
                TEST);
        Standard district = Standard.of("district-ntm", Labels.of("Huyện NTM", "district NTM"),
                Set.of(UnitKind.RURAL_DISTRICT), Optional.empty(), List.of(
                        AggregateCriterion.of("P1", Labels.of("100% xã đạt chuẩn", "all communes NTM"),
                                Set.of(UnitKind.COMMUNE), "commune-ntm", Comparison.AT_LEAST, BigDecimal.valueOf(100), TEST),
                        AggregateCriterion.of("P2", Labels.of("≥ 40% xã nâng cao", "40% advanced"),
                                Set.of(UnitKind.COMMUNE), "commune-advanced", Comparison.AT_LEAST, BigDecimal.valueOf(40),
                                TEST),
                        AggregateCriterion.of("P3", Labels.of("100% thị trấn văn minh", "all townships civilised"),
                                Set.of(UnitKind.TOWNSHIP), "civilised-urban", Comparison.AT_LEAST, BigDecimal.valueOf(100),
                                TEST)),
                TEST);
        return CriteriaSet.builder("test-set").labels(Labels.of("Bộ thử", "test set"))
                .validity(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31)).provenance(TEST)
                .scheme(TestSchemes.REGION).scheme(TestSchemes.EXTREMELY_DIFFICULT)
                .override(new ClassificationOverride(REGION, "TRUNG_DU_MIEN_NUI_PHIA_BAC",
                        Map.of(TestSchemes.EXTREMELY_DIFFICULT.id(), "true"), TEST))
                .standard(ntm).standard(advanced).standard(model).standard(urban).standard(district).build();
    }

    /**
     * A generated commune-level kind made lawful under its district's kind (Luật Tổ chức chính
     * quyền địa phương, Điều 2): a phường drawn under a huyện becomes a thị trấn, a thị trấn drawn
     * under a thị xã or thành phố a phường; a xã stays.
     */
    static UnitKind lawful(UnitKind kind, UnitKind district) {
        if (kind == UnitKind.WARD && !kind.mayBeChildOf(district)) {
            return UnitKind.TOWNSHIP;
        }
        if (kind == UnitKind.TOWNSHIP && !kind.mayBeChildOf(district)) {
            return UnitKind.WARD;
        }
        return kind;
    }

    /** The district kind of the i-th generated district: huyện and thị xã in turn. */
    static UnitKind districtKind(int i) {
        return i % 2 == 0 ? UnitKind.RURAL_DISTRICT : UnitKind.TOWN;
    }

    /** Province 42 (Bắc Trung Bộ), district 445 with communes 1-4 and township 5, ward 6 under city 436. */
    static Snapshot snapshot() {
        LocalDate d = LocalDate.of(2024, 1, 1);
        return Snapshot.of(d, List.of(
                AdminUnit.of("42", "Tỉnh Hà Tĩnh", UnitKind.PROVINCE, null, d)
                        .withClassification(TestSchemes.REGION, "BAC_TRUNG_BO"),
                AdminUnit.of("445", "Huyện Thạch Hà", UnitKind.RURAL_DISTRICT, "42", d),
                AdminUnit.of("1", "Xã Một", UnitKind.COMMUNE, "445", d),
                AdminUnit.of("2", "Xã Hai", UnitKind.COMMUNE, "445", d),
                AdminUnit.of("3", "Xã Ba", UnitKind.COMMUNE, "445", d)
                        .withClassification(TestSchemes.EXTREMELY_DIFFICULT, "true"),
                AdminUnit.of("4", "Xã Bốn", UnitKind.COMMUNE, "445", d),
                AdminUnit.of("5", "Thị trấn Năm", UnitKind.TOWNSHIP, "445", d),
                AdminUnit.of("436", "Thành phố Hà Tĩnh", UnitKind.PROVINCIAL_CITY, "42", d),
                AdminUnit.of("6", "Phường Sáu", UnitKind.WARD, "436", d)));
    }
}
