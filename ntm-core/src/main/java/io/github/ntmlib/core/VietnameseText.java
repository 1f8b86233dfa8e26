package io.github.ntmlib.core;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Accent- and case-insensitive matching of Vietnamese names.
 *
 * <p>{@link #fold(String)} maps "Huyện Thạch Hà", "huyen thach ha" and "HUYỆN  THẠCH HÀ" to one
 * key: diacritics are removed (NFD decomposition without combining marks), đ/Đ become d, the
 * text is lower-cased in the root locale and runs of white space become one space.
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    /**
     * The matching key of a text.
     *
     * @param text any text
     * @return the folded key; empty for a blank text
     */
    public static String fold(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether two texts match once folded.
     *
     * @param a one text
     * @param b another text
     * @return true if {@code fold(a).equals(fold(b))}
     */
    public static boolean matches(String a, String b) {
        return fold(a).equals(fold(b));
    }
}
