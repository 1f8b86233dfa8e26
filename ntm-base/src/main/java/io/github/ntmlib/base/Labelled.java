package io.github.ntmlib.base;

/**
 * Something with a name in Vietnamese and in English: verdicts, unit kinds, assessments, report
 * categories. Implementations hold one {@link Labels}; the accessors come from here.
 */
public interface Labelled {

    /**
     * The names.
     *
     * @return the labels
     */
    Labels labels();

    /**
     * The Vietnamese name, as reports print it.
     *
     * @return e.g. "Đạt"
     */
    default String vietnamese() {
        return labels().vietnamese();
    }

    /**
     * The English name.
     *
     * @return e.g. "met"
     */
    default String english() {
        return labels().english();
    }

    /**
     * The name in a language.
     *
     * @param language the language
     * @return the name
     */
    default String label(Language language) {
        return labels().in(language);
    }
}
