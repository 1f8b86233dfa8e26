package io.github.ntmlib.benchmarks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Worlds by name, built once per JVM: "national" or a number of synthetic communes. */
final class Worlds {

    private static final Map<String, World> CACHE = new ConcurrentHashMap<>();

    private Worlds() {
    }

    static World get(String name) {
        return CACHE.computeIfAbsent(name, n -> "national".equals(n) ? World.national()
                : World.synthetic(Integer.parseInt(n)));
    }
}
