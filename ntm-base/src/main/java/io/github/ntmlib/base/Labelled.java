package io.github.ntmlib.base;

import org.apiguardian.api.API;

/**
 * Something with a name in Vietnamese and in English: verdicts, unit kinds, assessments, report
 * categories. An enum implements it with no code of its own: its names are data, one line per
 * constant in {@code META-INF/ntm-labels/<enum's binary name>.properties} of its module
 * ({@code MET = đạt | met}), read once. Other implementations override {@link #labels()}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Labelled {

    /**
     * The names.
     *
     * @return the labels
     * @throws IllegalStateException if an enum's label file is missing or lacks a constant (a build
     *                               error of the module that declares it)
     */
    default Labels labels() {
        return LabelCatalog.of(this);
    }

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
