package io.github.ntmlib.core.engine;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.StatusEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The verdict on one standard for one unit: computed attainment from the criteria, and the
 * official status from the register, never confused. Created by the engine.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class StandardResult {

    private final String standard;
    private final Verdict verdict;
    private final List<CriterionResult> criteria;
    private final @Nullable StatusEvent recognition;
    private final @Nullable String requires;
    private final @Nullable Labels requiresName;
    private final Verdict required;

    private StandardResult(String standard, List<CriterionResult> criteria, @Nullable StatusEvent recognition,
            @Nullable String requires, @Nullable Labels requiresName, Verdict required) {
        this.standard = Objects.requireNonNull(standard, "standard");
        this.requiresName = requiresName;
        this.criteria = List.copyOf(criteria);
        this.recognition = recognition;
        this.requires = requires;
        this.required = Objects.requireNonNull(required, "required");
        boolean notMet = required == Verdict.NOT_MET;
        boolean unknown = required == Verdict.NOT_ASSESSED;
        for (CriterionResult c : this.criteria) {
            notMet |= c.verdict() == Verdict.NOT_MET;
            unknown |= c.verdict() == Verdict.NOT_ASSESSED;
        }
        this.verdict = notMet ? Verdict.NOT_MET : unknown ? Verdict.NOT_ASSESSED : Verdict.MET;
        if (requires == null && required != Verdict.MET) {
            throw new IllegalArgumentException("standard " + standard + " requires nothing, yet its requirement is "
                    + required);
        }
    }

    static StandardResult judged(String standard, List<CriterionResult> criteria, @Nullable StatusEvent recognition,
            @Nullable String requires, @Nullable Labels requiresName, Verdict required) {
        return new StandardResult(standard, criteria, recognition, requires, requiresName, required);
    }

    /**
     * Rebuilds a result from stored facts (for readers of stored evaluations); the verdict is
     * derived from the criteria and the required standard.
     *
     * @param standard    the standard id
     * @param criteria    the criterion results
     * @param recognition the recognition in force, or {@code null}
     * @param requires    the standard it nests in, or {@code null}
     * @param required    that standard's verdict ({@link Verdict#MET} when none)
     * @return the result
     */
    public static StandardResult restore(String standard, List<CriterionResult> criteria,
            @Nullable StatusEvent recognition, @Nullable String requires, Verdict required) {
        return new StandardResult(standard, criteria, recognition, requires, null, required);
    }

    /**
     * Rebuilds a result from its stored facts, with the name of the standard it nests in, so that
     * its explanation names that standard as the set does ("cần đạt Xã đạt chuẩn nông thôn mới").
     *
     * @param standard     the standard's id
     * @param criteria     the criterion results
     * @param recognition  the recognition in force, or {@code null}
     * @param requires     the standard it nests in, or {@code null}
     * @param requiresName that standard's names, or {@code null} when it nests in none
     * @param required     the verdict of that standard
     * @return the result
     * @throws IllegalArgumentException if the facts are inconsistent
     */
    public static StandardResult restore(String standard, List<CriterionResult> criteria,
            @Nullable StatusEvent recognition, @Nullable String requires, @Nullable Labels requiresName,
            Verdict required) {
        return new StandardResult(standard, criteria, recognition, requires, requiresName, required);
    }

    /**
     * The standard id.
     *
     * @return the id
     */
    public String standard() {
        return standard;
    }

    /**
     * Computed attainment: met when the required standard and every criterion are met.
     *
     * @return the verdict
     */
    public Verdict verdict() {
        return verdict;
    }

    /**
     * The result of each criterion, in the standard's order.
     *
     * @return the results
     */
    public List<CriterionResult> criteria() {
        return criteria;
    }

    /**
     * The recognition in force on the evaluation date (official status).
     *
     * @return the recognition, or empty
     */
    public Optional<StatusEvent> recognition() {
        return Optional.ofNullable(recognition);
    }

    /**
     * The standard this one nests in.
     *
     * @return its id, or empty
     */
    public Optional<String> requires() {
        return Optional.ofNullable(requires);
    }

    /**
     * The verdict of the standard this one nests in.
     *
     * @return its verdict; met when it nests in none
     */
    public Verdict required() {
        return required;
    }

    /**
     * Whether the computed attainment is met.
     *
     * @return true if met
     */
    public boolean isAttained() {
        return verdict == Verdict.MET;
    }

    /**
     * Whether the unit is recognised for the standard.
     *
     * @return true if a recognition is in force
     */
    public boolean isRecognised() {
        return recognition != null;
    }

    /**
     * How many criteria have a verdict.
     *
     * @param v the verdict
     * @return the count
     */
    public int count(Verdict v) {
        return (int) criteria.stream().filter(c -> c.verdict() == v).count();
    }

    /**
     * The result of a criterion.
     *
     * @param code the criterion code
     * @return the result, or empty if the standard has no such criterion for the unit's kind
     */
    public Optional<CriterionResult> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * The verdict in a sentence, rendered from the facts.
     *
     * @param language the language
     * @return e.g. "17/19 criteria met; criteria 2 and 3 not met"
     */
    public String explanation(Language language) {
        return standard(criteria, requires == null ? null : requiresName == null ? requires : requiresName.in(language),
                required, language);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StandardResult)) {
            return false;
        }
        StandardResult r = (StandardResult) o;
        return standard.equals(r.standard) && criteria.equals(r.criteria) && Objects.equals(recognition, r.recognition)
                && Objects.equals(requires, r.requires) && required == r.required;
    }

    @Override
    public int hashCode() {
        return Objects.hash(standard, verdict, criteria);
    }

    @Override
    public String toString() {
        return "StandardResult[" + standard + " " + verdict + "]";
    }

    /**
     * A standard's verdict: how many criteria are met, which are not met and not assessed (named
     * as criteria, never as counts), and the standard it requires.
     *
     * @param criteria the criterion results
     * @param requires the standard it nests in, or {@code null}
     * @param required the verdict of that standard
     * @param language the language
     * @return e.g. "17/19 criteria met; criteria 2 and 3 not met"
     */
    private static String standard(List<CriterionResult> criteria, @org.jspecify.annotations.Nullable String requires,
            Verdict required, Language language) {
        long met = criteria.stream().filter(c -> c.verdict() == Verdict.MET).count();
        List<String> parts = new java.util.ArrayList<>();
        parts.add(met + "/" + criteria.size() + t(language, " tiêu chí đạt", " criteria met"));
        for (Verdict v : List.of(Verdict.NOT_MET, Verdict.NOT_ASSESSED)) {
            List<String> codes = criteria.stream().filter(c -> c.verdict() == v).map(CriterionResult::code)
                    .collect(java.util.stream.Collectors.toList());
            if (!codes.isEmpty()) {
                parts.add(t(language, "tiêu chí ", codes.size() == 1 ? "criterion " : "criteria ") + list(codes,
                        language) + " " + v.label(language));
            }
        }
        if (requires != null && required != Verdict.MET) {
            parts.add(t(language, "cần đạt ", "requires ") + requires + t(language, ", hiện ", ", which is ")
                    + required.label(language));
        }
        return String.join("; ", parts);
    }

    private static String list(List<String> items, Language language) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + t(language, " và ", " and ")
                + items.get(items.size() - 1);
    }

    private static String t(Language language, String vietnamese, String english) {
        return language == Language.VIETNAMESE ? vietnamese : english;
    }
}
