package io.github.ntmlib.core.criteria;

import java.util.Objects;

/**
 * A name in Vietnamese and in English: {@code Thủy lợi và phòng, chống thiên tai} / {@code
 * Irrigation and disaster prevention}.
 *
 * @param vietnamese the Vietnamese name, as the legal text writes it
 * @param english    the English name
 */
public record Labels(String vietnamese, String english) {

    /**
     * Validates the components.
     *
     * @param vietnamese the Vietnamese name
     * @param english    the English name
     */
    public Labels {
        Objects.requireNonNull(vietnamese, "vietnamese");
        Objects.requireNonNull(english, "english");
    }

    /**
     * Labels from the two names.
     *
     * @param vietnamese the Vietnamese name
     * @param english    the English name
     * @return the labels
     */
    public static Labels of(String vietnamese, String english) {
        return new Labels(vietnamese, english);
    }
}
