package io.github.ntmlib.base;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A name in Vietnamese and in English: {@code Thủy lợi và phòng, chống thiên tai} / {@code
 * Irrigation and disaster prevention}.
 *
 * @param vietnamese the Vietnamese name, as the legal text writes it
 * @param english    the English name
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
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

    /**
     * The name in a language.
     *
     * @param language the language
     * @return the Vietnamese or the English name
     */
    public String in(Language language) {
        return language == Language.VIETNAMESE ? vietnamese : english;
    }
}
