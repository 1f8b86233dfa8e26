package io.github.ntmlib.base.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one fuzz test on the class path, as {@code .ci/fuzz} does for every target in turn (one
 * JVM per target: Jazzer fuzzes one target per run; starting a JVM is much cheaper than a Maven
 * build). Set {@code JAZZER_FUZZ=1} to fuzz; without it the target runs its seeds only.
 */
public final class FuzzMain {

    private FuzzMain() {
    }

    /**
     * Runs a fuzz test.
     *
     * @param args {@code Class#method}, fully qualified (a method of one {@code byte[]} unless
     *             its parameters are given)
     */
    public static void main(String[] args) {
        if (args.length != 1 || !args[0].contains("#")) {
            System.err.println("usage: FuzzMain fully.qualified.Class#method");
            System.exit(2);
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(args[0].contains("(") ? args[0] : args[0] + "(byte[])")).build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        summary.printFailuresTo(new java.io.PrintWriter(System.err, true), 30);
        System.out.println(args[0] + ": " + summary.getTestsSucceededCount() + " passed, "
                + summary.getTotalFailureCount() + " failed, " + summary.getTestsFoundCount() + " found");
        System.exit(summary.getTotalFailureCount() == 0 && summary.getTestsFoundCount() > 0 ? 0 : 1);
    }
}
