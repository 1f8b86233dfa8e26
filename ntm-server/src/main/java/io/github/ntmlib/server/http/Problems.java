package io.github.ntmlib.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.server.store.ConflictException;
import io.github.ntmlib.server.store.NotFoundException;
import io.github.ntmlib.server.store.StoreUnavailableException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Errors as RFC 9457 problem documents ({@code application/problem+json}): type, title, status,
 * detail in the caller's language ({@code ?lang=en}, else Vietnamese), and for bad input the file,
 * line, cell, unit and field, with the message in both languages. Never a stack trace.
 */
final class Problems {

    static final String CONTENT_TYPE = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    /** The language a request asks for: {@code ?lang=en}, else Vietnamese. */
    static Language language(Context ctx) {
        String lang = ctx.queryParam("lang");
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Language.ENGLISH : Language.VIETNAMESE;
    }

    static void write(Context ctx, int status, String type, String title, Labels detail) {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", "urn:ntm:problem:" + type);
        n.put("title", title);
        n.put("status", status);
        n.put("detail", detail.in(language(ctx)));
        ObjectNode messages = n.putObject("messages");
        messages.put("vi", detail.vietnamese());
        messages.put("en", detail.english());
        send(ctx, status, n);
    }

    private static void send(Context ctx, int status, ObjectNode n) {
        // bytes: Javalin would encode a String for a content type it does not know in ISO-8859-1
        ctx.status(status).contentType(CONTENT_TYPE).result(n.toString().getBytes(StandardCharsets.UTF_8));
    }

    static void invalid(Context ctx, InvalidDataException e) {
        int status = e instanceof NotFoundException ? 404 : e instanceof ConflictException ? 409
                : e.position().source().equals("<api>") ? 400 : 422;
        String type = e instanceof NotFoundException ? "not-found" : e instanceof ConflictException ? "conflict"
                : status == 400 ? "bad-request" : "invalid-data";
        String title = e instanceof NotFoundException ? "Not found" : e instanceof ConflictException
                ? "Conflicts with stored data" : status == 400 ? "Bad request" : "Invalid data";
        Language language = language(ctx);
        ObjectNode n = JSON.createObjectNode();
        n.put("type", "urn:ntm:problem:" + type);
        n.put("title", title);
        n.put("status", status);
        // a request's own field: the reason alone (the field and unit are members); a file: the whole message
        boolean api = e.position().source().equals("<api>");
        n.put("detail", api ? e.reason(language) : e.message(language));
        ObjectNode messages = n.putObject("messages");
        messages.put("vi", api ? e.reason(Language.VIETNAMESE) : e.message(Language.VIETNAMESE));
        messages.put("en", api ? e.reason(Language.ENGLISH) : e.message(Language.ENGLISH));
        if (!e.position().source().equals("<api>")) {
            n.put("file", e.position().source());
            e.position().lineNumber().ifPresent(line -> {
                if (line > 0) {
                    n.put("line", line);
                }
            });
            e.position().cellReference().ifPresent(cell -> n.put("cell", cell));
        }
        e.subject().ifPresent(s -> n.put("unit", s));
        e.field().ifPresent(f -> n.put("field", f));
        n.put("reason", e.reason(language));
        send(ctx, status, n);
    }

    static void handle(Exception e, Context ctx) {
        if (e instanceof InvalidDataException d) {
            invalid(ctx, d);
        } else if (e instanceof Access.Denied d) {
            if (d.status == 401) {
                ctx.header("WWW-Authenticate", "Bearer");
            }
            write(ctx, d.status, d.status == 401 ? "unauthorized" : "forbidden",
                    d.status == 401 ? "Unauthorized" : "Forbidden", d.reason);
        } else if (e instanceof StoreUnavailableException) {
            ctx.header("Retry-After", "5");
            write(ctx, 503, "unavailable", "Service unavailable", Labels.of(
                    "không kết nối được cơ sở dữ liệu; hãy thử lại sau", "the database is unreachable; try again later"));
        } else if (e instanceof TooLarge t) {
            write(ctx, 413, "too-large", "Content too large", Labels.of(
                    "nội dung quá lớn: giới hạn là " + t.limit + " byte", "the content is too large: the limit is "
                            + t.limit + " bytes"));
        } else if (e instanceof HttpResponseException h) {
            int status = h.getStatus();
            write(ctx, status, status == 413 ? "too-large" : "http-" + status, h.getMessage() == null ? "Error"
                    : h.getMessage(), status == 413 ? Labels.of("nội dung quá lớn", "the content is too large")
                    : Labels.of("yêu cầu không xử lý được (mã " + status + ")", "the request cannot be served ("
                            + status + ")"));
        } else {
            String incident = UUID.randomUUID().toString();
            System.err.println("ntm-server: incident " + incident + ": " + e);
            write(ctx, 500, "internal", "Internal error", Labels.of("lỗi máy chủ; mã sự cố " + incident,
                    "internal error; incident " + incident));
        }
    }

    /** A body beyond its limit. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long limit;

        TooLarge(long limit) {
            super("too large");
            this.limit = limit;
        }
    }
}
