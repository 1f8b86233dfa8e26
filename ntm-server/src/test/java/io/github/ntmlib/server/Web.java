package io.github.ntmlib.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A browser-like HTTP client for the dashboard's tests: no redirects followed, a cookie sent by hand. */
final class Web {

    record Page(int status, String contentType, Map<String, List<String>> headers, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        String header(String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
                    return String.join("\n", e.getValue());
                }
            }
            return null;
        }
    }

    private final String base;

    Web(String base) {
        this.base = base;
    }

    Page get(String path, String cookie) {
        return send("GET", path, cookie, null);
    }

    Page postForm(String path, String cookie, String form) {
        return send("POST", path, cookie, form);
    }

    private Page send(String method, String path, String cookie, String form) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            c.setInstanceFollowRedirects(false);
            c.setRequestMethod(method);
            if (cookie != null) {
                c.setRequestProperty("Cookie", cookie);
            }
            if (form != null) {
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
                try (OutputStream out = c.getOutputStream()) {
                    out.write(form.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = c.getResponseCode();
            InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
            byte[] bytes = in == null ? new byte[0] : in.readAllBytes();
            return new Page(status, String.valueOf(c.getContentType()), c.getHeaderFields(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
