package io.github.ntmlib.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a claim's sentence begins and ends: a new line, or a full stop followed by a space or
 * ending the text (never the dot grouping thousands in vi-VN); a semicolon ends a clause for plan
 * claims. A total and its parts are summed only within one sentence, from its very first
 * character.
 */
class ReportClaimsBoundariesTest {

    private static final String SUM = "10/20 xã (đạt 50%), trong đó 4/10 xã (đạt 40%), 6/10 xã (đạt 60%).";

    @Test
    void aTotalAtTheVeryStartOfItsSentenceIsSummed() {
        assertThat(ReportClaims.scan(SUM).sums()).singleElement().satisfies(s -> {
            assertThat(s.offset()).isZero();
            assertThat(s.parts()).isEqualTo(2);
            assertThat(s.isConsistent()).isTrue();
        });
        assertThat(ReportClaims.scan("Mở đầu.\n" + SUM).sums()).singleElement()
                .satisfies(s -> assertThat(s.offset()).isEqualTo(8));
        assertThat(ReportClaims.scan("Mở đầu. " + SUM).sums()).singleElement()
                .satisfies(s -> assertThat(s.text()).isEqualTo(SUM.substring(0, SUM.length() - 1)));
    }

    @Test
    void partsInTheNextSentenceAreNotSummed() {
        String text = "Có 10/20 xã (đạt 50%), trong đó 4/10 xã (đạt 40%), 6/10 xã (đạt 60%). Còn 1/2 xã (đạt 50%).";
        assertThat(ReportClaims.scan(text).sums()).singleElement().satisfies(s -> {
            assertThat(s.parts()).isEqualTo(2);
            assertThat(s.partsSum()).isEqualByComparingTo("10");
        });
        String next = "Có 10/20 xã (đạt 50%), trong đó 4/10 xã (đạt 40%).\n6/10 xã (đạt 60%).";
        assertThat(ReportClaims.scan(next).sums()).as("one part only in the sentence").isEmpty();
        String before = "Năm trước 9/10 xã (đạt 90%). Trong đó 4/10 xã (đạt 40%), 6/10 xã (đạt 60%).";
        assertThat(ReportClaims.scan(before).sums()).as("no total in the sentence").isEmpty();
    }

    @Test
    void aThousandsDotIsNoSentenceEnd() {
        String text = "Có 1.205/1.512 thôn (đạt 79,7%), trong đó 605/756 thôn (đạt 80%), 600/756 thôn (đạt 79,4%).";
        assertThat(ReportClaims.scan(text).sums()).singleElement().satisfies(s -> {
            assertThat(s.offset()).isEqualTo(3);
            assertThat(s.partsSum()).isEqualByComparingTo("1205");
        });
    }

    @Test
    void aPlanClaimIsItsClauseOnly() {
        String text = "Mở đầu. Có thêm 15 xã đạt chuẩn, đạt 75% KH (kế hoạch 20 xã). Năm 2025 có 30 xã.";
        assertThat(ReportClaims.scan(text).claims()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Có thêm 15 xã đạt chuẩn, đạt 75% KH (kế hoạch 20 xã)");
            assertThat(c.offset()).isEqualTo(8);
        });
        // a plan in an earlier clause or line is the whole only when the figures agree (h-claims6); the claim
        // is then the share's own words, and a disagreement is not judged
        for (String before : List.of("Kế hoạch 20 xã; có ", "Kế hoạch 20 xã\ncó ")) {
            assertThat(ReportClaims.scan(before + "15 xã đạt chuẩn, đạt 75% KH.").claims()).as(before)
                    .singleElement().satisfies(c -> {
                        assertThat(c.kind()).isEqualTo(ClaimKind.PLAN);
                        assertThat(c.text()).isEqualTo("15 xã đạt chuẩn, đạt 75%");
                        assertThat(c.isConsistent()).isTrue();
                    });
            assertThat(ReportClaims.scan(before + "15 xã đạt chuẩn, đạt 70% KH.").claims()).as(before).isEmpty();
        }
        assertThat(ReportClaims.scan("Có 15 xã đạt chuẩn, đạt 75% KH.\nKế hoạch 20 xã.").claims())
                .as("the plan stands on the next line").isEmpty();
        assertThat(ReportClaims.scan("Có 15 xã đạt chuẩn, đạt 75% KH. Kế hoạch 20 xã.").claims())
                .as("the plan stands in the next sentence").isEmpty();
        assertThat(ReportClaims.scan("Có 15 xã đạt chuẩn, đạt 75% KH; kế hoạch 20 xã.").claims())
                .as("the plan stands in the next clause").isEmpty();
    }

    /** Bug found by this test: a plan claim after ". " started at the space, one before its text. */
    @Test
    void aClaimsOffsetIsWhereItsTextStarts() throws java.io.IOException {
        String seed;
        try (java.io.InputStream in = ReportClaimsBoundariesTest.class.getResourceAsStream(
                "/seed/ha-tinh-ntm-2024-report.txt")) {
            seed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (String text : java.util.List.of(seed, "Mở đầu.   Có thêm 15 xã đạt chuẩn, đạt 75% KH (kế hoạch 20 xã).",
                "A;  có 4 xã đạt chuẩn, đạt 80% KH (kế hoạch 5 xã)", "Mở đầu. " + SUM)) {
            assertThat(ReportClaims.scan(text).claims()).isNotEmpty().allSatisfy(c ->
                    assertThat(text.startsWith(c.text(), c.offset())).as("%s at %d", c.text(), c.offset()).isTrue());
        }
    }

    @Test
    void aClaimFoundOnceIsNotFoundAgainByAnotherPattern() {
        assertThat(ReportClaims.scan("Có 15/20 xã đạt chuẩn (đạt 75% KH), kế hoạch 20 xã.").claims()).hasSize(1);
    }
}
