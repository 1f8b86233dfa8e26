package io.github.ntmlib.server;

/** The test client, every response held against the OpenAPI document (see {@link OpenApiCheck}). */
final class OpenApiCheckedHttp extends Http {

    OpenApiCheckedHttp(String base) {
        super(base);
    }

    @Override
    Response send(String method, String path, String token, String contentType, byte[] body) {
        Response r = super.send(method, path, token, contentType, body);
        OpenApiCheck.instance().check(method, path, r);
        return r;
    }

    @Override
    Response postLarge(String path, String token, String contentType, byte[] body) {
        Response r = super.postLarge(path, token, contentType, body);
        OpenApiCheck.instance().check("POST", path, r);
        return r;
    }
}
