package io.github.ntmlib.core.locality;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A change of the administrative hierarchy on a date (sắp xếp đơn vị hành chính).
 *
 * <p>Merges and splits come from merge maps (which the official lists alone do not give); the
 * other events can be derived from two consecutive snapshots by {@link LocalityHistory}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface ChangeEvent {

    /**
     * The date the change takes effect.
     *
     * @return the date
     */
    LocalDate date();

    /**
     * The unit codes the event concerns.
     *
     * @return the codes
     */
    Set<String> codes();

    /**
     * An old unit's part in a merge.
     *
     * @param code  the old unit's code
     * @param share whether the whole unit or part of it went into the new one
     */
    record Predecessor(String code, Share share) {
        /**
         * Validates the components.
         *
         * @param code  the old unit's code
         * @param share its share
         */
        public Predecessor {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(share, "share");
        }
    }

    /**
     * Units (or parts of them) merged into one new or surviving unit (hợp nhất, sáp nhập).
     *
     * @param date         the date
     * @param successor    the code of the unit formed
     * @param predecessors the old units and their shares
     */
    record Merge(LocalDate date, String successor, List<Predecessor> predecessors) implements ChangeEvent {
        /**
         * Validates the components.
         *
         * @param date         the date
         * @param successor    the code of the unit formed
         * @param predecessors the old units and their shares, at least one
         */
        public Merge {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(successor, "successor");
            predecessors = List.copyOf(predecessors);
            if (predecessors.isEmpty()) {
                throw new IllegalArgumentException("a merge into " + successor + " needs predecessors");
            }
        }

        @Override
        public Set<String> codes() {
            Set<String> codes = new java.util.LinkedHashSet<>();
            codes.add(successor);
            predecessors.forEach(p -> codes.add(p.code()));
            return Set.copyOf(codes);
        }
    }

    /**
     * One unit divided between several (chia tách).
     *
     * @param date        the date
     * @param predecessor the code of the unit divided
     * @param successors  the codes of the units that received its parts
     */
    record Split(LocalDate date, String predecessor, List<String> successors) implements ChangeEvent {
        /**
         * Validates the components.
         *
         * @param date        the date
         * @param predecessor the unit divided
         * @param successors  the units receiving its parts, at least two
         */
        public Split {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(predecessor, "predecessor");
            successors = List.copyOf(successors);
            if (successors.size() < 2) {
                throw new IllegalArgumentException("a split of " + predecessor + " needs two successors or more");
            }
        }

        @Override
        public Set<String> codes() {
            Set<String> codes = new java.util.HashSet<>(successors);
            codes.add(predecessor);
            return Set.copyOf(codes);
        }
    }

    /**
     * A unit moved under another parent (điều chỉnh địa giới, chuyển về đơn vị khác).
     *
     * @param date the date
     * @param code the unit
     * @param from the old parent's code
     * @param to   the new parent's code
     */
    record Move(LocalDate date, String code, String from, String to) implements ChangeEvent {
        /**
         * Validates the components.
         *
         * @param date the date
         * @param code the unit
         * @param from the old parent
         * @param to   the new parent
         */
        public Move {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public Set<String> codes() {
            return Set.of(code);
        }
    }

    /**
     * A unit renamed (đổi tên).
     *
     * @param date    the date
     * @param code    the unit
     * @param oldName the name before
     * @param newName the name after
     */
    record Rename(LocalDate date, String code, String oldName, String newName) implements ChangeEvent {
        /**
         * Validates the components.
         *
         * @param date    the date
         * @param code    the unit
         * @param oldName the name before
         * @param newName the name after
         */
        public Rename {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(oldName, "oldName");
            Objects.requireNonNull(newName, "newName");
        }

        @Override
        public Set<String> codes() {
            return Set.of(code);
        }
    }

    /**
     * A unit of one kind become another (xã → phường, xã → thị trấn, huyện → thị xã).
     *
     * @param date the date
     * @param code the unit
     * @param from the kind before
     * @param to   the kind after
     */
    record Reclassify(LocalDate date, String code, UnitKind from, UnitKind to) implements ChangeEvent {
        /**
         * Validates the components.
         *
         * @param date the date
         * @param code the unit
         * @param from the kind before
         * @param to   the kind after
         */
        public Reclassify {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public Set<String> codes() {
            return Set.of(code);
        }
    }

    /**
     * A unit that ceased to exist (giải thể, nhập toàn bộ), such as huyện Lộc Hà on 1 January 2025.
     *
     * @param date       the date
     * @param code       the unit
     * @param successors the units that received its territory, when known (for a district, the new
     *                   parents of its communes); empty when the sources do not say
     */
    record Dissolve(LocalDate date, String code, List<String> successors) implements ChangeEvent {
        /**
         * Validates the components.
         *
         * @param date       the date
         * @param code       the unit
         * @param successors the receiving units, possibly none
         */
        public Dissolve {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(code, "code");
            successors = List.copyOf(successors);
        }

        @Override
        public Set<String> codes() {
            return Set.of(code);
        }
    }

    /**
     * A unit that appears with no known predecessor (thành lập mới).
     *
     * @param date the date
     * @param code the new unit
     */
    record Establish(LocalDate date, String code) implements ChangeEvent {
        /**
         * Validates the components.
         *
         * @param date the date
         * @param code the new unit
         */
        public Establish {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(code, "code");
        }

        @Override
        public Set<String> codes() {
            return Set.of(code);
        }
    }

    /**
     * A whole level of government abolished, as the district level on 1 July 2025 (chính quyền
     * địa phương hai cấp): its units end and their children pass to the level above.
     *
     * @param date  the date
     * @param level the level abolished
     * @param units the codes of the units that ended with it
     */
    record AbolishLevel(LocalDate date, Level level, List<String> units) implements ChangeEvent {
        /**
         * Validates the components.
         *
         * @param date  the date
         * @param level the level abolished
         * @param units the units that ended, at least one
         */
        public AbolishLevel {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(level, "level");
            units = List.copyOf(units);
        }

        @Override
        public Set<String> codes() {
            return Set.copyOf(units);
        }
    }
}
