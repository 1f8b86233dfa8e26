package io.github.ntmlib.ocop.certificate;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.ocop.OcopDataException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * An OCOP product code (mã số sản phẩm) {@code T-X-STT-YYYY}: province code, commune code, the
 * commune's sequence number of the product and the rating year (administrative codes per Decision
 * 19/2025/QĐ-TTg).
 *
 * @param province the province code (mã tỉnh), 2 digits
 * @param commune  the commune code (mã xã), 5 digits
 * @param sequence the commune's sequence number (số thứ tự), 1 to 4 digits as written
 * @param year     the rating year (năm đánh giá)
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ProductCode(String province, String commune, String sequence, int year) {

    private static final Pattern CODE = Pattern.compile("^(\\d{2})-(\\d{5})-(\\d{1,4})-(\\d{4})$");

    /**
     * Validates.
     *
     * @param province 2 digits
     * @param commune  5 digits
     * @param sequence 1 to 4 digits, not all zero
     * @param year     2019 or later
     * @throws OcopDataException if a part is malformed
     */
    public ProductCode {
        String text = province + "-" + commune + "-" + sequence + "-" + year;
        if (province == null || !province.matches("\\d{2}")) {
            throw OcopDataException.api(text, "province", Labels.of(
                    "mã tỉnh phải gồm 2 chữ số: " + Limits.quote(province), "province code must be 2 digits: " + Limits.quote(province)));
        }
        if (commune == null || !commune.matches("\\d{5}")) {
            throw OcopDataException.api(text, "commune", Labels.of(
                    "mã xã phải gồm 5 chữ số: " + Limits.quote(commune), "commune code must be 5 digits: " + Limits.quote(commune)));
        }
        if (sequence == null || !sequence.matches("\\d{1,4}") || sequence.matches("0+")) {
            throw OcopDataException.api(text, "sequence", Labels.of(
                    "số thứ tự phải gồm 1 đến 4 chữ số, khác 0: " + Limits.quote(sequence),
                    "sequence must be 1 to 4 digits, not zero: " + Limits.quote(sequence)));
        }
        if (year < 2019 || year > 9999) {
            throw OcopDataException.api(text, "year", Labels.of("đánh giá OCOP bắt đầu từ năm 2019: " + year,
                    "OCOP ratings start in 2019: " + year));
        }
    }

    /**
     * Parses {@code T-X-STT-YYYY}, e.g. "42-18325-012-2024".
     *
     * @param text the code
     * @return the product code
     * @throws OcopDataException if the text is not a product code
     */
    public static ProductCode parse(String text) {
        OcopDataException.requirePresent(text, null, "text");
        Matcher m = CODE.matcher(text.trim());
        if (!m.matches()) {
            throw OcopDataException.api(text, "productCode", Labels.of(
                    "không phải là mã sản phẩm dạng T-X-STT-YYYY: " + Limits.quote(text),
                    "not a product code T-X-STT-YYYY: " + Limits.quote(text)));
        }
        return new ProductCode(m.group(1), m.group(2), m.group(3), Integer.parseInt(m.group(4)));
    }

    /**
     * The code as written: {@code T-X-STT-YYYY}.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return province + "-" + commune + "-" + sequence + "-" + year;
    }
}
