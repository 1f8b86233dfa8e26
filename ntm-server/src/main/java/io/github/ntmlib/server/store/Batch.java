package io.github.ntmlib.server.store;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One imported file.
 *
 * @param id         the batch number
 * @param kind       what the file holds
 * @param target     the hierarchy, dataset or overlay it was imported into
 * @param fileName   the file's name as uploaded
 * @param digest     the SHA-256 of the file's bytes, in hexadecimal
 * @param importedBy who imported it (the token's label)
 * @param importedAt when
 * @param rowCount   the rows (or units) the file holds
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Batch(long id, ImportKind kind, String target, String fileName, String digest, String importedBy,
        Instant importedAt, int rowCount) {

    /**
     * Validates the components.
     *
     * @param id         the batch number
     * @param kind       what the file holds
     * @param target     the hierarchy, dataset or overlay
     * @param fileName   the file's name
     * @param digest     the SHA-256 of the file
     * @param importedBy who imported it
     * @param importedAt when
     * @param rowCount   the rows
     */
    public Batch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(importedBy, "importedBy");
        Objects.requireNonNull(importedAt, "importedAt");
    }
}
