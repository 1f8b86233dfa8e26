package io.github.ntmlib.server.http;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.server.store.Role;
import io.github.ntmlib.server.store.Tokens;
import io.javalin.http.Context;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Bearer-token access: who calls, and whether they may. */
public final class Access {

    /** The attribute holding the caller's label. */
    static final String ACTOR = "ntm.actor";

    private Access() {
    }

    /**
     * What a request needs.
     *
     * @param role the role, or null when anyone may call
     * @param read whether it is a read (anonymous when the server allows anonymous reads)
     */
    public record Need(@Nullable Role role, boolean read) {
        /** Anyone. */
        public static final Need ANYONE = new Need(null, true);
        /** A read. */
        public static final Need READ = new Need(Role.READER, true);
        /** An import or a run. */
        public static final Need IMPORT = new Need(Role.IMPORTER, false);
        /** Token administration. */
        public static final Need ADMIN = new Need(Role.ADMIN, false);
    }

    /** A refused request: 401 (no or unknown token) or 403 (a token without the role). */
    public static final class Denied extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final transient Labels reason;

        Denied(int status, Labels reason) {
            super(reason.english());
            this.status = status;
            this.reason = reason;
        }

        /**
         * The status.
         *
         * @return 401 or 403
         */
        public int status() {
            return status;
        }

        /**
         * Why.
         *
         * @return the reason in both languages
         */
        public Labels reason() {
            return reason;
        }
    }

    /**
     * Whether a token is a live one with a role at least the given one.
     *
     * @param tokens the tokens
     * @param token  the token
     * @param role   the role
     * @return whether it may
     */
    public static boolean allows(Tokens tokens, String token, Role role) {
        return tokens.check(token).map(h -> h.role().includes(role)).orElse(false);
    }

    /**
     * Checks a request, and records who calls.
     *
     * @param ctx            the request
     * @param need           what it needs
     * @param tokens         the tokens
     * @param anonymousReads whether reads need no token
     */
    static void check(Context ctx, Need need, Tokens tokens, boolean anonymousReads, @Nullable String credential) {
        String header = ctx.header("Authorization");
        if (header == null && credential != null && !credential.isBlank()) {
            header = "Bearer " + credential;
        }
        Optional<Tokens.Holder> holder = Optional.empty();
        if (header != null) {
            if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new Denied(401, Labels.of("cần mã truy cập dạng 'Bearer <mã>'",
                        "the Authorization header must be 'Bearer <token>'"));
            }
            holder = tokens.check(header.substring(7).trim());
            if (holder.isEmpty()) {
                throw new Denied(401, Labels.of("mã truy cập không đúng hoặc đã bị thu hồi",
                        "the token is unknown or revoked"));
            }
            ctx.attribute(ACTOR, holder.get().label());
        } else {
            ctx.attribute(ACTOR, "anonymous");
        }
        Role role = need.role();
        if (role == null || need.read() && anonymousReads && holder.isEmpty()) {
            return;
        }
        if (holder.isEmpty()) {
            throw new Denied(401, Labels.of("cần mã truy cập (Authorization: Bearer <mã>)",
                    "a token is required (Authorization: Bearer <token>)"));
        }
        if (!holder.get().role().includes(role)) {
            throw new Denied(403, Labels.of("mã truy cập không có quyền này", "the token's role does not allow this"));
        }
    }

    /**
     * The caller's label.
     *
     * @param ctx the request
     * @return the label, or "anonymous"
     */
    static String actor(Context ctx) {
        String actor = ctx.attribute(ACTOR);
        return actor == null ? "anonymous" : actor;
    }
}
