package io.github.ntmlib.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.Labelled;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every labelled enum of ntm-ocop has both names for every constant, read from its label file. */
class LabelFilesTest {

    @Test
    void everyConstantHasAVietnameseAndAnEnglishName() {
        List<Class<? extends Labelled>> enums = List.of(
                io.github.ntmlib.ocop.sheet.KnockOutKind.class,
                io.github.ntmlib.ocop.sheet.SheetCase.class,
                io.github.ntmlib.ocop.certificate.SubjectKind.class,
                io.github.ntmlib.ocop.certificate.RevocationReason.class,
                io.github.ntmlib.ocop.certificate.CertificateStatus.class,
                io.github.ntmlib.ocop.rating.Outcome.class,
                io.github.ntmlib.ocop.rating.DossierKind.class,
                io.github.ntmlib.ocop.rating.RatingAuthority.class,
                io.github.ntmlib.ocop.Stars.class,
                io.github.ntmlib.ocop.portfolio.Category.class);
        for (Class<? extends Labelled> type : enums) {
            for (Labelled constant : type.getEnumConstants()) {
                assertThat(constant.vietnamese()).as(type.getSimpleName() + " " + constant).isNotBlank();
                assertThat(constant.english()).as(type.getSimpleName() + " " + constant).isNotBlank();
            }
        }
    }
}
