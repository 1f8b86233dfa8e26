package io.github.ntmlib.claims;

import io.github.ntmlib.base.Figures;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What the form tests and their properties share: numbers in vi-VN, sums shown briefly, edges counted. */
final class FormChecks {

    private FormChecks() {
    }

    /** A whole number as a vi-VN report prints it ("1.205"). */
    static String vi(long n) {
        return Figures.format(n, Figures.VI);
    }

    /** A decimal number as a vi-VN report prints it ("40,8"). */
    static String vi(BigDecimal n) {
        return Figures.format(n, Figures.VI);
    }

    /** Counts one more example that reached {@code key}. */
    static void count(Map<String, AtomicInteger> reached, String key) {
        reached.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    /** The counts reached, sorted by edge, for an assertion's message. */
    static Map<String, Integer> counts(Map<String, AtomicInteger> reached) {
        Map<String, Integer> counts = new TreeMap<>();
        reached.forEach((k, v) -> counts.put(k, v.get()));
        return counts;
    }

    /** A sum as "stated=parts (n)", with " !" when it is inconsistent. */
    static String sum(AmountSum s) {
        return s.stated().toPlainString() + "=" + s.partsSum().toPlainString() + " (" + s.parts() + ")"
                + (s.isConsistent() ? "" : " !");
    }

    /** Whether a sum states {@code total}. */
    static boolean stated(AmountSum s, int total) {
        return s.stated().compareTo(BigDecimal.valueOf(total)) == 0;
    }
}
