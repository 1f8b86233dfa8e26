package io.github.ntmlib.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A small HTTP client for the tests (java.base only). */
class Http {

    /** A response. */
    record Response(int status, String contentType, String body) {
    }

    private final String base;

    Http(String base) {
        this.base = base;
    }

    Response get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    Response post(String path, String token, String contentType, byte[] body) {
        return send("POST", path, token, contentType, body);
    }

    Response send(String method, String path, String token, String contentType, byte[] body) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            c.setRequestMethod(method);
            if (token != null) {
                c.setRequestProperty("Authorization", "Bearer " + token);
            }
            if (body != null) {
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", contentType);
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body);
                } catch (IOException e) {
                    // the server may refuse before reading (413): read its answer below
                }
            }
            int status = c.getResponseCode();
            InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Response(status, String.valueOf(c.getContentType()), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
