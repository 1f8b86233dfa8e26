package io.github.ntmlib.server.store;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The outcome of an import.
 *
 * @param batch   the batch: the new one, or the first import of the same file
 * @param created whether this call imported it (false: the same file was imported before, nothing added)
 * @param added    the rows added (rows equal to stored ones are not added again)
 * @param warnings what the reader noted without refusing the file (a workbook's formula cells read as
 *                 their cached values), each with its cell; empty for a file imported before
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ImportResult(Batch batch, boolean created, int added, List<String> warnings) {

    /**
     * Validates the components.
     *
     * @param batch   the batch
     * @param created whether this call imported it
     * @param added    the rows added
     * @param warnings the reader's warnings
     */
    public ImportResult {
        Objects.requireNonNull(batch, "batch");
        warnings = List.copyOf(warnings);
    }
}
