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

    /**
     * A POST of a large body as curl sends one: headers with "Expect: 100-continue" first, the body
     * only when the server answers "100 Continue". A server that refuses the size (413) answers at
     * once and the body is never written to a connection it closes, so the answer is always read
     * (a plain client may fail writing, depending on timing).
     */
    Response postLarge(String path, String token, String contentType, byte[] body) {
        URI uri = URI.create(base + path);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "Content-Type: " + contentType
                    + "\r\nContent-Length: " + body.length + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            java.io.BufferedInputStream in = new java.io.BufferedInputStream(socket.getInputStream());
            Response first = readResponse(in);
            if (first.status() != 100) {
                return first;
            }
            out.write(body);
            out.flush();
            return readResponse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response readResponse(java.io.BufferedInputStream in) throws IOException {
        String status = line(in);
        int code = Integer.parseInt(status.split(" ")[1]);
        String type = "null";
        int length = -1;
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            String name = h.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
            String value = h.substring(colon + 1).trim();
            if (name.equals("content-type")) {
                type = value;
            } else if (name.equals("content-length")) {
                length = Integer.parseInt(value);
            }
        }
        if (code == 100) {
            return new Response(code, type, "");
        }
        byte[] body = length >= 0 ? in.readNBytes(length) : in.readAllBytes();
        return new Response(code, type, new String(body, StandardCharsets.UTF_8));
    }

    private static String line(java.io.BufferedInputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                text.append((char) b);
            }
        }
        return text.toString();
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
