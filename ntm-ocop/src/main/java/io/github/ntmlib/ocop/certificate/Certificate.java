package io.github.ntmlib.ocop.certificate;

import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.rating.RatingAuthority;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A certificate of an OCOP rating (giấy chứng nhận kết quả phân hạng sản phẩm OCOP).
 *
 * <ul>
 *   <li>Valid 36 months from issue (Decision 26/2026/QĐ-TTg Art. 4.3): {@link #expiry()} is the issue
 *       date plus 36 calendar months (the last day of the month when that month is shorter), the first
 *       day it is no longer valid. Certificates issued under earlier
 *       decisions keep the expiry they were given (Art. 12.1, {@link #withExpiry(LocalDate)}).</li>
 *   <li>Re-rating must be filed 180 to 120 days before expiry ({@link #reratingWindow()}). When it is
 *       filed late, but by the expiry date, the certificate stays valid until the re-rating is decided,
 *       at most 180 days past expiry (Art. 12.3; status {@link CertificateStatus#EXTENDED}).</li>
 *   <li>Revocation (Art. 8) ends validity from the revocation date.</li>
 * </ul>
 *
 * @param product              the product code
 * @param productName          the product name
 * @param subject              the certificate holder
 * @param stars                3, 4 or 5 stars
 * @param authority            who recognised it; must be the authority for those stars on the issue date
 * @param issuer               the issuing body, e.g. "UBND tỉnh Hà Tĩnh"
 * @param decision             the recognition decision's number, e.g. "2394/QĐ-UBND"
 * @param issued               the issue date
 * @param expiry               the first day the certificate is no longer valid
 * @param proposedForFiveStars whether the product, certified 4 stars by the province, scored 90 or more
 *                             and was proposed to the ministry (a "potential 5-star" product)
 * @param reratingFiled        the day a re-rating was filed, if any
 * @param reratingDecided      the day that re-rating was decided, if it has been
 * @param revocation           the revocation, if any
 */
public record Certificate(ProductCode product, String productName, Subject subject, Stars stars,
        RatingAuthority authority, String issuer, String decision, LocalDate issued, LocalDate expiry,
        boolean proposedForFiveStars, Optional<LocalDate> reratingFiled, Optional<LocalDate> reratingDecided,
        Optional<Revocation> revocation) {

    /** The validity of a certificate in months (Art. 4.3). */
    public static final int VALIDITY_MONTHS = 36;
    /** The longest extension while a late re-rating is decided, in days after expiry (Art. 12.3). */
    public static final int LATE_RERATING_EXTENSION_DAYS = 180;

    /**
     * Validates.
     *
     * @param product              the product code
     * @param productName          the product name
     * @param subject              the holder
     * @param stars                the stars
     * @param authority            the recognising authority
     * @param issuer               the issuer
     * @param decision             the decision number
     * @param issued               the issue date
     * @param expiry               the expiry
     * @param proposedForFiveStars whether proposed for 5 stars
     * @param reratingFiled        the re-rating filing day
     * @param reratingDecided      the re-rating decision day
     * @param revocation           the revocation
     * @throws OcopDataException for a missing component, fewer than 3 stars, an authority that does not
     *                           recognise these stars on the issue date, or dates out of order
     */
    public Certificate {
        String id = product == null ? decision : product.toString();
        if (product == null || productName == null || productName.isBlank() || subject == null || stars == null
                || authority == null || issuer == null || issuer.isBlank() || decision == null || decision.isBlank()
                || issued == null || expiry == null || reratingFiled == null || reratingDecided == null
                || revocation == null) {
            throw OcopDataException.api(id, null, "a certificate needs its product, name, subject, stars, authority,"
                    + " issuer, decision, issue and expiry dates");
        }
        if (!stars.isRecognised()) {
            throw OcopDataException.api(id, "stars", stars.vietnamese() + " products are not certified (Art. 4.1)");
        }
        Optional<RatingAuthority> expected = RatingAuthority.recognising(stars, issued);
        if (!expected.equals(Optional.of(authority))) {
            throw OcopDataException.api(id, "authority", authority.vietnamese() + " does not recognise " + stars.vietnamese()
                    + " on " + issued + " (" + expected.map(RatingAuthority::vietnamese).orElse("nobody") + " does)");
        }
        if (!expiry.isAfter(issued)) {
            throw OcopDataException.api(id, "expiry", "expiry " + expiry + " is not after issue " + issued);
        }
        if (proposedForFiveStars && stars != Stars.FOUR) {
            throw OcopDataException.api(id, "proposedForFiveStars", "only a 4-star certificate awaits a 5-star rating");
        }
        if (reratingFiled.isPresent() && reratingFiled.get().isBefore(issued)) {
            throw OcopDataException.api(id, "reratingFiled", "re-rating filed before the certificate was issued");
        }
        if (reratingDecided.isPresent() && (reratingFiled.isEmpty()
                || reratingDecided.get().isBefore(reratingFiled.get()))) {
            throw OcopDataException.api(id, "reratingDecided", "re-rating decided before it was filed");
        }
        if (revocation.isPresent() && revocation.get().date().isBefore(issued)) {
            throw OcopDataException.api(id, "revocation", "revoked on " + revocation.get().date() + ", before issue");
        }
    }

    /**
     * Issues a certificate valid 36 months.
     *
     * @param product     the product code
     * @param productName the product name
     * @param subject     the holder
     * @param stars       3, 4 or 5 stars
     * @param authority   the recognising authority
     * @param issuer      the issuing body
     * @param decision    the decision number
     * @param issued      the issue date
     * @return the certificate
     * @throws OcopDataException if the values do not make a certificate
     */
    public static Certificate issue(ProductCode product, String productName, Subject subject, Stars stars,
            RatingAuthority authority, String issuer, String decision, LocalDate issued) {
        if (issued == null) {
            throw OcopDataException.api(String.valueOf(product), "issued", "a certificate has an issue date");
        }
        return new Certificate(product, productName, subject, stars, authority, issuer, decision, issued,
                issued.plusMonths(VALIDITY_MONTHS), false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The same certificate with the expiry its decision gave (certificates issued under earlier rules).
     *
     * @param expiry the expiry
     * @return the certificate
     * @throws OcopDataException if the expiry is not after the issue date
     */
    public Certificate withExpiry(LocalDate expiry) {
        return new Certificate(product, productName, subject, stars, authority, issuer, decision, issued, expiry,
                proposedForFiveStars, reratingFiled, reratingDecided, revocation);
    }

    /**
     * The same certificate marked as proposed for 5 stars.
     *
     * @return the certificate
     */
    public Certificate proposeForFiveStars() {
        return new Certificate(product, productName, subject, stars, authority, issuer, decision, issued, expiry,
                true, reratingFiled, reratingDecided, revocation);
    }

    /**
     * The same certificate with a re-rating filed.
     *
     * @param filed the filing day
     * @return the certificate
     */
    public Certificate withReratingFiled(LocalDate filed) {
        return new Certificate(product, productName, subject, stars, authority, issuer, decision, issued, expiry,
                proposedForFiveStars, Optional.ofNullable(filed), reratingDecided, revocation);
    }

    /**
     * The same certificate with its re-rating decided.
     *
     * @param decided the decision day
     * @return the certificate
     */
    public Certificate withReratingDecided(LocalDate decided) {
        return new Certificate(product, productName, subject, stars, authority, issuer, decision, issued, expiry,
                proposedForFiveStars, reratingFiled, Optional.ofNullable(decided), revocation);
    }

    /**
     * The same certificate revoked.
     *
     * @param revocation the revocation
     * @return the certificate
     * @throws OcopDataException if it is already revoked or revoked before issue
     */
    public Certificate revoke(Revocation revocation) {
        if (this.revocation.isPresent()) {
            throw OcopDataException.api(product.toString(), "revocation", "already revoked");
        }
        return new Certificate(product, productName, subject, stars, authority, issuer, decision, issued, expiry,
                proposedForFiveStars, reratingFiled, reratingDecided, Optional.ofNullable(revocation));
    }

    /**
     * The re-rating window: 180 to 120 days before expiry.
     *
     * @return the window
     */
    public ReratingWindow reratingWindow() {
        return new ReratingWindow(expiry.minusDays(180), expiry.minusDays(120));
    }

    /**
     * Whether the re-rating was filed after its window closed but by the expiry date (Art. 12.3).
     *
     * @return true for a late filing
     */
    public boolean isReratingLate() {
        return reratingFiled.map(f -> f.isAfter(reratingWindow().closes()) && !f.isAfter(expiry)).orElse(false);
    }

    /**
     * The state of the certificate on a day.
     *
     * @param date the day
     * @return the status
     */
    public CertificateStatus status(LocalDate date) {
        OcopDataException.requirePresent(date, null, "date");
        if (date.isBefore(issued)) {
            return CertificateStatus.NOT_YET_ISSUED;
        }
        if (revocation.isPresent() && !date.isBefore(revocation.get().date())) {
            return CertificateStatus.REVOKED;
        }
        if (date.isBefore(expiry)) {
            return CertificateStatus.VALID;
        }
        if (isReratingLate() && date.isBefore(expiry.plusDays(LATE_RERATING_EXTENSION_DAYS))
                && reratingDecided.map(date::isBefore).orElse(true)) {
            return CertificateStatus.EXTENDED;
        }
        return CertificateStatus.EXPIRED;
    }
}
