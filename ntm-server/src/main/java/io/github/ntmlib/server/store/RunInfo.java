package io.github.ntmlib.server.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation run as stored.
 *
 * @param id            the run number
 * @param request       the request, as its JSON text
 * @param criteriaSet   the criteria set used, once known
 * @param status        RUNNING, FINISHED or FAILED
 * @param inputsDigest  the SHA-256 over the digests of what it read (hierarchy, batches, overlay, request), once known
 * @param resultsDigest the SHA-256 of its full ntm.evaluation/3 document, once finished
 * @param requestedBy   who started it
 * @param startedAt     when it started
 * @param finishedAt    when it ended, or null while running
 * @param problem       why it failed (English), or null
 * @param problemVi     why it failed (Vietnamese), or null
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RunInfo(long id, String request, @Nullable String criteriaSet, String status, @Nullable String inputsDigest,
        @Nullable String resultsDigest, String requestedBy, Instant startedAt, @Nullable Instant finishedAt,
        @Nullable String problem, @Nullable String problemVi) {

    /** Running. */
    public static final String RUNNING = "RUNNING";
    /** Finished: its results are stored. */
    public static final String FINISHED = "FINISHED";
    /** Failed: {@link #problem()} says why. */
    public static final String FAILED = "FAILED";

    /**
     * Validates the components.
     *
     * @param id            the run number
     * @param request       the request
     * @param criteriaSet   the criteria set
     * @param status        the status
     * @param inputsDigest  the inputs' digest
     * @param resultsDigest the results' digest
     * @param requestedBy   who started it
     * @param startedAt     when it started
     * @param finishedAt    when it ended
     * @param problem       why it failed
     * @param problemVi     why it failed, in Vietnamese
     */
    public RunInfo {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /**
     * When it ended.
     *
     * @return the end, if it has ended
     */
    public Optional<Instant> end() {
        return Optional.ofNullable(finishedAt);
    }
}
