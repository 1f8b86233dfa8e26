package io.github.ntmlib.core.locality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.core.locality.io.ChangesCsv;
import io.github.ntmlib.core.locality.io.LocalityJson;
import io.github.ntmlib.core.locality.io.UnitsCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The shipped GSO files are written back byte for byte, and the histories survive JSON. */
class RealDataRoundTripTest {

    private static String resource(String path) throws IOException {
        try (InputStream in = GsoLists.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ha-tinh/units-2024-11-01.csv", "ha-tinh/units-2025-03-01.csv",
        "ha-tinh/units-2025-07-01.csv"})
    void gsoListsAreWrittenBackByteForByte(String file) throws IOException {
        String text = resource(file);
        Snapshot snapshot = UnitsCsv.read(new StringReader(text), file, LocalDate.of(2025, 1, 1));
        StringWriter out = new StringWriter();
        UnitsCsv.write(snapshot, out);
        assertThat(out.toString()).isEqualTo(text);
    }

    @Test
    void theMarch2025NationalListIsWrittenBackWithStrayEdgeSpacesTrimmed() throws IOException {
        String text = resource("vn/units-2025-03-01.csv");
        Snapshot snapshot = UnitsCsv.read(new StringReader(text), "vn", LocalDate.of(2025, 3, 1));
        StringWriter out = new StringWriter();
        UnitsCsv.write(snapshot, out);
        assertThat(out.toString()).isEqualTo(text.replace(" \r\n", "\r\n"));
        assertThat(snapshot.require("19306").name()).isEqualTo("Xã Ngư Thủy");
    }

    @Test
    void theJuly2025NationalListRoundTripsWithItsKindsFilledIn() throws IOException {
        String text = resource("vn/units-2025-07-01.csv");
        Snapshot snapshot = UnitsCsv.read(new StringReader(text), "vn", LocalDate.of(2025, 7, 1));
        StringWriter out = new StringWriter();
        UnitsCsv.write(snapshot, out);
        assertThat(out.toString()).contains("01,,PROVINCE,Thành phố Trung ương,Thành phố Hà Nội")
                .contains("06994,22,COMMUNE,Đặc khu,Đặc khu Vân Đồn");
        assertThat(UnitsCsv.read(new StringReader(out.toString()), "vn", LocalDate.of(2025, 7, 1))).isEqualTo(snapshot);
    }

    @Test
    void theHaTinhHistoryRoundTripsThroughJson() {
        LocalityHistory history = GsoLists.haTinh();
        StringWriter out = new StringWriter();
        LocalityJson.write(history, out);
        assertThat(LocalityJson.readHistory(new StringReader(out.toString()), "ha-tinh.json")).isEqualTo(history);
    }

    @Test
    void theChangeListIsWrittenBackByteForByte() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/gso/changes-2025-01-01.csv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringWriter out = new StringWriter();
        ChangesCsv.write(ChangesCsv.read(new StringReader(text), "changes"), out);
        assertThat(out.toString()).isEqualTo(text);
        StringWriter derived = new StringWriter();
        ChangesCsv.write(GsoLists.haTinh().diff(LocalDate.of(2024, 11, 1), LocalDate.of(2025, 3, 1)), derived);
        assertThat(derived.toString()).isEqualTo(text);
    }

    @Test
    void readersAcceptAnInputStreamReader() throws IOException {
        try (InputStream in = GsoLists.class.getResourceAsStream("ha-tinh/units-2025-07-01.csv")) {
            Snapshot s = UnitsCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), "x", LocalDate.of(2025, 7, 1));
            assertThat(s.size()).isEqualTo(70);
        }
    }
}
