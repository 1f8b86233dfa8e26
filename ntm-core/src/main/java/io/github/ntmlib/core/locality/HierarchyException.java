package io.github.ntmlib.core.locality;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Limits;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A hierarchy, history or merge map that cannot be accepted: it lists every problem found, each
 * with its source position, unit code and field. Nothing half-built is ever returned instead.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class HierarchyException extends InvalidDataException {

    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Kind {
        /** A row that cannot be read: a missing column, an unknown level or type word. */
        MALFORMED,
        /** Two units with one code in one snapshot. */
        DUPLICATE_CODE,
        /** A parent code that is not in the snapshot. */
        UNKNOWN_PARENT,
        /** A unit that is its own ancestor. */
        CYCLE,
        /** A kind at the wrong level, or a unit under a parent of a level it may not sit under. */
        WRONG_LEVEL,
        /** Two versions of one code whose validity intervals overlap. */
        OVERLAPPING_VALIDITY,
        /** A unit whose validity does not cover the snapshot's date. */
        NOT_VALID_ON_DATE,
        /** A merge map or event naming a unit that is not where it says. */
        UNKNOWN_UNIT_IN_MAP,
        /** A unit that ends with no successor, or that is only partly accounted for by partial shares. */
        UNACCOUNTED_SHARE,
        /** A classification value the scheme does not allow. */
        BAD_CLASSIFICATION,
        /** Snapshots or events out of order, or two snapshots of one date. */
        BAD_SEQUENCE,
        /** A date outside the period a history covers. */
        DATE_OUT_OF_RANGE
    }

    /**
     * One problem.
     *
     * @param kind     what is wrong
     * @param position where
     * @param code     the unit code concerned, or {@code null}
     * @param field    the field or column concerned, or {@code null}
     * @param reason   what is wrong, in a sentence in Vietnamese and in English
     */
    public record Problem(Kind kind, SourcePosition position, @Nullable String code, @Nullable String field,
            Labels reason) {

        /**
         * Validates the components.
         *
         * @param kind     what is wrong
         * @param position where
         * @param code     the unit code concerned, or {@code null}
         * @param field    the field or column concerned, or {@code null}
         * @param reason   what is wrong, in a sentence in each language
         */
        public Problem {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(reason, "reason");
        }

        /**
         * A problem whose reason is in one language only, shown as given in both languages: for
         * code outside ntm, which never uses it itself.
         *
         * @param kind     what is wrong
         * @param position where
         * @param code     the unit code concerned, or {@code null}
         * @param field    the field or column concerned, or {@code null}
         * @param message  what is wrong, in a sentence
         */
        public Problem(Kind kind, SourcePosition position, @Nullable String code, @Nullable String field,
                String message) {
            this(kind, position, code, field, Labels.of(Objects.requireNonNull(message, "message"), message));
        }

        /**
         * What is wrong, in English.
         *
         * @return the English reason
         */
        public String message() {
            return reason.english();
        }

        /**
         * What is wrong, in a language.
         *
         * @param language the language
         * @return the reason in that language
         * @since 0.1
         */
        public String message(Language language) {
            return reason.in(language);
        }

        /**
         * The same problem at another place (a file or a workbook cell in place of the API).
         *
         * @param where the new position
         * @return the problem with that position
         * @since 0.1
         */
        public Problem at(SourcePosition where) {
            return new Problem(kind, where, code, field, reason);
        }

        @Override
        public String toString() {
            return position + (code == null ? "" : " [" + code + "]") + (field == null ? "" : " field " + Limits.quote(field))
                    + ": " + kind + ": " + message();
        }
    }

    private final List<Problem> problems;

    /**
     * Creates the error from at least one problem.
     *
     * @param problems the problems, in the order found
     */
    public HierarchyException(List<Problem> problems) {
        super(first(problems).position(), first(problems).code(), first(problems).field(), summary(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates the error from one problem.
     *
     * @param problem the problem
     */
    public HierarchyException(Problem problem) {
        this(List.of(problem));
    }

    /**
     * Every problem found.
     *
     * @return the problems, at least one
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The kind of the first problem.
     *
     * @return the kind
     */
    public Kind kind() {
        return problems.get(0).kind();
    }

    private static Problem first(List<Problem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("a HierarchyException needs at least one problem");
        }
        return problems.get(0);
    }

    private static Labels summary(List<Problem> problems) {
        Problem p = problems.get(0);
        String english = p.kind() + ": " + p.message();
        if (problems.size() == 1) {
            return Labels.of(p.message(Language.VIETNAMESE), english);
        }
        int more = problems.size() - 1;
        return Labels.of(p.message(Language.VIETNAMESE) + " (và " + more + " vấn đề khác)",
                english + " (and " + more + " more problems)");
    }
}
