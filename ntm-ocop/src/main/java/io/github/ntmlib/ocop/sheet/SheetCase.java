package io.github.ntmlib.ocop.sheet;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.ocop.OcopDataException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * One of the two cases a sheet may ask the evaluator to choose between ("Lựa chọn một trong hai
 * trường hợp"): sheet 26 (community tourism) scores criteria 8, 9 and 15 by "Trường hợp 1" (services
 * provided by the community) or "Trường hợp 2" (a tourist spot, or services provided by an
 * organisation or individual). The case is a fact about the product: one scorecard is in one case,
 * and an option of the other case is refused.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum SheetCase implements Labelled {
    /** Trường hợp 1: dịch vụ du lịch do cộng đồng cung cấp. */
    CASE_1(1),
    /** Trường hợp 2: điểm dịch vụ du lịch; dịch vụ du lịch do tổ chức, cá nhân cung cấp. */
    CASE_2(2);

    private static final Pattern PRINTED = Pattern.compile("Trường hợp (\\d+)");

    private final int number;

    SheetCase(int number) {
        this.number = number;
    }

    /**
     * The case's number as printed.
     *
     * @return 1 or 2
     */
    public int number() {
        return number;
    }

    /**
     * The case with this number.
     *
     * @param number 1 or 2
     * @return the case
     * @throws OcopDataException for another number
     */
    public static SheetCase of(int number) {
        for (SheetCase c : values()) {
            if (c.number == number) {
                return c;
            }
        }
        throw OcopDataException.api(null, "case", Labels.of(
                "trường hợp của phiếu là 1 hoặc 2 (Trường hợp 1, Trường hợp 2): " + number,
                "a sheet case is 1 or 2 (Trường hợp 1, Trường hợp 2): " + number));
    }

    /**
     * The case an option's printed variant heading names ("a. Trường hợp 1: ...").
     *
     * @param variant the heading
     * @return the case, or empty if the heading names none
     */
    static Optional<SheetCase> ofHeading(String variant) {
        Matcher m = PRINTED.matcher(variant);
        return m.find() ? Optional.of(of(Integer.parseInt(m.group(1)))) : Optional.empty();
    }
}
