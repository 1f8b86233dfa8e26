package io.github.ntmlib.server.dashboard;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What every page needs: its language, the texts in it, dates as the language writes them and links
 * that keep the language.
 *
 * @param language the page's language
 * @param title    the page's title
 * @param signedIn whether the reader came in with a cookie token (shows the sign-out button)
 * @param self     the page's own path under the dashboard and query, without its language
 */
public record Page(Language language, String title, boolean signedIn, String self) {

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter VI_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The zone times are shown in. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * Whether the page is Vietnamese.
     *
     * @return true for Vietnamese
     */
    public boolean vi() {
        return language == Language.VIETNAMESE;
    }

    /**
     * The HTML language code.
     *
     * @return "vi" or "en"
     */
    public String lang() {
        return vi() ? "vi" : "en";
    }

    /**
     * A text in the page's language.
     *
     * @param vietnamese the Vietnamese text
     * @param english    the English text
     * @return the one of the page's language
     */
    public String t(String vietnamese, String english) {
        return vi() ? vietnamese : english;
    }

    /**
     * A label in the page's language.
     *
     * @param labels the labels
     * @return the text
     */
    public String t(Labels labels) {
        return labels.in(language);
    }

    /**
     * A labelled value's name in the page's language.
     *
     * @param value the value
     * @return its name
     */
    public String name(Labelled value) {
        return value.label(language);
    }

    /**
     * A date: dd/MM/yyyy in Vietnamese, ISO in English.
     *
     * @param date the date
     * @return the text
     */
    public String date(LocalDate date) {
        return vi() ? VI_DATE.format(date) : date.toString();
    }

    /**
     * A time in Việt Nam's zone: dd/MM/yyyy HH:mm in Vietnamese, yyyy-MM-dd HH:mm in English.
     *
     * @param time the instant
     * @return the text
     */
    public String time(Instant time) {
        return (vi() ? VI_TIME : EN_TIME).format(time.atZone(ZONE));
    }

    /**
     * A link within the dashboard that keeps the page's language.
     *
     * @param path the path under the dashboard, with its own query if any
     * @return the URL path
     */
    public String link(String path) {
        String p = Dashboard.ROOT + path;
        return vi() ? p : p + (p.contains("?") ? "&" : "?") + "lang=en";
    }

    /**
     * The same page in the other language.
     *
     * @return the URL path
     */
    public String other() {
        String p = Dashboard.ROOT + self;
        return vi() ? p + (p.contains("?") ? "&" : "?") + "lang=en" : p;
    }

    /**
     * A query parameter's value, encoded.
     *
     * @param value the value
     * @return the encoded value
     */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
