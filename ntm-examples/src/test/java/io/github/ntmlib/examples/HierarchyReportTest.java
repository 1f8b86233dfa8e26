package io.github.ntmlib.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.core.locality.gso.GsoLists;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HierarchyReportTest {

    @Test
    void printsHaTinhByKindOnTheThreeDatesAndWhatChanged() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        HierarchyReport.print(GsoLists.haTinh(), "42",
                List.of(LocalDate.of(2024, 11, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 7, 1)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("district level:  13 (10 huyện, 2 thị xã, 1 thành phố thuộc tỉnh)")
                .contains("commune level:   210 (171 xã, 25 phường, 14 thị trấn)")
                .contains("commune level:   69 (60 xã, 9 phường)")
                .contains("dissolved: Huyện Lộc Hà -> Huyện Thạch Hà, Thành phố Hà Tĩnh")
                .contains("reclassified: Xã Kỳ Đồng -> Thị trấn Kỳ Đồng (xã -> thị trấn)")
                .contains("level abolished: district (12 units)")
                .contains("Merge=69");
    }
}
