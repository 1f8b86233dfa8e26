package io.github.ntmlib.testkit.conformance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What the conformance kit found: the failures of each check and how many cases each check tried
 * (a check that tried nothing proves nothing, and says so).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ConformanceReport {

    private final String set;
    private final List<Failure> failures;
    private final Map<Check, Integer> tried;

    ConformanceReport(String set, List<Failure> failures, Map<Check, Integer> tried) {
        this.set = set;
        this.failures = List.copyOf(failures);
        this.tried = new EnumMap<>(tried);
    }

    /**
     * Every failure.
     *
     * @return the failures, in check order
     */
    public List<Failure> failures() {
        return failures;
    }

    /**
     * The failures of one check.
     *
     * @param check the check
     * @return its failures
     */
    public List<Failure> failures(Check check) {
        return failures.stream().filter(f -> f.check() == check).toList();
    }

    /**
     * How many cases a check tried.
     *
     * @param check the check
     * @return the number of cases
     */
    public int tried(Check check) {
        return tried.getOrDefault(check, 0);
    }

    /**
     * Throws when a check failed, listing every failure.
     *
     * @param check the check
     * @throws AssertionError naming the set and each failure
     */
    public void assertPasses(Check check) {
        List<Failure> list = failures(check);
        if (!list.isEmpty()) {
            throw new AssertionError("criteria set " + set + " fails " + check + ":\n  " + list.stream()
                    .map(Failure::toString).collect(Collectors.joining("\n  ")));
        }
    }

    /**
     * Throws when any check failed.
     *
     * @throws AssertionError naming the set and each failure
     */
    public void assertPasses() {
        if (!failures.isEmpty()) {
            throw new AssertionError("criteria set " + set + " fails the conformance kit:\n  " + failures.stream()
                    .map(Failure::toString).collect(Collectors.joining("\n  ")));
        }
    }

    @Override
    public String toString() {
        return "ConformanceReport[" + set + ", tried " + tried + ", " + failures.size() + " failures]";
    }
}
