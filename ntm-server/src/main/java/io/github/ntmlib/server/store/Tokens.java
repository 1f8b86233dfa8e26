package io.github.ntmlib.server.store;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Bearer tokens: 256 random bits, given once to whoever creates them; only their SHA-256 is
 * stored, with a role and a label.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Store store;

    Tokens(Store store) {
        this.store = store;
    }

    /**
     * A token that was found valid.
     *
     * @param label who holds it
     * @param role  what it may do
     */
    public record Holder(String label, Role role) {
        /**
         * Validates the components.
         *
         * @param label who holds it
         * @param role  what it may do
         */
        public Holder {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(role, "role");
        }
    }

    /**
     * Creates a token.
     *
     * @param role  what it may do
     * @param label who holds it (a person or a system), kept in the audit trail of its writes
     * @param actor who creates it
     * @return the token: shown once, never stored
     */
    public String create(Role role, String label, String actor) {
        Objects.requireNonNull(role, "role");
        if (label.isBlank() || label.length() > 100 || label.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidDataException(SourcePosition.API, null, "label", Labels.of(
                    "nhãn phải có từ 1 đến 100 ký tự in được", "a label has 1 to 100 printable characters"));
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "ntm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = Digests.sha256(token);
        store.write(h -> {
            h.createUpdate("INSERT INTO api_token (token_hash, role, label, created_at) VALUES (:h, :r, :l, :t)")
                    .bind("h", hash).bind("r", role.name()).bind("l", label).bind("t", Store.now()).execute();
            Store.audit(h, actor, "token create", hash, role.name().toLowerCase(java.util.Locale.ROOT) + " " + label);
            return null;
        });
        return token;
    }

    /**
     * Who holds a token, if it is known and not revoked.
     *
     * @param token the token as presented
     * @return its holder
     */
    public Optional<Holder> check(String token) {
        if (token.length() > 200) {
            return Optional.empty();
        }
        String hash = Digests.sha256(token);
        return store.read(h -> h.createQuery("SELECT label, role FROM api_token WHERE token_hash = :h AND revoked_at IS NULL")
                .bind("h", hash).map((rs, ctx) -> new Holder(rs.getString(1), Role.valueOf(rs.getString(2)))).findOne());
    }

    /**
     * Whether a token that may administer exists (not revoked).
     *
     * @return whether there is an admin token
     */
    public boolean hasAdmin() {
        return store.read(h -> h.createQuery("SELECT COUNT(*) FROM api_token WHERE role = :r AND revoked_at IS NULL")
                .bind("r", Role.ADMIN.name()).mapTo(Long.class).one() > 0);
    }

    /**
     * Revokes a token.
     *
     * @param token the token
     * @param actor who revokes it
     * @return whether a valid token was revoked
     */
    public boolean revoke(String token, String actor) {
        String hash = Digests.sha256(token);
        return store.write(h -> {
            int n = h.createUpdate("UPDATE api_token SET revoked_at = :t WHERE token_hash = :h AND revoked_at IS NULL")
                    .bind("t", Store.now()).bind("h", hash).execute();
            if (n > 0) {
                Store.audit(h, actor, "token revoke", hash, "revoked");
            }
            return n > 0;
        });
    }
}
