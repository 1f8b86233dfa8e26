package io.github.ntmlib.core.report;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Limits;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.engine.UnknownStandardException;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.LineageLink;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Share;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnknownUnitException;
import io.github.ntmlib.core.report.CarryOver.PredecessorStanding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Carries official statuses across a reorganisation under an explicit {@link CarryOverPolicy}:
 * the history says which units a new unit was formed from, the register what they held on the
 * eve, the criteria set which unit kinds each standard applies to. Immutable and thread-safe.
 *
 * <pre>{@code
 * StatusCarrier carrier = StatusCarrier.of(history, register, set, CarryOverPolicy.ALL_FULL_PREDECESSORS);
 * CarryOver ntm = carrier.carry("18133", LocalDate.of(2025, 7, 1), "commune-ntm");
 * List<CarryOver> all = carrier.carryAll("18133", LocalDate.of(2025, 7, 1));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StatusCarrier {

    private final LocalityHistory history;
    private final StatusRegister register;
    private final CriteriaSet set;
    private final CarryOverPolicy policy;

    private StatusCarrier(LocalityHistory history, StatusRegister register, CriteriaSet set, CarryOverPolicy policy) {
        this.history = Objects.requireNonNull(history, "history");
        this.register = Objects.requireNonNull(register, "register");
        this.set = Objects.requireNonNull(set, "set");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * A carrier.
     *
     * @param history  the hierarchy with its reorganisations
     * @param register the official statuses, of the former units among others
     * @param set      the criteria set whose standards are carried (their unit kinds decide who counts)
     * @param policy   the policy
     * @return the carrier
     */
    public static StatusCarrier of(LocalityHistory history, StatusRegister register, CriteriaSet set,
            CarryOverPolicy policy) {
        return new StatusCarrier(history, register, set, policy);
    }

    /**
     * The carry-over of one standard to a unit formed by a reorganisation.
     *
     * @param unit     the code of the unit in force on {@code date}
     * @param date     a date on which the unit is in force
     * @param standard a standard id of the set
     * @return the carry-over, {@link CarryOverOutcome#NOT_APPLICABLE_TO_UNIT} when the standard does not
     *         apply to the unit's kind
     * @throws UnknownUnitException   if no unit has the code on the date, or it was not formed by a
     *                                reorganisation in this history
     * @throws UnknownStandardException if the set has no such standard
     */
    public CarryOver carry(String unit, LocalDate date, String standard) {
        Standard s = set.standard(standard).orElseThrow(() -> new UnknownStandardException(standard, set.id()));
        return carry(version(unit, date), formedOn(unit, date), s);
    }

    /**
     * The carry-over of every standard of the set that applies to the unit's kind.
     *
     * @param unit the code of the unit in force on {@code date}
     * @param date a date on which the unit is in force
     * @return one carry-over per applicable standard, in the set's order
     * @throws UnknownUnitException if no unit has the code on the date, or it was not formed by a
     *                              reorganisation in this history
     */
    public List<CarryOver> carryAll(String unit, LocalDate date) {
        AdminUnit version = version(unit, date);
        LocalDate formed = formedOn(unit, date);
        List<CarryOver> all = new ArrayList<>();
        for (Standard s : set.standards()) {
            if (s.appliesTo(version.kind())) {
                all.add(carry(version, formed, s));
            }
        }
        return List.copyOf(all);
    }

    private AdminUnit version(String unit, LocalDate date) {
        return history.version(unit, date).orElseThrow(() -> new UnknownUnitException(unit,
                Labels.of("không có đơn vị mã " + Limits.quote(unit) + " vào ngày " + Language.VIETNAMESE.format(date),
                        "no unit with code " + Limits.quote(unit) + " on " + date)));
    }

    private LocalDate formedOn(String unit, LocalDate date) {
        return history.asOf(date).formedOn(unit).orElseThrow(() -> new UnknownUnitException(unit,
                Labels.of("đơn vị " + Limits.quote(unit) + " không được hình thành do sắp xếp đơn vị hành chính"
                        + " trong lịch sử này", unit + " was not formed by a reorganisation in this history")));
    }

    private CarryOver carry(AdminUnit version, LocalDate formed, Standard standard) {
        LocalDate eve = formed.minusDays(1);
        Snapshot before = history.asOf(eve);
        List<PredecessorStanding> list = new ArrayList<>();
        for (LineageLink link : history.predecessors(version)) {
            if (!territorial(link)) {
                continue;
            }
            AdminUnit from = link.from();
            if (!standard.appliesTo(from.kind())) {
                list.add(new PredecessorStanding(from, link.share(), PredecessorStanding.Standing.NOT_APPLICABLE,
                        Optional.empty()));
                continue;
            }
            Optional<StatusEvent> held = register.recognition(before, from.code(), standard.id(), eve);
            list.add(new PredecessorStanding(from, link.share(), held.isPresent() ? PredecessorStanding.Standing.HELD
                    : PredecessorStanding.Standing.LACKED, held));
        }
        return new CarryOver(version.code(), standard.id(), formed, list, policy, decide(version, standard, list));
    }

    /**
     * Whether a lineage link passes a unit's standing on: a merger or split between units of one
     * level (an abolished huyện whose territory passed to a commune is no predecessor of it).
     * {@link EvaluationComparison} follows units by the same rule, adding the links that continue
     * a code (renamed, moved, reclassified).
     */
    static boolean territorial(LineageLink link) {
        boolean territorial = link.cause() == LineageLink.Cause.MERGED || link.cause() == LineageLink.Cause.SPLIT;
        return territorial && link.from().level() == link.to().level();
    }

    private CarryOverOutcome decide(AdminUnit version, Standard standard, List<PredecessorStanding> list) {
        if (!standard.appliesTo(version.kind())) {
            return CarryOverOutcome.NOT_APPLICABLE_TO_UNIT;
        }
        if (policy == CarryOverPolicy.REQUIRE_REACKNOWLEDGEMENT) {
            return CarryOverOutcome.REACKNOWLEDGEMENT_REQUIRED;
        }
        boolean fullOnly = policy == CarryOverPolicy.ALL_FULL_PREDECESSORS;
        int counted = 0;
        for (PredecessorStanding p : list) {
            if (p.standing() == PredecessorStanding.Standing.NOT_APPLICABLE || (fullOnly && p.share() != Share.FULL)) {
                continue;
            }
            counted++;
            if (p.standing() != PredecessorStanding.Standing.HELD) {
                return CarryOverOutcome.NOT_CARRIED_OVER;
            }
        }
        return counted > 0 ? CarryOverOutcome.CARRIED_OVER : CarryOverOutcome.NOT_CARRIED_OVER;
    }
}
