package io.github.ntmlib.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.ocop.OcopDataException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TransitionTest {

    @Test
    void dossiersFiledBeforeTheDecisionFinishUnderTheOldRules() {
        Transition old = Transition.forDossier(LocalDate.of(2026, 5, 21), DossierKind.FIRST_RATING);
        assertThat(old.instrument()).isEqualTo(Transition.OLD_RULES);
        assertThat(old.deadline()).contains(LocalDate.of(2026, 7, 21));
        assertThat(old).isEqualTo(Transition.forDossier(LocalDate.of(2026, 5, 21), DossierKind.FIRST_RATING));
        assertThat(Transition.forDossier(LocalDate.of(2026, 4, 30), DossierKind.UPGRADE).deadline())
                .contains(LocalDate.of(2026, 7, 21));
        assertThat(Transition.forDossier(LocalDate.of(2026, 5, 1), DossierKind.RERATING).deadline())
                .contains(LocalDate.of(2026, 6, 21));
        Transition current = Transition.forDossier(LocalDate.of(2026, 5, 22), DossierKind.FIRST_RATING);
        assertThat(current.instrument()).isEqualTo("26/2026/QĐ-TTg");
        assertThat(current.deadline()).isEmpty();
        assertThatThrownBy(() -> Transition.forDossier(null, DossierKind.RERATING))
                .isInstanceOf(OcopDataException.class);
    }

    @Test
    void aTransitionEqualsOnlyTheSameInstrumentAndDeadline() {
        Transition old = Transition.forDossier(LocalDate.of(2026, 5, 21), DossierKind.FIRST_RATING);
        Transition rerating = Transition.forDossier(LocalDate.of(2026, 5, 21), DossierKind.RERATING);
        Transition current = Transition.forDossier(LocalDate.of(2026, 5, 22), DossierKind.FIRST_RATING);
        assertThat(old).isEqualTo(old).isNotEqualTo(rerating).isNotEqualTo(current).isNotEqualTo(Transition.OLD_RULES)
                .hasSameHashCodeAs(Transition.forDossier(LocalDate.of(2026, 5, 1), DossierKind.UPGRADE));
        assertThat(old.hashCode()).isNotEqualTo(rerating.hashCode()).isNotEqualTo(current.hashCode());
        assertThat(old.toString()).contains(Transition.OLD_RULES).contains("2026-07-21");
        assertThat(current.toString()).contains("26/2026/QĐ-TTg");
    }
}
