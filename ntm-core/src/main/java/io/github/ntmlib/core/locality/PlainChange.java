package io.github.ntmlib.core.locality;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One plain difference between two official lists, as {@link LocalityHistory#diff} derives it and
 * as {@code changes-2025-01-01.csv} records it.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class PlainChange {

    private final Type type;
    private final String code;
    private final @Nullable String oldName;
    private final @Nullable String oldParent;
    private final @Nullable String newParent;
    private final @Nullable String newName;

    private PlainChange(Type type, String code, Optional<String> oldName, Optional<String> oldParent,
            Optional<String> newParent, Optional<String> newName) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(oldName, "oldName");
        Objects.requireNonNull(oldParent, "oldParent");
        Objects.requireNonNull(newParent, "newParent");
        Objects.requireNonNull(newName, "newName");
        this.type = type;
        this.code = code;
        this.oldName = oldName.orElse(null);
        this.oldParent = oldParent.orElse(null);
        this.newParent = newParent.orElse(null);
        this.newName = newName.orElse(null);
    }

    /**
     * Change, validated.
     *
     * @param type the type
     * @param code the code
     * @param oldName the old name
     * @param oldParent the old parent
     * @param newParent the new parent
     * @param newName the new name
     * @return the change
     */
    public static PlainChange of(Type type, String code, Optional<String> oldName,
            Optional<String> oldParent, Optional<String> newParent, Optional<String> newName) {
        return new PlainChange(type, code, oldName, oldParent, newParent, newName);
    }

    /**
     * What changed.
     *
     * @return what changed
     */
    public Type type() {
        return type;
    }

    /**
     * The unit code.
     *
     * @return the unit code
     */
    public String code() {
        return code;
    }

    /**
     * The name in the earlier list (empty for {@link Type#NEW}).
     *
     * @return the name in the earlier list (empty for {@link Type#NEW})
     */
    public Optional<String> oldName() {
        return Optional.ofNullable(oldName);
    }

    /**
     * The parent in the earlier list (empty for NEW and for a province).
     *
     * @return the parent in the earlier list (empty for NEW and for a province)
     */
    public Optional<String> oldParent() {
        return Optional.ofNullable(oldParent);
    }

    /**
     * The parent in the later list (empty for GONE and for a province).
     *
     * @return the parent in the later list (empty for GONE and for a province)
     */
    public Optional<String> newParent() {
        return Optional.ofNullable(newParent);
    }

    /**
     * The name in the later list (empty for GONE and MOVED).
     *
     * @return the name in the later list (empty for GONE and MOVED)
     */
    public Optional<String> newName() {
        return Optional.ofNullable(newName);
    }

    /** The kinds of plain change. */
    public enum Type implements io.github.ntmlib.base.Labelled {
        /** In the earlier list only. */
        GONE,
        /** In the later list only. */
        NEW,
        /** In both, under another parent. */
        MOVED,
        /** In both, with another name or kind. */
        RENAMED_OR_RECLASSIFIED
    }


    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PlainChange)) {
            return false;
        }
        PlainChange o = (PlainChange) other;
        return Objects.equals(type, o.type)
                && Objects.equals(code, o.code)
                && Objects.equals(oldName, o.oldName)
                && Objects.equals(oldParent, o.oldParent)
                && Objects.equals(newParent, o.newParent)
                && Objects.equals(newName, o.newName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, code, oldName, oldParent, newParent, newName);
    }

    @Override
    public String toString() {
        return "PlainChange[" + "type=" + type + ", " + "code=" + code + ", " + "oldName=" + oldName
                + ", " + "oldParent=" + oldParent + ", " + "newParent=" + newParent
                + ", " + "newName=" + newName + "]";
    }
}
