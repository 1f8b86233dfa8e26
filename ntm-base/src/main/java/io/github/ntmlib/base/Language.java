package io.github.ntmlib.base;

import java.util.Locale;

/** The two languages ntm writes its texts in. */
public enum Language {
    /** Vietnamese (tiếng Việt), vi-VN: decimal comma, dot for thousands ("40,8%", "1.205"). */
    VIETNAMESE(Locale.forLanguageTag("vi-VN")),
    /** English: decimal point, comma for thousands ("40.8%", "1,205"). */
    ENGLISH(Locale.ENGLISH);

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
     * The language of a locale: Vietnamese for "vi", English otherwise.
     *
     * @param locale a locale
     * @return the language
     */
    public static Language of(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? VIETNAMESE : ENGLISH;
    }
}
