package io.github.ntmlib.ocop.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.certificate.Certificate;
import io.github.ntmlib.ocop.certificate.ProductCode;
import io.github.ntmlib.ocop.certificate.Revocation;
import io.github.ntmlib.ocop.certificate.RevocationReason;
import io.github.ntmlib.ocop.certificate.Subject;
import io.github.ntmlib.ocop.certificate.SubjectKind;
import io.github.ntmlib.ocop.rating.RatingAuthority;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortfolioTest {

    private static final Subject HOUSEHOLD = new Subject("Hộ kinh doanh Nguyễn Văn A", SubjectKind.HOUSEHOLD);

    private static Certificate cert(String province, int commune, int seq, Stars stars, LocalDate issued) {
        String code = province + "-" + String.format("%05d", commune) + "-" + seq + "-" + issued.getYear();
        RatingAuthority authority = RatingAuthority.recognising(stars, issued).orElseThrow();
        return Certificate.issue(ProductCode.parse(code), "Sản phẩm " + seq, HOUSEHOLD, stars, authority, "UBND",
                seq + "/QĐ-UBND", issued);
    }

    /**
     * Hà Tĩnh on 1 January 2025 (seed report): 396 products recognised, 314 valid (15 four-star, 299
     * three-star); the other 82 lapsed (75 expired after 36 months, 7 revoked).
     */
    static List<Certificate> haTinh() {
        List<Certificate> list = new ArrayList<>();
        int seq = 1;
        for (int i = 0; i < 299; i++, seq++) {
            list.add(cert("42", 18000 + i % 40, seq, Stars.THREE, LocalDate.of(2022, 1, 3).plusDays(i * 3L)));
        }
        for (int i = 0; i < 15; i++, seq++) {
            list.add(cert("42", 18000 + i, seq, Stars.FOUR, LocalDate.of(2022, 6, 1).plusDays(i * 40L)));
        }
        for (int i = 0; i < 75; i++, seq++) {
            list.add(cert("42", 18100 + i % 10, seq, Stars.THREE, LocalDate.of(2019, 3, 1).plusDays(i * 9L)));
        }
        for (int i = 0; i < 7; i++, seq++) {
            list.add(cert("42", 18200, seq, Stars.THREE, LocalDate.of(2023, 5, 1).plusDays(i))
                    .revoke(new Revocation(LocalDate.of(2024, 6, 1), RevocationReason.PRODUCTION_STOPPED, "R" + i)));
        }
        return list;
    }

    @Test
    void haTinhSeedFigures() {
        PortfolioReport r = Portfolio.of(haTinh()).asOf(LocalDate.of(2025, 1, 1));
        assertThat(r.recognised()).isEqualTo(396);
        assertThat(r.valid()).isEqualTo(314);
        assertThat(r.byStars()).isEqualTo(Map.of(Stars.THREE, 299, Stars.FOUR, 15, Stars.FIVE, 0));
        assertThat(r.expired()).isEqualTo(75);
        assertThat(r.revoked()).isEqualTo(7);
        assertThat(r.byProvince()).isEqualTo(Map.of("42", 314));
        assertThat(r.byCommune().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(314);
        assertThat(Portfolio.of(haTinh()).asOf(Clock.fixed(LocalDate.of(2025, 1, 1).atStartOfDay()
                .toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).valid()).isEqualTo(314);
    }

    /**
     * Hà Tĩnh 2024 (seed report): 90 products rated 3 stars by districts, 60 new and 30 re-recognised,
     * and 8 products 4 stars by the province (Decision 2394/QĐ-UBND of 15 October 2024).
     */
    @Test
    void haTinh2024Recognitions() {
        List<Certificate> list = new ArrayList<>();
        for (int seq = 1; seq <= 90; seq++) {
            LocalDate issued = LocalDate.of(2024, 4, 1).plusDays(seq * 2L);
            String code = "42-18400-" + seq + "-" + (seq <= 30 ? 2021 : 2024);
            if (seq <= 30) {
                list.add(Certificate.issue(ProductCode.parse(code), "SP" + seq, HOUSEHOLD, Stars.THREE,
                        RatingAuthority.DISTRICT, "UBND huyện", "A" + seq, LocalDate.of(2021, 5, 1)));
            }
            list.add(Certificate.issue(ProductCode.parse(code), "SP" + seq, HOUSEHOLD, Stars.THREE,
                    RatingAuthority.DISTRICT, "UBND huyện", "B" + seq, issued));
        }
        for (int seq = 1; seq <= 8; seq++) {
            list.add(Certificate.issue(ProductCode.parse("42-18500-" + seq + "-2024"), "SP4-" + seq, HOUSEHOLD,
                    Stars.FOUR, RatingAuthority.PROVINCE, "UBND tỉnh Hà Tĩnh", "2394/QĐ-UBND",
                    LocalDate.of(2024, 10, 15)));
        }
        IssuedSummary y2024 = Portfolio.of(list).issued(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(y2024.issued()).isEqualTo(98);
        assertThat(y2024.byStars()).isEqualTo(Map.of(Stars.THREE, 90, Stars.FOUR, 8, Stars.FIVE, 0));
        assertThat(y2024.byAuthority()).isEqualTo(Map.of(RatingAuthority.DISTRICT, 90, RatingAuthority.PROVINCE, 8,
                RatingAuthority.CENTRAL, 0));
        assertThat(y2024.newProducts()).isEqualTo(68);
        assertThat(y2024.reRecognised()).isEqualTo(30);
        assertThatThrownBy(() -> Portfolio.of(list).issued(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(OcopDataException.class);
    }

    @Test
    void haNoiCategoriesAddUpTo2711() {
        List<Certificate> list = new ArrayList<>();
        LocalDate day = LocalDate.of(2025, 9, 1);
        int seq = 1;
        for (int i = 0; i < 6; i++, seq++) {
            list.add(cert("01", 100 + i, seq, Stars.FIVE, day));
        }
        for (int i = 0; i < 12; i++, seq++) {
            list.add(cert("01", 200 + i, seq, Stars.FOUR, day).proposeForFiveStars());
        }
        for (int i = 0; i < 1473; i++, seq++) {
            list.add(cert("01", 300 + i % 100, seq, Stars.FOUR, day));
        }
        for (int i = 0; i < 1220; i++, seq++) {
            list.add(cert("01", 400 + i % 100, seq, Stars.THREE, day));
        }
        PortfolioReport r = Portfolio.of(list).asOf(LocalDate.of(2025, 12, 31));
        assertThat(r.byCategory()).isEqualTo(Map.of(Category.FIVE_STARS, 6, Category.FIVE_STAR_CANDIDATES, 12,
                Category.FOUR_STARS, 1473, Category.THREE_STARS, 1220));
        assertThat(r.valid()).isEqualTo(2711);
        assertThat(r.byStars().get(Stars.FOUR)).isEqualTo(1485);
    }

    @Test
    void aCertificateListedTwiceIsATypedError() {
        Certificate c = cert("42", 18301, 1, Stars.THREE, LocalDate.of(2021, 6, 1));
        assertThatThrownBy(() -> Portfolio.of(List.of(c, c))).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> Portfolio.of(List.of(c)).asOf(LocalDate.of(2022, 1, 1)).expiringWithin(-1))
                .isInstanceOf(OcopDataException.class);
        assertThatThrownBy(() -> Portfolio.of(List.of(c)).asOf((LocalDate) null)).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("date");
        assertThatThrownBy(() -> c.status(null)).isInstanceOf(OcopDataException.class);
        assertThatThrownBy(() -> Portfolio.of(null)).isInstanceOf(OcopDataException.class);
    }

    @Test
    void huongKheReratedProductsStayValidTheOthersLapse() {
        List<Certificate> list = new ArrayList<>();
        for (int seq = 1; seq <= 24; seq++) {
            String code = "42-18301-" + seq + "-2021";
            RatingAuthority district = RatingAuthority.DISTRICT;
            list.add(Certificate.issue(ProductCode.parse(code), "SP" + seq, HOUSEHOLD, Stars.THREE, district,
                    "UBND huyện Hương Khê", "10" + seq + "/QĐ-UBND", LocalDate.of(2021, 6, 1)));
            if (seq > 7) {
                list.add(Certificate.issue(ProductCode.parse(code), "SP" + seq, HOUSEHOLD, Stars.THREE, district,
                        "UBND huyện Hương Khê", "20" + seq + "/QĐ-UBND", LocalDate.of(2024, 3, 1)));
            }
        }
        Portfolio p = Portfolio.of(list);
        assertThat(p.asOf(LocalDate.of(2024, 1, 1)).valid()).isEqualTo(24);
        PortfolioReport r = p.asOf(LocalDate.of(2024, 12, 31));
        assertThat(r.recognised()).isEqualTo(24);
        assertThat(r.valid()).isEqualTo(17);
        assertThat(r.expired()).isEqualTo(7);
        assertThat(p.asOf(LocalDate.of(2023, 12, 3)).reratingWindowOpen()).as("window opens 4 Dec 2023").isEmpty();
        assertThat(p.asOf(LocalDate.of(2023, 12, 4)).reratingWindowOpen()).hasSize(24);
        assertThat(p.asOf(LocalDate.of(2024, 2, 2)).reratingWindowOpen()).hasSize(24);
        assertThat(p.asOf(LocalDate.of(2024, 2, 3)).reratingWindowOpen()).as("window closed 2 Feb 2024").isEmpty();
        assertThat(p.asOf(LocalDate.of(2024, 1, 1)).expiringWithin(152)).hasSize(24);
        assertThat(p.asOf(LocalDate.of(2024, 1, 1)).expiringWithin(151)).isEmpty();
    }

    @Test
    void provincesComeFromTheLocalityResolver() {
        List<Certificate> list = List.of(cert("42", 18301, 1, Stars.THREE, LocalDate.of(2025, 8, 1)),
                cert("40", 17001, 2, Stars.FOUR, LocalDate.of(2025, 8, 1)));
        LocalityResolver merged = product -> product.commune().equals("17001") ? Optional.of("42")
                : product.commune().equals("18301") ? Optional.of("42") : Optional.empty();
        PortfolioReport r = Portfolio.of(list, merged).asOf(LocalDate.of(2026, 1, 1));
        assertThat(r.byProvince()).isEqualTo(Map.of("42", 2));
        assertThat(Portfolio.of(list).asOf(LocalDate.of(2026, 1, 1)).byProvince()).isEqualTo(Map.of("40", 1, "42", 1));
        assertThat(r.byCommune()).isEqualTo(Map.of("17001", 1, "18301", 1));
        LocalityResolver unknown = product -> Optional.empty();
        assertThatThrownBy(() -> Portfolio.of(list, unknown).asOf(LocalDate.of(2026, 1, 1)))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("18301");
    }

    @Test
    void provincesComeFromTheLocalityHierarchy() {
        LocalDate day = LocalDate.of(2025, 7, 1);
        Snapshot snapshot = Snapshot.builder(day)
                .add(AdminUnit.of("42", "Tỉnh Hà Tĩnh", UnitKind.PROVINCE, null, day))
                .add(AdminUnit.of("18301", "Xã Hương Khê", UnitKind.COMMUNE, "42", day))
                .add(AdminUnit.of("01", "Thành phố Hà Nội", UnitKind.CENTRAL_CITY, null, day))
                .add(AdminUnit.of("00004", "Phường Ba Đình", UnitKind.WARD, "01", day))
                .build();
        List<Certificate> list = List.of(cert("42", 18301, 1, Stars.THREE, LocalDate.of(2025, 8, 1)),
                cert("40", 18301, 2, Stars.FOUR, LocalDate.of(2025, 8, 1)),
                cert("01", 4, 3, Stars.THREE, LocalDate.of(2025, 8, 1)));
        PortfolioReport r = Portfolio.of(list, SnapshotResolver.of(snapshot)).asOf(LocalDate.of(2026, 1, 1));
        assertThat(r.byProvince()).as("the hierarchy, not the code's T, decides").isEqualTo(Map.of("42", 2, "01", 1));
        List<Certificate> unknown = List.of(cert("42", 18999, 4, Stars.THREE, LocalDate.of(2025, 8, 1)));
        assertThatThrownBy(() -> Portfolio.of(unknown, SnapshotResolver.of(snapshot)).asOf(LocalDate.of(2026, 1, 1)))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("42-18999-4-2025")
                .hasMessageContaining("commune 18999");
    }

    @Test
    void countsByStarSumToTheValidTotal() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 3 * 2000 * 4 - 1)).ofSizeBetween(0, 80),
                integers().between(0, 3000)).check((specs, day) -> {
                    List<Certificate> list = new ArrayList<>();
                    int seq = 1;
                    for (int spec : specs) {
                        Stars stars = Stars.of(3 + spec % 3);
                        LocalDate issued = LocalDate.of(2019, 1, 1).plusDays((spec / 3) % 2000);
                        Certificate c = cert("42", 18000 + seq % 7, seq++, stars, issued);
                        if (spec / 6000 == 1) {
                            c = c.revoke(new Revocation(issued.plusDays(300), RevocationReason.OTHER, "R"));
                        } else if (spec / 6000 == 2) {
                            c = c.withReratingFiled(c.expiry().minusDays(10));
                        }
                        list.add(c);
                    }
                    PortfolioReport r = Portfolio.of(list).asOf(LocalDate.of(2019, 1, 1).plusDays(day));
                    int byStars = r.byStars().values().stream().mapToInt(Integer::intValue).sum();
                    int byCategory = r.byCategory().values().stream().mapToInt(Integer::intValue).sum();
                    int byProvince = r.byProvince().values().stream().mapToInt(Integer::intValue).sum();
                    return byStars == r.valid() && byCategory == r.valid() && byProvince == r.valid()
                            && r.valid() + r.expired() + r.revoked() == r.recognised();
                });
    }

    @Test
    void expiringWithinCountsFromTomorrowAndListsTheSoonestFirst() {
        LocalDate day = LocalDate.of(2026, 3, 10);
        Certificate late = cert("42", 18301, 1, Stars.THREE, day.plusDays(20).minusMonths(36));
        Certificate tomorrow = cert("42", 18301, 2, Stars.THREE, day.plusDays(1).minusMonths(36));
        Certificate soon = cert("42", 18301, 3, Stars.FOUR, day.plusDays(5).minusMonths(36));
        PortfolioReport r = Portfolio.of(List.of(late, tomorrow, soon)).asOf(day);
        assertThat(tomorrow.expiry()).isEqualTo(day.plusDays(1));
        assertThat(r.expiringWithin(0)).as("nothing valid today expires today").isEmpty();
        assertThat(r.expiringWithin(1)).containsExactly(tomorrow);
        assertThat(r.expiringWithin(20)).containsExactly(tomorrow, soon, late);
        assertThat(r.expiringWithin(19)).containsExactly(tomorrow, soon);
    }
}
