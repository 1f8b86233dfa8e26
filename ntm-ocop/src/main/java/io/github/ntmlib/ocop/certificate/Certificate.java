package io.github.ntmlib.ocop.certificate;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import java.util.Objects;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.rating.RatingAuthority;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

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
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Certificate {

    private final ProductCode product;
    private final String productName;
    private final Subject subject;
    private final Stars stars;
    private final RatingAuthority authority;
    private final String issuer;
    private final String decision;
    private final LocalDate issued;
    private final LocalDate expiry;
    private final boolean proposedForFiveStars;
    private final @Nullable LocalDate reratingFiled;
    private final @Nullable LocalDate reratingDecided;
    private final @Nullable Revocation revocation;

    private Certificate(ProductCode product, String productName, Subject subject, Stars stars,
            RatingAuthority authority, String issuer, String decision, LocalDate issued, LocalDate expiry,
            boolean proposedForFiveStars, Optional<LocalDate> reratingFiled,
            Optional<LocalDate> reratingDecided, Optional<Revocation> revocation) {
        String id = product == null ? decision : product.toString();
        if (product == null || productName == null || productName.isBlank() || subject == null || stars == null
                || authority == null || issuer == null || issuer.isBlank() || decision == null || decision.isBlank()
                || issued == null || expiry == null || reratingFiled == null || reratingDecided == null
                || revocation == null) {
            throw OcopDataException.api(id, null, Labels.of("giấy chứng nhận cần có sản phẩm, tên, "
                    + "chủ thể, hạng sao, cấp công nhận, cơ quan cấp, quyết định, ngày cấp và ngày hết hạn",
                    "a certificate needs its product, name, subject, stars, authority,"
                    + " issuer, decision, issue and expiry dates"));
        }
        if (!stars.isRecognised()) {
            throw OcopDataException.api(id, "stars", Labels.of("sản phẩm "
                    + stars.vietnamese() + " không được cấp giấy chứng nhận (Điều 4.1)",
                    stars.vietnamese() + " products are not certified (Art. 4.1)"));
        }
        Optional<RatingAuthority> expected = RatingAuthority.recognising(stars, issued);
        if (!expected.equals(Optional.of(authority))) {
            throw OcopDataException.api(id, "authority", Labels.of(authority.vietnamese()
                    + " không công nhận hạng " + stars.vietnamese() + " vào ngày " + Language.VIETNAMESE.format(issued)
                    + " (" + expected.map(a -> a.vietnamese() + " mới công nhận").orElse("không cấp nào công nhận")
                    + ")", authority.vietnamese() + " does not recognise " + stars.vietnamese()
                    + " on " + issued + " (" + expected.map(RatingAuthority::vietnamese).orElse("nobody") + " does)"));
        }
        if (!expiry.isAfter(issued)) {
            throw OcopDataException.api(id, "expiry", Labels.of("ngày hết hạn "
                    + Language.VIETNAMESE.format(expiry) + " không sau ngày cấp " + Language.VIETNAMESE.format(issued),
                    "expiry " + expiry + " is not after issue " + issued));
        }
        if (proposedForFiveStars && stars != Stars.FOUR) {
            throw OcopDataException.api(id, "proposedForFiveStars", Labels.of(
                    "chỉ giấy chứng nhận 4 sao mới chờ đánh giá 5 sao", "only a 4-star certificate awaits a 5-star rating"));
        }
        if (reratingFiled.isPresent() && reratingFiled.get().isBefore(issued)) {
            throw OcopDataException.api(id, "reratingFiled", Labels.of(
                    "hồ sơ đánh giá lại nộp trước ngày cấp giấy chứng nhận",
                    "re-rating filed before the certificate was issued"));
        }
        if (reratingDecided.isPresent() && (reratingFiled.isEmpty()
                || reratingDecided.get().isBefore(reratingFiled.get()))) {
            throw OcopDataException.api(id, "reratingDecided", Labels.of(
                    "đánh giá lại được quyết định trước ngày nộp hồ sơ", "re-rating decided before it was filed"));
        }
        if (revocation.isPresent() && revocation.get().date().isBefore(issued)) {
            throw OcopDataException.api(id, "revocation", Labels.of("bị thu hồi ngày "
                    + Language.VIETNAMESE.format(revocation.get().date()) + ", trước ngày cấp",
                    "revoked on " + revocation.get().date() + ", before issue"));
        }
        this.product = product;
        this.productName = productName;
        this.subject = subject;
        this.stars = stars;
        this.authority = authority;
        this.issuer = issuer;
        this.decision = decision;
        this.issued = issued;
        this.expiry = expiry;
        this.proposedForFiveStars = proposedForFiveStars;
        this.reratingFiled = reratingFiled.orElse(null);
        this.reratingDecided = reratingDecided.orElse(null);
        this.revocation = revocation.orElse(null);
    }

    /**
     * The product code.
     *
     * @return the product code
     */
    public ProductCode product() {
        return product;
    }

    /**
     * The product name.
     *
     * @return the product name
     */
    public String productName() {
        return productName;
    }

    /**
     * The certificate holder.
     *
     * @return the certificate holder
     */
    public Subject subject() {
        return subject;
    }

    /**
     * 3, 4 or 5 stars.
     *
     * @return 3, 4 or 5 stars
     */
    public Stars stars() {
        return stars;
    }

    /**
     * Who recognised it; must be the authority for those stars on the issue date.
     *
     * @return who recognised it; must be the authority for those stars on the issue date
     */
    public RatingAuthority authority() {
        return authority;
    }

    /**
     * The issuing body, e.g. "UBND tỉnh Hà Tĩnh".
     *
     * @return the issuing body, e.g. "UBND tỉnh Hà Tĩnh"
     */
    public String issuer() {
        return issuer;
    }

    /**
     * The recognition decision's number, e.g. "2394/QĐ-UBND".
     *
     * @return the recognition decision's number, e.g. "2394/QĐ-UBND"
     */
    public String decision() {
        return decision;
    }

    /**
     * The issue date.
     *
     * @return the issue date
     */
    public LocalDate issued() {
        return issued;
    }

    /**
     * The first day the certificate is no longer valid.
     *
     * @return the first day the certificate is no longer valid
     */
    public LocalDate expiry() {
        return expiry;
    }

    /**
     * Whether the product, certified 4 stars by the province, scored 90 or more and was proposed to the ministry (a "potential 5-star" product).
     *
     * @return whether the product, certified 4 stars by the province, scored 90 or more and was proposed to the ministry (a "potential 5-star" product)
     */
    public boolean proposedForFiveStars() {
        return proposedForFiveStars;
    }

    /**
     * The day a re-rating was filed, if any.
     *
     * @return the day a re-rating was filed, if any
     */
    public Optional<LocalDate> reratingFiled() {
        return Optional.ofNullable(reratingFiled);
    }

    /**
     * The day that re-rating was decided, if it has been.
     *
     * @return the day that re-rating was decided, if it has been
     */
    public Optional<LocalDate> reratingDecided() {
        return Optional.ofNullable(reratingDecided);
    }

    /**
     * The revocation, if any.
     *
     * @return the revocation, if any
     */
    public Optional<Revocation> revocation() {
        return Optional.ofNullable(revocation);
    }

    /** The validity of a certificate in months (Art. 4.3). */
    public static final int VALIDITY_MONTHS = 36;
    /** The longest extension while a late re-rating is decided, in days after expiry (Art. 12.3). */
    public static final int LATE_RERATING_EXTENSION_DAYS = 180;

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
            throw OcopDataException.api(String.valueOf(product), "issued", Labels.of("giấy chứng nhận phải có ngày cấp",
                    "a certificate has an issue date"));
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
                proposedForFiveStars, reratingFiled(), reratingDecided(), revocation());
    }

    /**
     * The same certificate marked as proposed for 5 stars.
     *
     * @return the certificate
     */
    public Certificate proposeForFiveStars() {
        return new Certificate(product, productName, subject, stars, authority, issuer, decision, issued, expiry,
                true, reratingFiled(), reratingDecided(), revocation());
    }

    /**
     * The same certificate with a re-rating filed.
     *
     * @param filed the filing day
     * @return the certificate
     */
    public Certificate withReratingFiled(LocalDate filed) {
        return new Certificate(product, productName, subject, stars, authority, issuer, decision, issued, expiry,
                proposedForFiveStars, Optional.ofNullable(filed), reratingDecided(), revocation());
    }

    /**
     * The same certificate with its re-rating decided.
     *
     * @param decided the decision day
     * @return the certificate
     */
    public Certificate withReratingDecided(LocalDate decided) {
        return new Certificate(product, productName, subject, stars, authority, issuer, decision, issued, expiry,
                proposedForFiveStars, reratingFiled(), Optional.ofNullable(decided), revocation());
    }

    /**
     * The same certificate revoked.
     *
     * @param revocation the revocation
     * @return the certificate
     * @throws OcopDataException if it is already revoked or revoked before issue
     */
    public Certificate revoke(Revocation revocation) {
        if (this.revocation != null) {
            throw OcopDataException.api(product.toString(), "revocation", Labels.of("đã bị thu hồi", "already revoked"));
        }
        return new Certificate(product, productName, subject, stars, authority, issuer, decision, issued, expiry,
                proposedForFiveStars, reratingFiled(), reratingDecided(), Optional.of(revocation));
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
        return reratingFiled().map(f -> f.isAfter(reratingWindow().closes()) && !f.isAfter(expiry)).orElse(false);
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
        if (revocation().isPresent() && !date.isBefore(revocation().get().date())) {
            return CertificateStatus.REVOKED;
        }
        if (date.isBefore(expiry)) {
            return CertificateStatus.VALID;
        }
        if (isReratingLate() && date.isBefore(expiry.plusDays(LATE_RERATING_EXTENSION_DAYS))
                && reratingDecided().map(date::isBefore).orElse(true)) {
            return CertificateStatus.EXTENDED;
        }
        return CertificateStatus.EXPIRED;
    }


    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Certificate)) {
            return false;
        }
        Certificate o = (Certificate) other;
        return Objects.equals(product, o.product)
                && Objects.equals(productName, o.productName)
                && Objects.equals(subject, o.subject)
                && Objects.equals(stars, o.stars)
                && Objects.equals(authority, o.authority)
                && Objects.equals(issuer, o.issuer)
                && Objects.equals(decision, o.decision)
                && Objects.equals(issued, o.issued)
                && Objects.equals(expiry, o.expiry)
                && Objects.equals(proposedForFiveStars, o.proposedForFiveStars)
                && Objects.equals(reratingFiled, o.reratingFiled)
                && Objects.equals(reratingDecided, o.reratingDecided)
                && Objects.equals(revocation, o.revocation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(product, productName, subject, stars, authority, issuer, decision, issued,
                expiry, proposedForFiveStars, reratingFiled, reratingDecided, revocation);
    }

    @Override
    public String toString() {
        return "Certificate[" + "product=" + product + ", " + "productName=" + productName
                + ", " + "subject=" + subject + ", " + "stars=" + stars + ", " + "authority=" + authority
                + ", " + "issuer=" + issuer + ", " + "decision=" + decision + ", " + "issued=" + issued
                + ", " + "expiry=" + expiry + ", " + "proposedForFiveStars=" + proposedForFiveStars
                + ", " + "reratingFiled=" + reratingFiled + ", " + "reratingDecided=" + reratingDecided
                + ", " + "revocation=" + revocation + "]";
    }
}
