package io.github.ntmlib.ocop.rating;

import io.github.ntmlib.base.Labels;
import java.util.Objects;
import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.OcopDataException;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Which rules a dossier is rated under (Decision 26/2026/QĐ-TTg Art. 12.2): a dossier filed before
 * 22 May 2026 and not yet rated finishes under the 2021-2025 rules (Decision 148/QĐ-TTg as amended by
 * 1489/QĐ-TTg), within 60 days of that date for a first rating or an upgrade and 30 days for a
 * re-rating; a dossier filed from 22 May 2026 is rated under 26/2026.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Transition {

    private final String instrument;
    private final @Nullable LocalDate deadline;

    private Transition(String instrument, Optional<LocalDate> deadline) {
        OcopDataException.requirePresent(instrument, null, "instrument");
        OcopDataException.requirePresent(deadline, null, "deadline");
        this.instrument = instrument;
        this.deadline = deadline.orElse(null);
    }

    /**
     * The number of the instrument whose criteria apply, e.g. "26/2026/QĐ-TTg".
     *
     * @return the number of the instrument whose criteria apply, e.g. "26/2026/QĐ-TTg"
     */
    public String instrument() {
        return instrument;
    }

    /**
     * The last day the rating may be completed under transitional rules, if any.
     *
     * @return the last day the rating may be completed under transitional rules, if any
     */
    public Optional<LocalDate> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** The instrument of the 2021-2025 rules. */
    public static final String OLD_RULES = "148/QĐ-TTg (sửa đổi bởi 1489/QĐ-TTg)";

    /**
     * The rules for a dossier.
     *
     * @param filed the day the dossier was filed
     * @param kind  the kind of dossier
     * @return the instrument and, for a transitional dossier, the deadline()
     * @throws OcopDataException if a value is missing
     */
    public static Transition forDossier(LocalDate filed, DossierKind kind) {
        if (filed == null || kind == null) {
            throw OcopDataException.api(null, "dossier", Labels.of("hồ sơ phải có ngày nộp và loại hồ sơ",
                    "a dossier has a filing day and a kind"));
        }
        LocalDate start = Instrument.QD_26_2026.effective();
        if (!filed.isBefore(start)) {
            return new Transition(Instrument.QD_26_2026.number(), Optional.empty());
        }
        return new Transition(OLD_RULES, Optional.of(start.plusDays(kind == DossierKind.RERATING ? 30 : 60)));
    }


    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Transition)) {
            return false;
        }
        Transition o = (Transition) other;
        return Objects.equals(instrument, o.instrument)
                && Objects.equals(deadline, o.deadline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(instrument, deadline);
    }

    @Override
    public String toString() {
        return "Transition[" + "instrument=" + instrument + ", " + "deadline=" + deadline + "]";
    }
}
