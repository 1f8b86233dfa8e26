package io.github.ntmlib.claims;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.NumberStyle;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of a Vietnamese report text, in one linear pass: numbers in vi-VN form ("1.224",
 * "62,93": a comma or dot joined to digits on both sides belongs to the number, so a decimal comma
 * never breaks a clause), words (lower-cased), the percent sign, slashes, parentheses, clause
 * punctuation and sentence ends (a dot followed by a space, a line end or the text's end; a line end
 * itself). Every number is parsed by ntm-base's one parser under its limits (64 characters, 40
 * significant digits); one beyond them is a number token without a value, never a claim's figure.
 */
final class Tokens {

    static final byte NUM = 1;
    static final byte WORD = 2;
    static final byte PCT = 3;
    static final byte SLASH = 4;
    static final byte OPEN = 5;
    static final byte CLOSE = 6;
    static final byte COMMA = 7;
    static final byte SEMI = 8;
    static final byte COLON = 9;
    static final byte END = 10;
    static final byte LINE = 11;
    static final byte DASH = 12;
    static final byte ELLIPSIS = 13;
    static final byte QUOTE = 14;
    static final byte OTHER = 15;

    /** The words of each phrase looked for, split once. */
    private static final java.util.Map<String, String[]> PHRASES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The longest number text read; longer runs are consumed whole but never parsed. */
    private static final int NUMBER_TEXT = 64;

    final String text;
    int size;
    byte[] type = new byte[64];
    int[] start = new int[64];
    int[] end = new int[64];
    /** Per token: its paren depth (at its start). */
    int[] depth = new int[64];
    /** Per token: the index of the first token of its sentence. */
    int[] sentence = new int[64];
    BigDecimal[] value = new BigDecimal[64];
    String[] word = new String[64];

    private Tokens(String text) {
        this.text = text;
    }

    static Tokens of(String text) {
        Tokens t = new Tokens(text);
        t.read();
        return t;
    }

