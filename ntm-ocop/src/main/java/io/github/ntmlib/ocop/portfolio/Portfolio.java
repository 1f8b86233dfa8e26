package io.github.ntmlib.ocop.portfolio;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.certificate.Certificate;
import io.github.ntmlib.ocop.rating.RatingAuthority;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The OCOP products of an area and their certificates (danh mục sản phẩm OCOP), reported as of any date.
 *
 * <p>A product is identified by its product code; a re-rated product has several certificates, and on
 * a date its latest certificate issued by then decides its state. "Recognised" counts every product
 * certified by that date; each is then valid (including an Art. 12.3 extension), expired or revoked.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Portfolio {

    private final List<Certificate> certificates;
    private final LocalityResolver resolver;

    private Portfolio(List<Certificate> certificates, LocalityResolver resolver) {
        this.certificates = certificates;
        this.resolver = resolver;
    }

    /**
     * A portfolio whose provinces are read from the product codes.
     *
     * @param certificates the certificates
     * @return the portfolio
     * @throws OcopDataException if a certificate appears twice (same product and decision)
     */
    public static Portfolio of(List<Certificate> certificates) {
        return of(certificates, LocalityResolver.fromProductCodes());
    }

    /**
     * A portfolio with a locality resolver for the grouping by province.
     *
     * @param certificates the certificates
     * @param resolver     commune to province
     * @return the portfolio
     * @throws OcopDataException if a certificate appears twice (same product and decision)
     */
    public static Portfolio of(List<Certificate> certificates, LocalityResolver resolver) {
        if (certificates == null || resolver == null || certificates.stream().anyMatch(Objects::isNull)) {
            throw OcopDataException.api(null, "certificates", Labels.of(
                    "danh mục cần các giấy chứng nhận và cách tra cứu tỉnh", "a portfolio needs its certificates and a resolver"));
        }
        Set<String> seen = new HashSet<>();
        for (Certificate c : certificates) {
            if (!seen.add(c.product() + " " + c.decision())) {
                throw OcopDataException.api(c.product().toString(), "decision", Labels.of("giấy chứng nhận "
                        + Limits.quote(c.decision()) + " được liệt kê hai lần", "certificate " + c.decision()
                        + " listed twice"));
            }
        }
        return new Portfolio(List.copyOf(certificates), resolver);
    }

    /**
     * All certificates.
     *
     * @return the certificates
     */
    public List<Certificate> certificates() {
        return certificates;
    }

    /**
     * The certificates issued in a period, with new and re-recognised products told apart.
     *
     * @param from the first day
     * @param to   the last day, not before {@code from}
     * @return the summary
     * @throws OcopDataException if the period ends before it starts
     */
    public IssuedSummary issued(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw OcopDataException.api(null, "period", Labels.of(
                    "kỳ báo cáo cần ngày bắt đầu và ngày kết thúc không trước ngày bắt đầu: " + viDate(from) + " đến "
                    + viDate(to), "a period needs a start and an end not before it: " + from + " to " + to));
        }
        Map<Stars, Integer> byStars = new EnumMap<>(Stars.class);
        List.of(Stars.THREE, Stars.FOUR, Stars.FIVE).forEach(s -> byStars.put(s, 0));
        Map<RatingAuthority, Integer> byAuthority = new EnumMap<>(RatingAuthority.class);
        for (RatingAuthority a : RatingAuthority.values()) {
            byAuthority.put(a, 0);
        }
        int issued = 0;
        int again = 0;
        for (Certificate c : certificates) {
            if (c.issued().isBefore(from) || c.issued().isAfter(to)) {
                continue;
            }
            issued++;
            byStars.merge(c.stars(), 1, Integer::sum);
            byAuthority.merge(c.authority(), 1, Integer::sum);
            boolean before = certificates.stream().anyMatch(o -> o.product().equals(c.product())
                    && o.issued().isBefore(c.issued()));
            if (before) {
                again++;
            }
        }
        return new IssuedSummary(from, to, issued, byStars, byAuthority, issued - again, again);
    }

    /**
     * The portfolio today by a clock.
     *
     * @param clock the clock giving today
     * @return the report
     */
    public PortfolioReport asOf(Clock clock) {
        return asOf(LocalDate.now(OcopDataException.requirePresent(clock, null, "clock")));
    }

    /**
     * The portfolio on a date.
     *
     * @param date the date
     * @return the report
     * @throws OcopDataException if the resolver does not know a product's commune
     */
    public PortfolioReport asOf(LocalDate date) {
        OcopDataException.requirePresent(date, null, "date");
        Map<String, Certificate> latest = new LinkedHashMap<>();
        certificates.stream()
                .filter(c -> !c.issued().isAfter(date))
                .sorted(Comparator.comparing(Certificate::issued))
                .forEach(c -> latest.put(c.product().toString(), c));
        List<Certificate> current = new ArrayList<>(latest.values());
        Map<String, String> provinces = new LinkedHashMap<>();
        for (Certificate c : current) {
            Optional<String> province = resolver.province(c.product());
            if (province == null || province.isEmpty()) {
                throw OcopDataException.api(c.product().toString(), "commune", Labels.of(
                        "không rõ tỉnh của xã " + c.product().commune(), "no province known for commune "
                        + c.product().commune()));
            }
            provinces.put(c.product().toString(), province.get());
        }
        return new PortfolioReport(date, current, provinces);
    }

    private static String viDate(@Nullable LocalDate date) {
        return date == null ? "(không có)" : Language.VIETNAMESE.format(date);
    }
}
