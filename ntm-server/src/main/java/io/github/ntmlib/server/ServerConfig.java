package io.github.ntmlib.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How the server runs. The defaults are the secure ones: bound to 127.0.0.1, no anonymous reads, no
 * cross-origin callers, uploads of at most 32 MB and JSON bodies of at most 1 MB.
 *
 * @param jdbcUrl        the database: {@code jdbc:h2:file:...} or {@code jdbc:postgresql://...}
 * @param user           the database user, or {@code null}
 * @param password       the database password, or {@code null}
 * @param host           the address to bind
 * @param port           the port (0: any free port)
 * @param anonymousReads whether reads need no token
 * @param corsOrigins    the origins (scheme://host[:port]) allowed to call from a browser; empty: none
 * @param maxUploadBytes the largest import file
 * @param maxBodyBytes   the largest JSON request body
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ServerConfig(String jdbcUrl, @Nullable String user, @Nullable String password, String host, int port,
        boolean anonymousReads, List<String> corsOrigins, long maxUploadBytes, long maxBodyBytes) {

    /** The default port. */
    public static final int DEFAULT_PORT = 7070;
    /** The default upload limit: 32 MB. */
    public static final long DEFAULT_MAX_UPLOAD = 32L * 1024 * 1024;
    /** The default JSON body limit: 1 MB. */
    public static final long DEFAULT_MAX_BODY = 1024L * 1024;

    /**
     * Validates the components.
     *
     * @param jdbcUrl        the database
     * @param user           the user
     * @param password       the password
     * @param host           the address
     * @param port           the port
     * @param anonymousReads anonymous reads
     * @param corsOrigins    the allowed origins
     * @param maxUploadBytes the upload limit
     * @param maxBodyBytes   the body limit
     */
    public ServerConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(host, "host");
        corsOrigins = List.copyOf(corsOrigins);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not 0..65535");
        }
        if (maxUploadBytes < 1 || maxBodyBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * The defaults with the embedded database in a directory.
     *
     * @param dataDir the directory of the H2 database file
     * @return the configuration
     */
    public static ServerConfig embedded(Path dataDir) {
        return new ServerConfig(io.github.ntmlib.server.store.Store.embeddedUrl(dataDir), null, null, "127.0.0.1",
                DEFAULT_PORT, false, List.of(), DEFAULT_MAX_UPLOAD, DEFAULT_MAX_BODY);
    }

    /**
     * This configuration on another database.
     *
     * @param url      the JDBC URL
     * @param user     the user, or null
     * @param password the password, or null
     * @return the configuration
     */
    public ServerConfig withDatabase(String url, @Nullable String user, @Nullable String password) {
        return new ServerConfig(url, user, password, host, port, anonymousReads, corsOrigins, maxUploadBytes, maxBodyBytes);
    }

    /**
     * This configuration on another address and port.
     *
     * @param newHost the address
     * @param newPort the port
     * @return the configuration
     */
    public ServerConfig withAddress(String newHost, int newPort) {
        return new ServerConfig(jdbcUrl, user, password, newHost, newPort, anonymousReads, corsOrigins, maxUploadBytes,
                maxBodyBytes);
    }

    /**
     * This configuration with other access rules.
     *
     * @param anonymous whether reads need no token
     * @param origins   the allowed browser origins
     * @return the configuration
     */
    public ServerConfig withAccess(boolean anonymous, List<String> origins) {
        return new ServerConfig(jdbcUrl, user, password, host, port, anonymous, origins, maxUploadBytes, maxBodyBytes);
    }

    /**
     * This configuration with other limits.
     *
     * @param upload the largest import file
     * @param body   the largest JSON body
     * @return the configuration
     */
    public ServerConfig withLimits(long upload, long body) {
        return new ServerConfig(jdbcUrl, user, password, host, port, anonymousReads, corsOrigins, upload, body);
    }
}
