package io.github.ntmlib.report;

import io.github.ntmlib.base.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The official header of a report (thể thức văn bản): the national title (quốc hiệu), the issuing
 * body (cơ quan ban hành), the document number (số), the place and date, the title and the
 * signatory (chức vụ, họ tên người ký).
 *
 * @param issuer      the issuing body, e.g. "UBND TỈNH HÀ TĨNH"
 * @param number      the document number, e.g. "123/BC-UBND"
 * @param place       the place of issue, e.g. "Hà Tĩnh"
 * @param date        the date of issue
 * @param title       the report's title, e.g. "BÁO CÁO Kết quả xây dựng nông thôn mới năm 2026"
 * @param signerTitle the signatory's position (chức vụ), e.g. "CHỦ TỊCH"
 * @param signerName  the signatory's full name (họ tên)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record OfficialHeader(String issuer, String number, String place, LocalDate date, String title,
        String signerTitle, String signerName) {

    /** The national title (quốc hiệu), first line. */
    public static final String NATION_VI = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    /** The national motto (tiêu ngữ), second line. */
    public static final String MOTTO_VI = "Độc lập - Tự do - Hạnh phúc";

    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /**
     * Validates the components: none blank, none longer than 500 characters.
     *
     * @param issuer      the issuing body
     * @param number      the document number
     * @param place       the place
     * @param date        the date
     * @param title       the title
     * @param signerTitle the signatory's position
     * @param signerName  the signatory's name
     * @throws IllegalArgumentException for a blank or overlong text
     */
    public OfficialHeader {
        issuer = text(issuer, "issuer");
        number = text(number, "number");
        place = text(place, "place");
        Objects.requireNonNull(date, "date");
        title = text(title, "title");
        signerTitle = text(signerTitle, "signerTitle");
        signerName = text(signerName, "signerName");
    }

    private static String text(String value, String name) {
        Objects.requireNonNull(value, name);
        String v = value.strip();
        if (v.isEmpty() || v.length() > 500) {
            throw new IllegalArgumentException(name + " must be 1 to 500 characters, not " + value.length());
        }
        return v;
    }

    /**
     * The national title in a language.
     *
     * @param language the language
     * @return "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" or "SOCIALIST REPUBLIC OF VIET NAM"
     */
    public static String nation(Language language) {
        return language == Language.VIETNAMESE ? NATION_VI : "SOCIALIST REPUBLIC OF VIET NAM";
    }

    /**
     * The national motto in a language.
     *
     * @param language the language
     * @return "Độc lập - Tự do - Hạnh phúc" or "Independence - Freedom - Happiness"
     */
    public static String motto(Language language) {
        return language == Language.VIETNAMESE ? MOTTO_VI : "Independence - Freedom - Happiness";
    }

    /**
     * The number line as the header prints it.
     *
     * @param language the language
     * @return "Số: 123/BC-UBND" or "No. 123/BC-UBND"
     */
    public String numberLine(Language language) {
        return (language == Language.VIETNAMESE ? "Số: " : "No. ") + number;
    }

    /**
     * The place and date as the header prints them.
     *
     * @param language the language
     * @return "Hà Tĩnh, ngày 05 tháng 12 năm 2026" or "Hà Tĩnh, 5 December 2026"
     */
    public String placeAndDate(Language language) {
        if (language == Language.VIETNAMESE) {
            return String.format(Locale.ROOT, "%s, ngày %02d tháng %02d năm %d", place, date.getDayOfMonth(),
                    date.getMonthValue(), date.getYear());
        }
        return place + ", " + date.format(EN_DATE);
    }
}
