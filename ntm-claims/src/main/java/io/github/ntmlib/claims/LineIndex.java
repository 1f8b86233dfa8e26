package io.github.ntmlib.claims;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * The line of any offset of a text, computed once (one pass over the text) and looked up by binary
 * search: reporting the lines of n claims costs O(text + n log lines), never O(text × n).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LineIndex {

    private final int[] starts;
    private final int lines;

    private LineIndex(int[] starts, int lines) {
        this.starts = starts;
        this.lines = lines;
    }

    /**
     * Indexes a text's lines (a line ends at '\n').
     *
     * @param text the text
     * @return its index
     */
    public static LineIndex of(String text) {
        int[] starts = new int[16];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return new LineIndex(starts, n);
    }

    /**
     * The line of an offset, from 1.
     *
     * @param offset an offset in the text, at least 0
     * @return its line
     */
    public int line(int offset) {
        int lo = 0;
        int hi = lines - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }
}
