package io.github.ntmlib.base;

import java.text.Normalizer;
import org.apiguardian.api.API;

/**
 * Accent- and case-insensitive matching of Vietnamese names.
 *
 * <p>{@link #fold(String)} maps "Huyện Thạch Hà", "huyen thach ha" and "HUYỆN  THẠCH HÀ" to one
 * key: diacritics are removed (NFD decomposition without combining marks), đ/Đ become d, the
 * text is lower-cased in the root locale and runs of white space become one space.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class VietnameseText {

    private VietnameseText() {
    }

    /** The fold of every character below U+1F00 when it is one letter; 0 when it folds to nothing. */
    private static final char[] BASE = new char[0x1F00];

    /** Marks a character the table cannot fold to one letter: the text takes the general path. */
    private static final char SLOW = '\uFFFF';

    static {
        for (char c = 0; c < BASE.length; c++) {
            String folded = slowFold(String.valueOf(c));
            BASE[c] = folded.isEmpty() ? 0 : folded.length() == 1 ? folded.charAt(0) : SLOW;
        }
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
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            char base;
            base = c < BASE.length ? BASE[c] : SLOW;
            if (base == SLOW) {
                return slowFold(text);
            }
            if (base == 0) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(base);
        }
        return out.toString();
    }

    /** The general path, for text with characters beyond the table. */
    private static String slowFold(String text) {
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
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
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
