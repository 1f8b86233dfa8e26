package io.github.ntmlib.ocop.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.certificate.Certificate;
import io.github.ntmlib.ocop.certificate.ProductCode;
import io.github.ntmlib.ocop.certificate.Subject;
import io.github.ntmlib.ocop.certificate.SubjectKind;
import io.github.ntmlib.ocop.rating.RatingAuthority;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A portfolio's input rules (every part present, typed errors, never a NullPointerException), an
 * issued summary whose new and re-recognised products add up, and the province of a product read
 * from the hierarchy: a commune's province-level ancestor, never its district, never a unit that
 * is no commune.
 */
class PortfolioRulesTest {

    private static final Subject COOP = new Subject("HTX Nông nghiệp Hương Khê", SubjectKind.COOPERATIVE);
    private static final LocalDate DAY = LocalDate.of(2025, 7, 1);

    private static Certificate cert(String commune, int seq) {
        return Certificate.issue(ProductCode.parse("42-" + commune + "-" + seq + "-2025"), "Sản phẩm " + seq, COOP,
                Stars.THREE, RatingAuthority.PROVINCE, "UBND tỉnh Hà Tĩnh", seq + "/QĐ-UBND", LocalDate.of(2025, 8, 1));
    }

    @Test
    void aPortfolioNeedsItsCertificatesAndAResolverAsTypedErrors() {
        Certificate c = cert("18301", 1);
        LocalityResolver none = product -> Optional.empty();
        assertThatThrownBy(() -> Portfolio.of(List.of(c), null)).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("a portfolio needs its certificates and a resolver");
        assertThatThrownBy(() -> Portfolio.of(Arrays.asList(c, null), none)).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("a portfolio needs its certificates and a resolver");
        assertThat(Portfolio.of(List.of(c), none).certificates()).containsExactly(c);
        Portfolio p = Portfolio.of(List.of(c));
        assertThatThrownBy(() -> p.issued(null, DAY)).isInstanceOf(OcopDataException.class).hasMessageContaining("null to");
        assertThatThrownBy(() -> p.issued(DAY, null)).isInstanceOf(OcopDataException.class).hasMessageContaining("to null");
        assertThat(p.issued(DAY, DAY).issued()).as("a one-day period").isZero();
    }

    @Test
    void newAndReRecognisedProductsMustAddUpToTheIssuedCount() {
        Map<Stars, Integer> stars = Map.of(Stars.THREE, 3);
        Map<RatingAuthority, Integer> authorities = Map.of(RatingAuthority.DISTRICT, 3);
        assertThat(new IssuedSummary(DAY, DAY, 3, stars, authorities, 2, 1).newProducts()).isEqualTo(2);
        assertThatThrownBy(() -> new IssuedSummary(DAY, DAY, 3, stars, authorities, 2, 2))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("must add up to the issued count");
        assertThatThrownBy(() -> new IssuedSummary(DAY, DAY, 3, stars, authorities, 1, 1))
                .isInstanceOf(OcopDataException.class);
    }

    @Test
    void aProductsProvinceIsItsCommunesProvinceLevelAncestorNotItsDistrict() {
        Snapshot snapshot = Snapshot.builder(DAY)
                .add(AdminUnit.of("42", "Tỉnh Hà Tĩnh", UnitKind.PROVINCE, null, DAY))
                .add(AdminUnit.of("436", "Huyện Hương Khê", UnitKind.RURAL_DISTRICT, "42", DAY))
                .add(AdminUnit.of("18301", "Xã Hương Trà", UnitKind.COMMUNE, "436", DAY))
                .add(AdminUnit.of("18300", "Thị trấn Hương Khê", UnitKind.TOWNSHIP, "436", DAY))
                .add(AdminUnit.of("00437", "Huyện Vũ Quang", UnitKind.RURAL_DISTRICT, "42", DAY))
                .build();
        LocalityResolver resolver = SnapshotResolver.of(snapshot);
        PortfolioReport r = Portfolio.of(List.of(cert("18301", 1), cert("18300", 2)), resolver)
                .asOf(LocalDate.of(2026, 1, 1));
        assertThat(r.byProvince()).as("the province, not the district between").isEqualTo(Map.of("42", 2));
        assertThat(r.current()).hasSize(2);
        // a code naming a district, not a commune, gives no province
        assertThat(resolver.province(ProductCode.parse("42-00437-3-2025"))).isEmpty();
        assertThatThrownBy(() -> Portfolio.of(List.of(cert("00437", 3)), resolver).asOf(LocalDate.of(2026, 1, 1)))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("00437");
    }

    @Test
    void certificatesExpiringOrDueForReRatingAreListedSoonestExpiryFirstWhateverTheirIssueOrder() {
        // issued under earlier rules with a longer expiry: issued first, expires last
        Certificate early = cert("18301", 1).withExpiry(LocalDate.of(2028, 10, 15));
        Certificate later = Certificate.issue(ProductCode.parse("42-18301-2-2025"), "Sản phẩm 2", COOP, Stars.THREE,
                RatingAuthority.PROVINCE, "UBND tỉnh Hà Tĩnh", "2/QĐ-UBND", LocalDate.of(2025, 9, 1));
        assertThat(later.expiry()).isEqualTo(LocalDate.of(2028, 9, 1));
        PortfolioReport r = Portfolio.of(List.of(early, later)).asOf(LocalDate.of(2028, 7, 1));
        assertThat(r.current()).containsExactly(early, later);
        assertThat(r.expiringWithin(365)).containsExactly(later, early);
        assertThat(r.expiringWithin(62)).containsExactly(later);
        // re-rating is filed 180 to 120 days before expiry: both windows are open on 20 April 2028
        PortfolioReport april = Portfolio.of(List.of(early, later)).asOf(LocalDate.of(2028, 4, 20));
        assertThat(april.reratingWindowOpen()).containsExactly(later, early);
        // a re-rating decided before it was filed is refused
        Certificate filed = later.withReratingFiled(LocalDate.of(2028, 4, 1));
        assertThatThrownBy(() -> filed.withReratingDecided(LocalDate.of(2028, 3, 31)))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("before it was filed");
        assertThat(filed.withReratingDecided(LocalDate.of(2028, 4, 1)).reratingDecided()).contains(LocalDate.of(2028, 4, 1));
    }
}
