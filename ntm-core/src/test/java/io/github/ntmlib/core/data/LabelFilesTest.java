package io.github.ntmlib.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.locality.Level;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.report.CarryOverOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every labelled enum of ntm-core has both names for every constant, read from its label file. */
class LabelFilesTest {

    @Test
    void everyConstantHasAVietnameseAndAnEnglishName() {
        List<Class<? extends Labelled>> enums = List.of(Verdict.class, io.github.ntmlib.core.criteria.Reason.class, io.github.ntmlib.core.criteria.RuleOrigin.class,
                Level.class, UnitKind.class, StatusStep.class,
                Assessment.class, CarryOverOutcome.class);
        for (Class<? extends Labelled> type : enums) {
            for (Labelled constant : type.getEnumConstants()) {
                assertThat(constant.vietnamese()).as(type.getSimpleName() + " " + constant).isNotBlank();
                assertThat(constant.english()).as(type.getSimpleName() + " " + constant).isNotBlank();
            }
        }
        assertThat(UnitKind.TOWNSHIP.label(Language.VIETNAMESE)).isEqualTo("thị trấn");
        assertThat(Verdict.NOT_ASSESSED.label(Language.ENGLISH)).isEqualTo("not assessed");
        assertThat(Assessment.BASICALLY_MET.vietnamese()).isEqualTo("cơ bản đạt");
    }
}
