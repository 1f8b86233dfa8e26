package io.github.ntmlib.ocop.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SheetCatalogTest {

    private static final SheetCatalog CATALOG = SheetCatalog.of(Instrument.QD_26_2026);

    /** Sheet 1 as printed (Phụ lục II, bộ sản phẩm 1): criterion:points of each option, *N = N-star marker. */
    private static final String SHEET_1 = "1.1:1,2,3; 1.2:0,1,2; 1.3:1,2,3*5; 1.4:1,2,3; 1.5:0,1,2*4,3*5; "
            + "1.6:1*4,2,3; 1.7:0,1; 2.1:0,1,3*4; 2.2:0,1,2*3,3; 2.3:1*3,2,3*4; 2.4:0,1; 3.1:1,2,3; 3.2:0,1; "
            + "3.3:1,2,3; 3.4:1,2*4; 3.5:1*3,2*4,3; 4.1:1,2*3,3*4,5*5; 4.2:0,1,2,3; 4.3:0,1,2,3,5; "
            + "5.1:0,1,2,3,5*4; 5.2:0,1,2; 5.3:0,1*3,3,5; 6.1:0,1,2*4; 6.2:0,1,2,3*4,4; 6.3:0,1,2,3; "
            + "6.4:0,1,2,3; 7:0,1,3; 8:0,1,3*4,5; 9:2*3,4,5; 10:1*3,3*4,5; 11:1,2; 12:1,2,3";

    /** Sheet 7 as printed, with 1.2's missing first value read as 0 and 3.1's 1/1/3 read as 1/2/3. */
    private static final String SHEET_7 = "1.1:1*3,2,3; 1.2:0,1,2; 1.3:1,2,3; 1.4:1,2,3; 1.5:0,1,2*4,3*5; "
            + "1.6:1*4,2,3; 1.7:0,1; 2.1:0,1,2,3*4; 2.2:0,1,2*3,3; 2.3:1*3,2,3*4; 2.4:0,1; 3.1:1,2,3; 3.2:0,1; "
            + "3.3:1,2,3; 3.4:1,2*4; 3.5:1*3,2*4,3; 4.1:1,2*3,3*4,5*5; 4.2:0,1,2,3; 4.3:0,1,2,3,5; "
            + "5.1:0,1,2,3,5*4; 5.2:0,1,2; 5.3:0,1*3,3,5; 6.1:0,1,2*4; 6.2:0,1,2; 6.3:0,1,2*4,3*5; "
            + "6.4:1,2*4,3*5; 6.5:0,1,3*4,5*5; 7:0,1,3*4,5*5; 8:2*3,4,5; 9:1*3,3*4,5; 10:1,2; 11:1,2,3";

    static String signature(Sheet sheet) {
        return sheet.criteria().stream()
                .map(c -> c.code() + ":" + c.options().stream()
                        .map(o -> o.points() + o.marker().map(s -> "*" + s.count()).orElse(""))
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("; "));
    }

    static String groups(Sheet sheet) {
        return sheet.parts().stream().map(p -> p.code() + "=" + p.groups().stream()
                .map(g -> String.valueOf(g.points())).collect(Collectors.joining("+")))
                .collect(Collectors.joining(" "));
    }

    @Test
    void all26SheetsLoadAndPassTheSumChecks() {
        assertThat(CATALOG.sheets()).hasSize(26);
        int options = 0;
        for (Sheet s : CATALOG.sheets()) {
            assertThat(s.instrument()).isEqualTo(Instrument.QD_26_2026);
            assertThat(s.source().appendix()).isEqualTo("Phụ lục II");
            assertThat(s.source().sheet()).isEqualTo(s.number());
            assertThat(s.parts()).extracting(Part::points).containsExactly(40, 25, 35);
            for (Part p : s.parts()) {
                assertThat(p.groups().stream().mapToInt(CriterionGroup::points).sum()).isEqualTo(p.points());
                for (CriterionGroup g : p.groups()) {
                    assertThat(g.criteria().stream().mapToInt(SheetCriterion::points).sum()).as("%s group %s", s.id(),
                            g.code()).isEqualTo(g.points());
                }
            }
            assertThat(s.criteria().stream().mapToInt(SheetCriterion::topPoints).sum()).as(s.id()).isEqualTo(100);
            options += s.criteria().stream()
                    .filter(c -> c.corrections().stream().noneMatch(n -> n.contains("yes/no")))
                    .mapToInt(c -> c.options().size()).sum();
        }
        assertThat(options).as("options printed in Phụ lục II (independent count)").isEqualTo(2535);
    }

    @Test
    void sheet1OptionByOptionAsPrinted() {
        Sheet s = CATALOG.sheet(1);
        assertThat(s.title()).isEqualTo("Rau, củ, quả, hạt tươi");
        assertThat(s.group()).isEqualTo("Thực phẩm tươi sống");
        assertThat(s.ministries()).containsExactly("Bộ Nông nghiệp và Môi trường");
        assertThat(signature(s)).isEqualTo(SHEET_1);
        assertThat(groups(s)).isEqualTo("A=18+10+12 B=13+12 C=12+3+5+5+5+2+3");
        assertThat(s.markers(Stars.THREE)).hasSize(7);
        assertThat(s.markers(Stars.FOUR)).hasSize(12);
        assertThat(s.markers(Stars.FIVE)).hasSize(3);
        SheetCriterion c13 = s.requireCriterion("1.3");
        assertThat(c13.title()).isEqualTo("Gia tăng giá trị");
        assertThat(c13.option(1).orElseThrow().label())
                .isEqualTo("Sơ chế (rửa, làm sạch, phân loại, đóng gói...) thủ công");
        assertThat(c13.marker(Stars.FIVE).orElseThrow().label()).startsWith("Ứng dụng công nghệ tiên tiến")
                .doesNotContain("*");
        assertThat(s.requireCriterion("5.2").applicableWhen().orElseThrow())
                .isEqualTo(new Condition("5.1", List.of(1), "Chỉ áp dụng khi có câu chuyện sản phẩm"));
        assertThat(s.knockOuts()).extracting(KnockOut::id).containsExactly("H1", "2.1-K1", "6.1-K1");
        assertThat(s.knockOuts().get(0).text()).startsWith("Hồ sơ bị loại khi: Giả mạo hồ sơ");
    }

    @Test
    void sheet7OptionByOptionWithItsCorrections() {
        Sheet s = CATALOG.sheet(7);
        assertThat(s.title()).isEqualTo("Chế biến từ rau, củ, quả, hạt");
        assertThat(signature(s)).isEqualTo(SHEET_7);
        assertThat(groups(s)).isEqualTo("A=18+10+12 B=13+12 C=15+5+5+5+2+3");
        assertThat(s.requireCriterion("7").option(4).orElseThrow().label())
                .as("option bulleted 'o' instead of '□'").isEqualTo("Rất độc đáo và có tính đặc trưng");
        assertThat(s.requireCriterion("3.1").option(2).orElseThrow().correction()).get().asString()
                .contains("1/1/3");
        assertThat(s.requireCriterion("1.2").option(1).orElseThrow().correction()).isPresent();
        assertThat(s.knockOuts()).extracting(KnockOut::kind)
                .containsExactly(KnockOutKind.REJECTED, KnockOutKind.REJECTED, KnockOutKind.REJECTED,
                        KnockOutKind.NOT_RATED);
    }

    @Test
    void everyAnomalyOfTheSourceIsResolvedWithANote() {
        assertThat(CATALOG.sheet(4).requireCriterion("7").option(3).orElseThrow())
                .satisfies(o -> assertThat(o.points()).isEqualTo(3))
                .satisfies(o -> assertThat(o.correction()).get().asString().contains("13"));
        assertThat(CATALOG.sheet(11).requireCriterion("6.1.1").option(2).orElseThrow())
                .satisfies(o -> assertThat(o.points()).isEqualTo(1))
                .satisfies(o -> assertThat(o.correction()).get().asString().contains("11"));
        SheetCriterion c23 = CATALOG.sheet(23).requireCriterion("9");
        assertThat(c23.points()).isEqualTo(4);
        assertThat(c23.corrections()).singleElement().asString().contains("\"4 1\"");
        for (int n : new int[] {4, 7, 10, 11}) {
            Option first = CATALOG.sheet(n).requireCriterion("1.2").option(1).orElseThrow();
            assertThat(first.label()).isEqualTo("Không được cấp giấy chứng nhận chất lượng");
            assertThat(first.points()).isZero();
            assertThat(first.correction()).as("sheet %d", n).isPresent();
        }
        assertThat(CATALOG.sheet(1).requireCriterion("1.2").option(1).orElseThrow().correction()).isEmpty();
        Part a26 = CATALOG.sheet(26).parts().get(0);
        assertThat(a26.points()).isEqualTo(40);
        assertThat(a26.corrections()).singleElement().asString().contains("35");
    }

    @Test
    void layoutVariantsAreRead() {
        Sheet tea = CATALOG.sheet(11);
        assertThat(tea.requireCriterion("6.1.1").subgroup()).contains("6.1");
        assertThat(tea.parts().get(2).groups().get(0).subgroups()).extracting(Subgroup::code, Subgroup::points)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("6.1", 4),
                        org.assertj.core.groups.Tuple.tuple("6.2", 11));
        assertThat(CATALOG.sheet(13).requireCriterion("6.1.1").subgroup()).contains("6.1");
        Sheet tourism = CATALOG.sheet(26);
        assertThat(tourism.parts().get(2).title()).isEqualTo("CHẤT LƯỢNG SẢN PHẨM");
        assertThat(tourism.requireCriterion("8").options()).extracting(o -> o.variant().orElseThrow().substring(0, 2))
                .containsExactly("a.", "a.", "b.", "b.");
        KnockOut zero = CATALOG.sheet(16).knockOuts().stream().filter(KnockOut::isAutomatic).findFirst().orElseThrow();
        assertThat(zero.zeroPointsIn()).containsExactly("6.1", "6.2", "6.3", "6.4");
        assertThat(zero.kind()).isEqualTo(KnockOutKind.NOT_RATED);
    }

    @Test
    void unknownSheetOrCriterionIsATypedError() {
        assertThatThrownBy(() -> CATALOG.sheet(27)).isInstanceOf(OcopDataException.class).hasMessageContaining("27");
        assertThatThrownBy(() -> CATALOG.sheet(0)).isInstanceOf(OcopDataException.class);
        assertThatThrownBy(() -> CATALOG.sheet(1).requireCriterion("1.9"))
                .isInstanceOf(OcopDataException.class)
                .hasMessageContaining("sheet 1").hasMessageContaining("1.9");
    }

    private static Sheet readEdited(String from, String to) throws java.io.IOException {
        String name = "qd-26-2026/sheet-01.json";
        String json;
        try (var in = SheetCatalog.class.getResourceAsStream(name)) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(json).contains(from);
        String edited = json.replaceFirst(java.util.regex.Pattern.quote(from), to);
        return SheetCatalog.read(new java.io.ByteArrayInputStream(edited.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Instrument.QD_26_2026, 1, name);
    }

    @Test
    void aBadDataFileIsATypedErrorNamingTheFile() throws java.io.IOException {
        assertThat(readEdited("\"points\" : 18", "\"points\" : 18").number()).isEqualTo(1);
        assertThatThrownBy(() -> readEdited("\"points\" : 18", "\"points\" : 19"))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("qd-26-2026/sheet-01.json")
                .hasMessageContaining("sheet 1").hasMessageContaining("group total 19");
        assertThatThrownBy(() -> readEdited("\"marker\" : 5", "\"marker\" : 2"))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("qd-26-2026/sheet-01.json");
        assertThatThrownBy(() -> readEdited("\"title\"", "\"titel\""))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("unreadable sheet file");
        assertThatThrownBy(() -> readEdited("\"number\" : 1,", "\"number\" : 2,"))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("file names sheet 2");
        // a file names its own instrument and format too
        assertThatThrownBy(() -> readEdited("\"instrument\" : \"26/2026/QĐ-TTg\"", "\"instrument\" : \"148/QĐ-TTg\""))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("file names sheet 1 of '148/QĐ-TTg'");
        assertThatThrownBy(() -> readEdited("\"format\" : 1", "\"format\" : 2"))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("(format 2)");
    }

    @Test
    void instrumentsAreLookedUpByNumber() {
        assertThat(Instrument.byNumber("26/2026/QĐ-TTg")).isEqualTo(Instrument.QD_26_2026);
        assertThatThrownBy(() -> Instrument.byNumber("148/QĐ-TTg")).isInstanceOf(OcopDataException.class);
    }

    @Test
    void aSheetWhoseSumsDoNotCheckIsRejected() {
        Sheet s = CATALOG.sheet(1);
        Part a = s.parts().get(0);
        CriterionGroup g = a.groups().get(0);
        CriterionGroup wrong = new CriterionGroup(g.code(), g.title(), g.points() + 1, g.subgroups(), g.criteria(),
                g.corrections());
        List<CriterionGroup> groups = new java.util.ArrayList<>(a.groups());
        groups.set(0, wrong);
        Part badA = new Part("A", a.title(), 40, groups, a.corrections());
        assertThatThrownBy(() -> new Sheet(s.instrument(), 1, s.title(), s.branch(), s.group(), s.subgroup(),
                s.ministries(), s.knockOuts(), List.of(badA, s.parts().get(1), s.parts().get(2)), s.source()))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("group total 19");
    }
}