    private void read() {
        String s = text;
        int n = s.length();
        int i = 0;
        int d = 0;
        int sentenceStart = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                // a run of line ends and blanks between them is one token: a blank line is one boundary
                int j = i + 1;
                int end = j;
                while (j < n && (Character.isWhitespace(s.charAt(j)) || Figures.isSpace(s.charAt(j)))) {
                    j++;
                    if (s.charAt(j - 1) == '\n' || s.charAt(j - 1) == '\r') {
                        end = j;
                    }
                }
                j = end;
                add(LINE, i, j, d, sentenceStart);
                sentenceStart = size;
                i = j;
            } else if (Character.isWhitespace(c) || Figures.isSpace(c)) {
                i++;
            } else if (c >= '0' && c <= '9') {
                int j = i + 1;
                while (j < n) {
                    char x = s.charAt(j);
                    if (x >= '0' && x <= '9' || (x == '.' || x == ',') && j + 1 < n && isDigit(s.charAt(j + 1))) {
                        j++;
                    } else {
                        break;
                    }
                }
                add(NUM, i, j, d, sentenceStart);
                value[size - 1] = number(s, i, j);
                i = j;
            } else if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetter(s.charAt(j)) || Character.getType(s.charAt(j)) == Character.NON_SPACING_MARK)) {
                    j++;
                }
                add(WORD, i, j, d, sentenceStart);
                word[size - 1] = s.substring(i, j).toLowerCase(Locale.ROOT);
                i = j;
            } else if (c == '.' || c == '…') {
                int j = i + 1;
                while (j < n && s.charAt(j) == '.') {
                    j++;
                }
                if (c == '…' || j - i >= 2) {
                    add(ELLIPSIS, i, j, d, sentenceStart);
                } else if ((j == n || Character.isWhitespace(s.charAt(j)) || Figures.isSpace(s.charAt(j))
                        || s.charAt(j) == '/' || s.charAt(j) == '"' || s.charAt(j) == '”' || s.charAt(j) == ')')
                        && !lowerCaseAfter(s, j) && !abbreviation(i)) {
                    add(END, i, j, d, sentenceStart);
                    sentenceStart = size;
                } else {
                    add(OTHER, i, j, d, sentenceStart);
                }
                i = j;
            } else {
                byte kind;
                switch (c) {
                    case '%' -> kind = PCT;
                    case '/' -> kind = SLASH;
                    case '(' -> kind = OPEN;
                    case ')' -> kind = CLOSE;
                    case ',' -> kind = COMMA;
                    case ';' -> kind = SEMI;
                    case ':' -> kind = COLON;
                    case '-', '–', '—' -> kind = DASH;
                    case '"', '“', '”' -> kind = QUOTE;
                    default -> kind = OTHER;
                }
                if (kind == CLOSE && d > 0) {
                    d--;
                }
                add(kind, i, i + 1, d, sentenceStart);
                if (kind == OPEN) {
                    d++;
                }
                i++;
            }
        }
    }

    /**
     * Whether the first character after the blanks from {@code j} on the same line is a lower-case
     * letter: "Trong số 47 xã còn lại. có 21 xã …" is one sentence with a stray dot, never two.
     */
    private static boolean lowerCaseAfter(String s, int j) {
        int k = j;
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t' || Figures.isSpace(s.charAt(k)))) {
            k++;
        }
        return k > j && k < s.length() && Character.isLowerCase(s.charAt(k));
    }

    /** Abbreviations a dot closes without ending a sentence: "TP. Pleiku", "TX. Buôn Hồ", "Tp. Hồ Chí Minh". */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("tp", "tx", "tt", "ths", "ts", "pgs", "gs");

    /** Whether the dot at {@code dot} closes an abbreviation: the word token right before it, with no space between. */
    private boolean abbreviation(int dot) {
        if (size == 0 || type[size - 1] != WORD || end[size - 1] != dot) {
            return false;
        }
        String w = word[size - 1];
        return ABBREVIATIONS.contains(w);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A number token's value in vi-VN form, or null when it is out of limits or malformed ("1,2,3"). */
    private static @Nullable BigDecimal number(String s, int from, int to) {
        if (to - from > NUMBER_TEXT) {
            return null;
        }
        String text = s.substring(from, to);
        try {
            return Figures.parse(text, NumberStyle.VI_VN);
        } catch (InvalidDataException e) {
            // "6.45", "59.18": one dot followed by other than three digits can only be a decimal point
            int dot = text.indexOf('.');
            if (dot > 0 && dot == text.lastIndexOf('.') && text.indexOf(',') < 0 && text.length() - dot - 1 != 3) {
                try {
                    return Figures.parse(text, NumberStyle.PLAIN);
                } catch (InvalidDataException plain) {
                    return null;
                }
            }
            return null;
        }
    }

    private void add(byte kind, int from, int to, int d, int sentenceStart) {
        if (size == type.length) {
            int capacity = size * 2;
            type = Arrays.copyOf(type, capacity);
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            depth = Arrays.copyOf(depth, capacity);
            sentence = Arrays.copyOf(sentence, capacity);
            value = Arrays.copyOf(value, capacity);
            word = Arrays.copyOf(word, capacity);
        }
        type[size] = kind;
        start[size] = from;
        end[size] = to;
        depth[size] = d;
        sentence[size] = sentenceStart;
        size++;
    }

    boolean is(int i, byte kind) {
        return i >= 0 && i < size && type[i] == kind;
    }

    /** Whether token {@code i} is the word {@code w} (lower case). */
    boolean word(int i, String w) {
        return is(i, WORD) && word[i].equals(w);
    }

    /** Whether tokens from {@code i} are the words of {@code phrase} (lower case, single spaces). */
    boolean phrase(int i, String phrase) {
        if (!is(i, WORD) || !phrase.startsWith(word[i])) {
            return false;
        }
        String[] words = PHRASES.computeIfAbsent(phrase, p -> p.split(" "));
        for (int k = 0; k < words.length; k++) {
            if (!word(i + k, words[k])) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code i} ends a sentence (a dot before a space, or a line end). */
    boolean sentenceEnd(int i) {
        return type[i] == END || type[i] == LINE;
    }

    /** Whether token {@code i} ends a clause: a sentence end or ';'. */
    boolean clauseEnd(int i) {
        return sentenceEnd(i) || type[i] == SEMI;
    }

    /** A readable number at {@code i}, or null. */
    @Nullable BigDecimal number(int i) {
        return is(i, NUM) ? value[i] : null;
    }

    /** Whether the number at {@code i} is written as an ungrouped year 1900-2099 ("2024"). */
    boolean year(int i) {
        if (!is(i, NUM) || end[i] - start[i] != 4) {
            return false;
        }
        char a = text.charAt(start[i]);
        char b = text.charAt(start[i] + 1);
        return a == '1' && b == '9' || a == '2' && b == '0';
    }
}
