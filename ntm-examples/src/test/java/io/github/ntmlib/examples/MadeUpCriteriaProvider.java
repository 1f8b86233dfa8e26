package io.github.ntmlib.examples;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.IndicatorCriterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Threshold;
import io.github.ntmlib.core.criteria.ThresholdRule;
import io.github.ntmlib.core.criteria.spi.CriteriaPlugin;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.locality.UnitKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A made-up criteria set of a test plugin ("xã thử nghiệm": irrigation ≥ 70%, disaster prevention
 * Đạt), provided through the same SPI as the national plugin, reading the same indicator codes.
 */
public final class MadeUpCriteriaProvider implements CriteriaPlugin {

    /** The made-up set's id. */
    public static final String ID = "made-up-test-set";
    private static final Provenance MADE_UP = new Provenance("made-up test decision 0/QĐ", "", "", "not a real text");

    /** The constructor ServiceLoader would call. */
    public MadeUpCriteriaProvider() {
        // nothing to prepare
    }

    @Override
    public String name() {
        return "made-up-test-plugin";
    }

    @Override
    public String version() {
        return "0";
    }

    @Override
    public List<CriteriaSet> criteriaSets() {
        IndicatorDefinition irrigation = new IndicatorDefinition("3.1", Labels.of("Tưới tiêu", "irrigation"),
                ValueKind.RATIO, "%", false, List.of(), List.of(ThresholdRule.always(Threshold.atLeast("70", MADE_UP))));
        IndicatorDefinition disaster = new IndicatorDefinition("3.2", Labels.of("4 tại chỗ", "disaster prevention"),
                ValueKind.FLAG, "", false, List.of(), List.of(ThresholdRule.always(Threshold.met(MADE_UP))));
        Standard commune = Standard.of("test-commune", Labels.of("Xã thử nghiệm", "test commune"),
                Set.of(UnitKind.COMMUNE), Optional.empty(), List.of(IndicatorCriterion.of("3",
                        Labels.of("Thủy lợi", "irrigation"), List.of(irrigation, disaster))), MADE_UP);
        return List.of(CriteriaSet.builder(ID).labels(Labels.of("Bộ tiêu chí thử", "made-up set"))
                .validity(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)).jurisdiction("TEST")
                .provenance(MADE_UP).standard(commune).build());
    }
}
