package io.github.ntmlib.core.report;

import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.StatusStep;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.LineageLink;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Share;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnknownUnitException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The official status a unit formed by a merger or split had through its predecessors: each
 * predecessor's recognition on the eve of the reorganisation, the share of them holding the
 * standard, and whether the chosen policy carries the status over. Nothing is inherited silently:
 * a carried-over status becomes a register entry only if the caller adds {@link #asStatusEvent()}.
 *
 * @param unit         the unit code
 * @param standard     the standard id
 * @param formedOn     the date the unit was formed
 * @param predecessors each predecessor with its share and its recognition on the eve
 * @param policy       the policy applied
 * @param carriedOver  whether the policy carries the status over
 * @param explanation  the decision in a sentence
 */
public record CarryOver(String unit, String standard, LocalDate formedOn, List<PredecessorStatus> predecessors,
        CarryOverPolicy policy, boolean carriedOver, String explanation) {

    /**
     * One predecessor's status.
     *
     * @param predecessor the predecessor version
     * @param share       whether it went wholly or partly into the unit
     * @param recognition its recognition in force on the eve of the reorganisation, if any
     */
    public record PredecessorStatus(AdminUnit predecessor, Share share, Optional<StatusEvent> recognition) {
        /**
         * Validates the components.
         *
         * @param predecessor the predecessor
         * @param share       the share
         * @param recognition the recognition
         */
        public PredecessorStatus {
            Objects.requireNonNull(predecessor, "predecessor");
            Objects.requireNonNull(share, "share");
            Objects.requireNonNull(recognition, "recognition");
        }
    }

    /**
     * Validates the components.
     *
     * @param unit         the unit
     * @param standard     the standard
     * @param formedOn     the formation date
     * @param predecessors the predecessors
     * @param policy       the policy
     * @param carriedOver  the decision
     * @param explanation  the explanation
     */
    public CarryOver {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(formedOn, "formedOn");
        predecessors = List.copyOf(predecessors);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Works out the carry-over for a unit in force on a date.
     *
     * @param history  the hierarchy's history
     * @param register the status register
     * @param unit     the unit code
     * @param date     a date on which the unit is in force
     * @param standard the standard id
     * @param policy   the policy
     * @return the carry-over
     * @throws UnknownUnitException if the unit is not in force on the date or was not formed by a
     *                              merger or split
     */
    public static CarryOver of(LocalityHistory history, StatusRegister register, String unit, LocalDate date,
            String standard, CarryOverPolicy policy) {
        Snapshot now = history.asOf(date);
        LocalDate formed = now.formedOn(unit).orElseThrow(() -> new UnknownUnitException(unit, unit
                + " was not formed by a reorganisation in this history"));
        AdminUnit version = history.version(unit, date).orElseThrow();
        Snapshot eve = history.asOf(formed.minusDays(1));
        List<PredecessorStatus> list = new ArrayList<>();
        for (LineageLink link : history.predecessors(version)) {
            if (link.cause() == LineageLink.Cause.MERGED || link.cause() == LineageLink.Cause.SPLIT) {
                list.add(new PredecessorStatus(link.from(), link.share(),
                        register.recognition(eve, link.from().code(), standard, formed.minusDays(1))));
            }
        }
        long holding = list.stream().filter(p -> p.recognition().isPresent()).count();
        boolean allFull = list.stream().filter(p -> p.share() == Share.FULL).allMatch(p -> p.recognition().isPresent())
                && list.stream().anyMatch(p -> p.share() == Share.FULL);
        boolean all = !list.isEmpty() && holding == list.size();
        boolean carried = policy == CarryOverPolicy.ALL_PREDECESSORS ? all
                : policy == CarryOverPolicy.ALL_FULL_PREDECESSORS && allFull;
        String text = holding + "/" + list.size() + " predecessors held " + standard + " on " + formed.minusDays(1)
                + "; policy " + policy + (carried ? ": carried over" : ": not carried over");
        return new CarryOver(unit, standard, formed, list, policy, carried, text);
    }

    /**
     * The register entry that records the carried-over status, for the caller to add.
     *
     * @return a recognition dated on the formation date, or empty if not carried over
     */
    public Optional<StatusEvent> asStatusEvent() {
        if (!carriedOver) {
            return Optional.empty();
        }
        return Optional.of(new StatusEvent(unit, standard, StatusStep.RECOGNISED, formedOn,
                "carried over from predecessors", "policy " + policy, DataSource.of("ntm", explanation)));
    }
}
