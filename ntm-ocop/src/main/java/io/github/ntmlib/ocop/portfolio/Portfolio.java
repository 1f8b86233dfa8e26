package io.github.ntmlib.ocop.portfolio;

import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.certificate.Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The OCOP products of an area and their certificates (danh mục sản phẩm OCOP), reported as of any date.
 *
 * <p>A product is identified by its product code; a re-rated product has several certificates, and on
 * a date its latest certificate issued by then decides its state. "Recognised" counts every product
 * certified by that date; each is then valid (including an Art. 12.3 extension), expired or revoked.
 */
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
            throw OcopDataException.api(null, "certificates", "a portfolio needs its certificates and a resolver");
        }
        Set<String> seen = new HashSet<>();
        for (Certificate c : certificates) {
            if (!seen.add(c.product() + " " + c.decision())) {
                throw OcopDataException.api(c.product().toString(), "decision", "certificate " + c.decision()
                        + " listed twice");
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
     * The portfolio today by a clock.
     *
     * @param clock the clock giving today
     * @return the report
     */
    public PortfolioReport asOf(Clock clock) {
        return asOf(LocalDate.now(Objects.requireNonNull(clock, "clock")));
    }

    /**
     * The portfolio on a date.
     *
     * @param date the date
     * @return the report
     * @throws OcopDataException if the resolver does not know a product's commune
     */
    public PortfolioReport asOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
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
                throw OcopDataException.api(c.product().toString(), "commune", "no province known for commune "
                        + c.product().commune());
            }
            provinces.put(c.product().toString(), province.get());
        }
        return new PortfolioReport(date, current, provinces);
    }
}
