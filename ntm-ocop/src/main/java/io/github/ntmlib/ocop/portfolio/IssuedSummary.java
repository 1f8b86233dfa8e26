package io.github.ntmlib.ocop.portfolio;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.rating.RatingAuthority;
import java.time.LocalDate;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The certificates issued in a period (kết quả công nhận trong kỳ), e.g. Hà Tĩnh 2024: 90 products
 * 3 stars recognised by districts (60 new, 30 re-recognised) and 8 products 4 stars by the province.
 *
 * @param from         the first day of the period
 * @param to           the last day of the period
 * @param issued       the certificates issued in the period
 * @param byStars      issued certificates by stars (3, 4, 5; every level present)
 * @param byAuthority  issued certificates by recognising authority (every authority present)
 * @param newProducts  certificates of products with no earlier certificate
 * @param reRecognised certificates of products certified before (công nhận lại, nâng hạng)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record IssuedSummary(LocalDate from, LocalDate to, int issued, Map<Stars, Integer> byStars,
        Map<RatingAuthority, Integer> byAuthority, int newProducts, int reRecognised) {

    /**
     * Validates and copies.
     *
     * @param from         the first day
     * @param to           the last day
     * @param issued       the count issued
     * @param byStars      counts by stars
     * @param byAuthority  counts by authority
     * @param newProducts  new products
     * @param reRecognised re-recognised products
     */
    public IssuedSummary {
        OcopDataException.requirePresent(from, null, "from");
        OcopDataException.requirePresent(to, null, "to");
        byStars = Map.copyOf(byStars);
        byAuthority = Map.copyOf(byAuthority);
        if (newProducts + reRecognised != issued) {
            throw OcopDataException.api(null, "issued", Labels.of(
                    "số mới công nhận và số công nhận lại phải bằng tổng số được cấp",
                    "new and re-recognised must add up to the issued count"));
        }
    }
}
