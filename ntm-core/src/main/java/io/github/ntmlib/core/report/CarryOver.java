package io.github.ntmlib.core.report;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusStep;
import io.github.ntmlib.core.locality.Share;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Whether a unit formed by a merger or split takes over an official status (kế thừa kết quả công
 * nhận) through its predecessors: each predecessor's standing on the eve of the reorganisation,
 * how many of those the standard applies to hold it, and what the chosen policy decides. Only the
 * predecessors of a kind the standard applies to are counted (a thị trấn is never counted for
 * commune NTM), and a standard is never carried to a unit of a kind it does not apply to (a
 * phường never receives commune NTM). Nothing is inherited silently: a carried-over status
 * becomes a register entry only if the caller adds {@link #asStatusEvent()}. Created by {@link
 * StatusCarrier}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CarryOver {

    private final String unit;
    private final String standard;
    private final LocalDate formedOn;
    private final List<PredecessorStanding> predecessors;
    private final CarryOverPolicy policy;
    private final CarryOverOutcome outcome;

    CarryOver(String unit, String standard, LocalDate formedOn, List<PredecessorStanding> predecessors,
            CarryOverPolicy policy, CarryOverOutcome outcome) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.standard = Objects.requireNonNull(standard, "standard");
        this.formedOn = Objects.requireNonNull(formedOn, "formedOn");
        this.predecessors = List.copyOf(predecessors);
        this.policy = Objects.requireNonNull(policy, "policy");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * The unit formed by the reorganisation.
     *
     * @return its code
     */
    public String unit() {
        return unit;
    }

    /**
     * The standard.
     *
     * @return its id
     */
    public String standard() {
        return standard;
    }

    /**
     * The date the unit was formed; predecessors' standings are taken on the day before.
     *
     * @return the date
     */
    public LocalDate formedOn() {
        return formedOn;
    }

    /**
     * Every predecessor that went wholly or partly into the unit, with its standing.
     *
     * @return the predecessors, in the history's order
     */
    public List<PredecessorStanding> predecessors() {
        return predecessors;
    }

    /**
     * The policy applied.
     *
     * @return the policy
     */
    public CarryOverPolicy policy() {
        return policy;
    }

    /**
     * What the policy decided.
     *
     * @return the outcome
     */
    public CarryOverOutcome outcome() {
        return outcome;
    }

    /**
     * Whether the status is carried over.
     *
     * @return true only for {@link CarryOverOutcome#CARRIED_OVER}
     */
    public boolean carriedOver() {
        return outcome == CarryOverOutcome.CARRIED_OVER;
    }

    /**
     * How many predecessors the standard applies to (those counted).
     *
     * @return the count
     */
    public int counted() {
        return (int) predecessors.stream().filter(p -> p.standing() != PredecessorStanding.Standing.NOT_APPLICABLE)
                .count();
    }

    /**
     * How many counted predecessors held the standard on the eve.
     *
     * @return the count
     */
    public int holding() {
        return (int) predecessors.stream().filter(p -> p.standing() == PredecessorStanding.Standing.HELD).count();
    }

    /**
     * The status the carry-over would enter in the register, when carried over.
     *
     * @return a recognition dated the day the unit was formed, or empty
     */
    public Optional<StatusEvent> asStatusEvent() {
        if (!carriedOver()) {
            return Optional.empty();
        }
        return Optional.of(new StatusEvent(unit, standard, StatusStep.RECOGNISED, formedOn,
                "carried over from predecessors", "policy " + policy, DataSource.of("ntm", explanation(Language.ENGLISH))));
    }

    /**
     * The decision in a sentence.
     *
     * @param language the language
     * @return e.g. "4/4 predecessors of a kind commune-ntm applies to held it on 2025-06-30 (not applicable:
     *         18133 Thị trấn Phố Châu); policy ALL_FULL_PREDECESSORS: carried over"
     */
    public String explanation(Language language) {
        boolean vi = language == Language.VIETNAMESE;
        LocalDate eve = formedOn.minusDays(1);
        if (outcome == CarryOverOutcome.NOT_APPLICABLE_TO_UNIT) {
            return vi ? "chuẩn không áp dụng cho loại đơn vị của " + unit + ": không kế thừa"
                    : "the standard does not apply to the kind of " + unit + ": not carried over";
        }
        StringBuilder text = new StringBuilder();
        text.append(holding()).append('/').append(counted());
        text.append(vi ? " đơn vị trước sắp xếp thuộc loại áp dụng đã đạt chuẩn vào ngày " + language.format(eve)
                : " predecessors of a kind the standard applies to held it on " + language.format(eve));
        List<String> skipped = predecessors.stream()
                .filter(p -> p.standing() == PredecessorStanding.Standing.NOT_APPLICABLE)
                .map(p -> p.predecessor().code() + " " + p.predecessor().name()).toList();
        if (!skipped.isEmpty()) {
            text.append(vi ? " (không áp dụng: " : " (not applicable: ").append(String.join(", ", skipped)).append(')');
        }
        text.append(vi ? "; nguyên tắc: " : "; policy: ").append(policy.labels().in(language)).append(": ");
        text.append(outcome.label(language));
        return text.toString();
    }

    /**
     * The decision in English.
     *
     * @return the explanation
     */
    @Override
    public String toString() {
        return unit + " " + standard + ": " + explanation(Language.ENGLISH);
    }

    /**
     * The standing of one predecessor for the standard, on the eve of the reorganisation.
     */
    public static final class PredecessorStanding {

        /** Whether a predecessor counted, and if so whether it held the standard. */
        public enum Standing implements Labelled {
            /** Held the standard (a recognition in force on the eve). */
            HELD,
            /** Of a kind the standard applies to, without a recognition in force on the eve. */
            LACKED,
            /** Of a kind the standard does not apply to (a thị trấn for commune NTM): not counted. */
            NOT_APPLICABLE
        }

        private final io.github.ntmlib.core.locality.AdminUnit predecessor;
        private final Share share;
        private final Standing standing;
        private final @Nullable StatusEvent recognition;

        PredecessorStanding(io.github.ntmlib.core.locality.AdminUnit predecessor, Share share, Standing standing,
                Optional<StatusEvent> recognition) {
            this.predecessor = Objects.requireNonNull(predecessor, "predecessor");
            this.share = Objects.requireNonNull(share, "share");
            this.standing = Objects.requireNonNull(standing, "standing");
            this.recognition = recognition.orElse(null);
        }

        /**
         * The predecessor's last version.
         *
         * @return the unit version
         */
        public io.github.ntmlib.core.locality.AdminUnit predecessor() {
            return predecessor;
        }

        /**
         * Whether it went wholly or partly into the unit.
         *
         * @return the share
         */
        public Share share() {
            return share;
        }

        /**
         * Its standing.
         *
         * @return held, lacked or not applicable
         */
        public Standing standing() {
            return standing;
        }

        /**
         * The recognition in force on the eve, for a counted predecessor that held the standard.
         *
         * @return the recognition, or empty
         */
        public Optional<StatusEvent> recognition() {
            return Optional.ofNullable(recognition);
        }

        @Override
        public String toString() {
            return predecessor.code() + " " + share + " " + standing;
        }
    }
}
