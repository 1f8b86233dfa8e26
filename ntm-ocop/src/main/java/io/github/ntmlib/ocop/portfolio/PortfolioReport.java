package io.github.ntmlib.ocop.portfolio;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.certificate.Certificate;
import io.github.ntmlib.ocop.certificate.CertificateStatus;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The state of a portfolio on a date: each product's latest certificate issued by then, counted.
 * {@code valid + expired + revoked == recognised}; the counts by stars and by category sum to the
 * valid total.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PortfolioReport {

    private final LocalDate date;
    private final List<Certificate> current;
    private final Map<String, String> provinces;

    PortfolioReport(LocalDate date, List<Certificate> current, Map<String, String> provinces) {
        this.date = date;
        this.current = List.copyOf(current);
        this.provinces = Map.copyOf(provinces);
    }

    /**
     * The report date.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Each recognised product's current certificate (latest issued by the date).
     *
     * @return the certificates
     */
    public List<Certificate> current() {
        return current;
    }

    /**
     * Products recognised by the date (được công nhận), whatever their state now.
     *
     * @return the count
     */
    public int recognised() {
        return current.size();
    }

    /**
     * Products whose certificate is valid on the date (còn hiệu lực), including Art. 12.3 extensions.
     *
     * @return the count
     */
    public int valid() {
        return valid(current).size();
    }

    /**
     * Products whose certificate has expired (hết hiệu lực).
     *
     * @return the count
     */
    public int expired() {
        return count(CertificateStatus.EXPIRED);
    }

    /**
     * Products whose certificate was revoked (bị thu hồi).
     *
     * @return the count
     */
    public int revoked() {
        return count(CertificateStatus.REVOKED);
    }

    private int count(CertificateStatus status) {
        return (int) current.stream().filter(c -> c.status(date) == status).count();
    }

    private List<Certificate> valid(List<Certificate> certificates) {
        return certificates.stream().filter(c -> c.status(date).isValid()).toList();
    }

    /**
     * Valid products by stars (3, 4, 5; every level present, possibly 0).
     *
     * @return stars to count
     */
    public Map<Stars, Integer> byStars() {
        Map<Stars, Integer> counts = new EnumMap<>(Stars.class);
        List.of(Stars.THREE, Stars.FOUR, Stars.FIVE).forEach(s -> counts.put(s, 0));
        valid(current).forEach(c -> counts.merge(c.stars(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Valid products by reporting category (every category present, possibly 0).
     *
     * @return category to count
     */
    public Map<Category, Integer> byCategory() {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (Category k : Category.values()) {
            counts.put(k, 0);
        }
        for (Certificate c : valid(current)) {
            Category k = switch (c.stars()) {
                case FIVE -> Category.FIVE_STARS;
                case FOUR -> c.proposedForFiveStars() ? Category.FIVE_STAR_CANDIDATES : Category.FOUR_STARS;
                default -> Category.THREE_STARS;
            };
            counts.merge(k, 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Valid products by commune code (from the product codes), in code order.
     *
     * @return commune code to count
     */
    public Map<String, Integer> byCommune() {
        return group(c -> c.product().commune());
    }

    /**
     * Valid products by province code (through the portfolio's locality resolver), in code order.
     *
     * @return province code to count
     */
    public Map<String, Integer> byProvince() {
        return group(c -> provinces.get(c.product().toString()));
    }

    private Map<String, Integer> group(Function<Certificate, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        valid(current).forEach(c -> counts.merge(key.apply(c), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Valid certificates that expire within the next {@code days} days (expiry after the date and no
     * later than the date plus {@code days}).
     *
     * @param days the horizon, not negative
     * @return the certificates, soonest first
     * @throws OcopDataException if {@code days} is negative
     */
    public List<Certificate> expiringWithin(int days) {
        if (days < 0) {
            throw OcopDataException.api(null, "days", Labels.of("số ngày không được âm: " + days,
                    "horizon must not be negative: " + days));
        }
        LocalDate until = date.plusDays(days);
        return current.stream()
                .filter(c -> c.status(date) == CertificateStatus.VALID && !c.expiry().isAfter(until))
                .sorted((a, b) -> a.expiry().compareTo(b.expiry()))
                .toList();
    }

    /**
     * Valid certificates whose re-rating window is open on the date and which have no re-rating filed.
     *
     * @return the certificates, soonest expiry first
     */
    public List<Certificate> reratingWindowOpen() {
        return current.stream()
                .filter(c -> c.status(date) == CertificateStatus.VALID && c.reratingWindow().contains(date)
                        && c.reratingFiled().isEmpty())
                .sorted((a, b) -> a.expiry().compareTo(b.expiry()))
                .toList();
    }

    @Override
    public String toString() {
        return "PortfolioReport[" + date + ": recognised " + recognised() + ", valid " + valid() + " "
                + Objects.toString(byStars()) + ", expired " + expired() + ", revoked " + revoked() + "]";
    }
}
