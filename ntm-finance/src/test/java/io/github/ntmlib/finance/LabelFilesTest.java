package io.github.ntmlib.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.Labelled;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every labelled enum of ntm-finance has both names for every constant, read from its label file. */
class LabelFilesTest {

    @Test
    void everyConstantHasAVietnameseAndAnEnglishName() {
        List<Class<? extends Labelled>> enums = List.of(
                io.github.ntmlib.finance.plan.CapitalType.class,
                io.github.ntmlib.finance.plan.PlanEvent.Kind.class,
                io.github.ntmlib.finance.plan.CapitalSource.class,
                io.github.ntmlib.finance.disbursement.RateBase.class,
                io.github.ntmlib.finance.allocation.AllocationBlock.class,
                io.github.ntmlib.finance.allocation.CommuneCategory.class,
                io.github.ntmlib.finance.allocation.ApportionmentMethod.class,
                io.github.ntmlib.finance.support.CementWork.class);
        for (Class<? extends Labelled> type : enums) {
            for (Labelled constant : type.getEnumConstants()) {
                assertThat(constant.vietnamese()).as(type.getSimpleName() + " " + constant).isNotBlank();
                assertThat(constant.english()).as(type.getSimpleName() + " " + constant).isNotBlank();
            }
        }
    }
}
