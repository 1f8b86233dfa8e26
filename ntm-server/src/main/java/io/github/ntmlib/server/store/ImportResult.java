package io.github.ntmlib.server.store;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The outcome of an import.
 *
 * @param batch   the batch: the new one, or the first import of the same file
 * @param created whether this call imported it (false: the same file was imported before, nothing added)
 * @param added   the rows added (rows equal to stored ones are not added again)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ImportResult(Batch batch, boolean created, int added) {

    /**
     * Validates the components.
     *
     * @param batch   the batch
     * @param created whether this call imported it
     * @param added   the rows added
     */
    public ImportResult {
        Objects.requireNonNull(batch, "batch");
    }
}
