package io.github.ntmlib.base.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Language;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link TextFiles#text(byte[], String)}: an uploaded CSV file's bytes read in the encoding the
 * file-based reader would find — UTF-8 with or without its byte order mark, UTF-16 by its mark,
 * Windows-1258 where the JDK has it — never guessed into a wrong text.
 */
class UploadedTextTest {

    private static final String TEXT = "unit,name\n18100,Xã Hồng Lộc\n";

    @Test
    void utf8WithAndWithoutItsMarkReadsTheSame() {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[plain.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, marked, 3, plain.length);
        assertThat(TextFiles.text(plain, "a.csv")).isEqualTo(TEXT);
        assertThat(TextFiles.text(marked, "a.csv")).isEqualTo(TEXT);
        assertThat(TextFiles.text(new byte[0], "a.csv")).isEmpty();
    }

    @Test
    void utf16ByItsMarkReadsTheSame() {
        byte[] utf16 = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextFiles.text(utf16, "a.csv")).isEqualTo(TEXT);
    }

    @Test
    void windows1258ReadsTheSameTextWhereTheJdkHasIt() {
        assumeThat(Charset.isSupported(TextFiles.WINDOWS_1258)).isTrue();
        // Windows-1258 has "ô" and "Đ" and writes tone marks as combining characters
        byte[] legacy = "unit,name\n18100,H\u00f4\u0323 \u0110\u00f4\u0323\n"
                .getBytes(Charset.forName(TextFiles.WINDOWS_1258));
        assertThat(legacy).doesNotContain((byte) '?');
        assertThat(java.text.Normalizer.normalize(TextFiles.text(legacy, "a.csv"), java.text.Normalizer.Form.NFC))
                .isEqualTo("unit,name\n18100,Hộ Độ\n");
    }

    @Test
    void bytesNoEncodingReadsAreATypedErrorNamingTheFile() {
        byte[] bad = "unit,name\n18100,H\u00f4\n".getBytes(StandardCharsets.ISO_8859_1);
        if (Charset.isSupported(TextFiles.WINDOWS_1258)) {
            // a byte that is a letter in Windows-1258: read, not refused
            assertThat(TextFiles.text(bad, "a.csv")).startsWith("unit,name\n18100,H");
            return;
        }
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, () -> TextFiles.text(bad, "a.csv"));
        assertThat(e).isNotNull();
        assertThat(e.message(Language.VIETNAMESE)).startsWith("a.csv");
    }
}
