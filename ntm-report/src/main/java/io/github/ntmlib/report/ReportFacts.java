package io.github.ntmlib.report;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.core.locality.Level;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.report.Tallies;
import io.github.ntmlib.core.report.Tally;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What every section reads, computed once per report: the request, the evaluation's tallies, the
 * unit reported on and the kinds of unit under it, and the language's wording of figures.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportFacts {

    /** The decimals of every printed percentage. */
    public static final int DECIMALS = 1;

    private final ReportRequest request;
    private final Tallies tallies;
    private final UnitResult scope;
    private final List<UnitResult> below;
    private final Set<UnitKind> kinds;

    private ReportFacts(ReportRequest request) {
        this.request = request;
        Evaluation evaluation = request.evaluation();
        this.tallies = Tallies.of(evaluation);
        this.scope = evaluation.unit(request.scope());
        this.below = evaluation.descendants(request.scope());
        Set<UnitKind> present = EnumSet.noneOf(UnitKind.class);
        below.forEach(u -> present.add(u.kind()));
        this.kinds = Set.copyOf(present);
    }

    /**
     * Computes the facts of a request.
     *
     * @param request the request
     * @return the facts
     */
    public static ReportFacts of(ReportRequest request) {
        return new ReportFacts(Objects.requireNonNull(request, "request"));
    }

    /**
     * The request.
     *
     * @return the request
     */
    public ReportRequest request() {
        return request;
    }

    /**
     * The evaluation.
     *
     * @return the evaluation
     */
    public Evaluation evaluation() {
        return request.evaluation();
    }

    /**
     * The language.
     *
     * @return the language
     */
    public Language language() {
        return request.language();
    }

    /**
     * The counting mode of the evaluation (official recognition or computed attainment).
     *
     * @return the mode
     */
    public CountingMode counting() {
        return request.evaluation().request().counting();
    }

    /**
     * The tallies of the evaluation.
     *
     * @return the tallies
     */
    public Tallies tallies() {
        return tallies;
    }

    /**
     * The unit reported on.
     *
     * @return its result
     */
    public UnitResult scope() {
        return scope;
    }

    /**
     * Every unit below the unit reported on.
     *
     * @return the units, in the evaluation's order
     */
    public List<UnitResult> below() {
        return below;
    }

    /**
     * The kinds of the units below the unit reported on that a standard applies to.
     *
     * @param standard the standard
     * @return the kinds, possibly none
     */
    public Set<UnitKind> kindsOf(Standard standard) {
        Set<UnitKind> applies = EnumSet.noneOf(UnitKind.class);
        applies.addAll(standard.appliesTo());
        applies.retainAll(kinds);
        return applies;
    }

    /**
     * The standards that apply to some unit below the unit reported on, in the criteria set's order.
     *
     * @return the standards
     */
    public List<Standard> standardsBelow() {
        return evaluation().criteriaSet().standards().stream().filter(s -> !kindsOf(s).isEmpty()).toList();
    }

    /**
     * The standards that apply to commune-level units below the unit reported on.
     *
     * @return the standards
     */
    public List<Standard> communeStandards() {
        return standardsBelow().stream().filter(s -> kindsOf(s).stream().allMatch(k -> k.level() == Level.COMMUNE))
                .toList();
    }

    /**
     * The tally of a standard over every unit below the unit reported on.
     *
     * @param standard the standard
     * @return the tally
     */
    public Tally total(Standard standard) {
        return tallies.tally(request.scope(), standard.id(), Tally.Scope.DESCENDANTS, kindsOf(standard));
    }

    /**
     * A text in the report's language.
     *
     * @param vietnamese the Vietnamese text
     * @param english    the English text
     * @return the one in the report's language
     */
    public String text(String vietnamese, String english) {
        return language() == Language.VIETNAMESE ? vietnamese : english;
    }

    /**
     * A whole number as the language prints it ("1.205" or "1,205").
     *
     * @param value the number
     * @return the number cell
     */
    public Cell count(long value) {
        return Cell.number(Figures.format(value, language().locale()), BigDecimal.valueOf(value));
    }

    /**
     * A percentage, exact then rounded half-up to {@link #DECIMALS} digits ("40,8"); empty text
     * for a zero whole.
     *
     * @param part  the part
     * @param whole the whole
     * @return the number cell (a text cell "–" for a zero whole)
     */
    public Cell percent(long part, long whole) {
        if (whole == 0) {
            return Cell.text("–");
        }
        BigDecimal p = Figures.percent(part, whole, DECIMALS);
        return Cell.number(Figures.formatNumber(p, DECIMALS, language()), p);
    }

    /**
     * The kinds of a tally as a heading prints them ("xã/phường").
     *
     * @param kinds the kinds
     * @return the kinds' names
     */
    public String kindNames(Set<UnitKind> kinds) {
        List<String> names = new ArrayList<>();
        kinds.stream().sorted().forEach(k -> names.add(k.labels().in(language())));
        return String.join("/", names);
    }
}
