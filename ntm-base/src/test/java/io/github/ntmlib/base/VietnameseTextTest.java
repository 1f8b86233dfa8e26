package io.github.ntmlib.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldsVietnameseNames() {
        assertThat(VietnameseText.fold("Huyện Thạch Hà")).isEqualTo("huyen thach ha");
        assertThat(VietnameseText.fold("  ĐẶC KHU  Vân Đồn ")).isEqualTo("dac khu van don");
        assertThat(VietnameseText.fold("Xã Cẩm Vịnh")).isEqualTo(VietnameseText.fold("xa cam vinh"));
        assertThat(VietnameseText.matches("Thạch Hạ", "Thạch Hà")).isTrue();
        assertThat(VietnameseText.fold("")).isEmpty();
    }

    @Test
    void decomposedAndPrecomposedTextFoldAlike() {
        qt().forAll(strings().betweenCodePoints(0x20, 0x1EFF).ofLengthBetween(0, 20)).checkAssert(text -> {
            String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
            String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
            assertThat(VietnameseText.fold(nfd)).isEqualTo(VietnameseText.fold(nfc));
        });
    }

    private static final String ALPHABET = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrst"
            + "uùúủũụưừứửữựvxyỳýỷỹỵ ";

    @Test
    void vietnameseTextFoldsAlikeInEitherCase() {
        qt().forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 25)).checkAssert(picks -> {
            StringBuilder text = new StringBuilder();
            picks.forEach(i -> text.append(ALPHABET.charAt(i)));
            String lower = text.toString();
            assertThat(VietnameseText.fold(lower.toUpperCase(Locale.ROOT))).isEqualTo(VietnameseText.fold(lower));
            assertThat(VietnameseText.fold(lower)).matches("[a-z ]*");
        });
    }

    @Test
    void foldIsIdempotent() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 30)).checkAssert(text ->
                assertThat(VietnameseText.fold(VietnameseText.fold(text))).isEqualTo(VietnameseText.fold(text)));
    }

    @Test
    void everyKindOfSpaceSeparatesWordsAsOneSpace() {
        // tabs, line ends and the no-break spaces spreadsheets write all part two words, never join them
        for (String space : new String[] {"\t", "\n", "\u00a0", "\u202f", "\u2007", " \t\u00a0 "}) {
            assertThat(VietnameseText.fold("Thạch" + space + "Hà")).as("U+%04X", (int) space.charAt(0))
                    .isEqualTo("thach ha");
        }
        assertThat(VietnameseText.matches("Cẩm\u00a0Vịnh", "cam\tvinh")).isTrue();
        assertThat(VietnameseText.matches("Cẩm Vịnh", "Cẩmvịnh")).isFalse();
    }
}
