package io.github.ntmlib.core.locality;

import java.util.Objects;
import java.util.Optional;

/**
 * One plain difference between two official lists, as {@link LocalityHistory#diff} derives it and
 * as {@code changes-2025-01-01.csv} records it.
 *
 * @param type      what changed
 * @param code      the unit code
 * @param oldName   the name in the earlier list (empty for {@link Type#NEW})
 * @param oldParent the parent in the earlier list (empty for NEW and for a province)
 * @param newParent the parent in the later list (empty for GONE and for a province)
 * @param newName   the name in the later list (empty for GONE and MOVED)
 */
public record PlainChange(Type type, String code, Optional<String> oldName, Optional<String> oldParent,
        Optional<String> newParent, Optional<String> newName) {

    /** The kinds of plain change. */
    public enum Type {
        /** In the earlier list only. */
        GONE,
        /** In the later list only. */
        NEW,
        /** In both, under another parent. */
        MOVED,
        /** In both, with another name or kind. */
        RENAMED_OR_RECLASSIFIED
    }

    /**
     * Validates the components.
     *
     * @param type      what changed
     * @param code      the unit code
     * @param oldName   the earlier name
     * @param oldParent the earlier parent
     * @param newParent the later parent
     * @param newName   the later name
     */
    public PlainChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(oldName, "oldName");
        Objects.requireNonNull(oldParent, "oldParent");
        Objects.requireNonNull(newParent, "newParent");
        Objects.requireNonNull(newName, "newName");
    }
}
