package io.github.ntmlib.testkit;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apiguardian.api.API;

/**
 * Counts the edges a generator reached ("merge", "reclassified", "at threshold", ...), so that a
 * test can assert its generators reach what they are meant to. Thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Reach {

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    /** An empty counter. */
    public Reach() {
        // counts are added as edges are reached
    }

    /**
     * Counts one more of an edge.
     *
     * @param edge the edge's name
     */
    public void hit(String edge) {
        counts.computeIfAbsent(edge, k -> new AtomicLong()).incrementAndGet();
    }

    /**
     * How often an edge was reached.
     *
     * @param edge the edge's name
     * @return the count
     */
    public long count(String edge) {
        AtomicLong n = counts.get(edge);
        return n == null ? 0 : n.get();
    }

    /**
     * Every count.
     *
     * @return edge to count, sorted by edge
     */
    public Map<String, Long> counts() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    @Override
    public String toString() {
        return "Reach" + counts();
    }
}
