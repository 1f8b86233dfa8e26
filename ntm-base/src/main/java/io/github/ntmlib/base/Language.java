package io.github.ntmlib.base;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The two languages ntm writes its texts in.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Language {
    /** Vietnamese (tiếng Việt), vi-VN: decimal comma, dot for thousands ("40,8%", "1.205"). */
    VIETNAMESE(Locale.forLanguageTag("vi-VN")),
    /** English: decimal point, comma for thousands ("40.8%", "1,205"). */
    ENGLISH(Locale.ENGLISH);

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /**
     * The locale used for figures.
     *
     * @return vi-VN or English
     */
    public Locale locale() {
        return locale;
    }

    /**
     * A date as reports in this language print it.
     *
     * @param date the date
     * @return "31/12/2024" in Vietnamese, ISO 8601 "2024-12-31" in English
     */
    public String format(LocalDate date) {
        return this == VIETNAMESE ? date.format(VI_DATE) : date.toString();
    }

    /**
     * The language of a locale: Vietnamese for "vi", English otherwise.
     *
     * @param locale a locale
     * @return the language
     */
    public static Language of(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? VIETNAMESE : ENGLISH;
    }
}
