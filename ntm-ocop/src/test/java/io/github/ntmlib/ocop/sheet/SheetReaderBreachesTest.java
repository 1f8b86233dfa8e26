package io.github.ntmlib.ocop.sheet;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.OcopDataException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 15: the sheet reader's breaches, as regression tests. */
class SheetReaderBreachesTest {

    private static Sheet read(String json) {
        return SheetCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Instrument.QD_26_2026,
                1, "sheet-01.json");
    }

    @Test
    void aSheetWithoutInstrumentIsATypedError() {
        assertThatThrownBy(() -> read("{\"format\": 1, \"number\": 1}"))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("sheet-01.json");
    }

    @Test
    void duplicateKeysTrailingTokensAndNullAreTypedErrorsWithTheirLine() {
        assertThatThrownBy(() -> read("{\"format\": 1,\n\"format\": 1}"))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("sheet-01.json:2");
        assertThatThrownBy(() -> read("{\"format\": 1, \"number\": 1}\n\n[]"))
                .isInstanceOf(OcopDataException.class).hasMessageContaining("sheet-01.json:3");
        assertThatThrownBy(() -> read("null")).isInstanceOf(OcopDataException.class)
                .hasMessageContaining("sheet-01.json:1");
    }
}
