package io.github.ntmlib.criteria2026;

import io.github.ntmlib.base.Fraction;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a province knows about one commune to place it in a commune group (nhóm xã) of Decision
 * 51/2025/QĐ-TTg. Every fact may be unknown; the group rule then says which one is missing rather
 * than defaulting.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GroupFacts {

    /** A yes/no fact that may be unknown. */
    public enum Fact {
        /** Có. */
        YES,
        /** Không. */
        NO,
        /** Not supplied. */
        UNKNOWN
    }

    /**
     * The commune's place in the classification of ethnic-minority and mountain areas (vùng đồng bào
     * dân tộc thiểu số và miền núi) by development level.
     */
    public enum Area {
        /** Not in the ethnic-minority and mountain area. */
        NOT_IN_AREA,
        /** Khu vực I. */
        AREA_I,
        /** Khu vực II. */
        AREA_II,
        /** Khu vực III. */
        AREA_III,
        /** Not supplied. */
        UNKNOWN
    }

    private final Area area;
    private final Fact urbanAdjacent;
    private final Fact newUrbanArea;
    private final @Nullable Fraction agricultureShare;
    private final String source;

    private GroupFacts(Area area, Fact urbanAdjacent, Fact newUrbanArea, @Nullable Fraction agricultureShare,
            String source) {
        this.area = area;
        this.urbanAdjacent = urbanAdjacent;
        this.newUrbanArea = newUrbanArea;
        this.agricultureShare = agricultureShare;
        this.source = source;
    }

    /**
     * Facts of a commune.
     *
     * @param area             its ethnic-minority and mountain area classification
     * @param urbanAdjacent    adjacent to an existing urban area and oriented to urbanise
     * @param newUrbanArea     designated (planned) a new urban area
     * @param agricultureShare agriculture's share of the commune's economy, or {@code null} if unknown
     * @param source           where the facts come from (a provincial decision, a statistics report)
     * @return the facts
     * @throws IllegalArgumentException if the share is above the whole or the source is blank
     */
    public static GroupFacts of(Area area, Fact urbanAdjacent, Fact newUrbanArea, @Nullable Fraction agricultureShare,
            String source) {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(urbanAdjacent, "urbanAdjacent");
        Objects.requireNonNull(newUrbanArea, "newUrbanArea");
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("group facts name their source");
        }
        if (agricultureShare != null && agricultureShare.compareTo(Fraction.of(1)) > 0) {
            throw new IllegalArgumentException("an agriculture share cannot exceed the whole: " + agricultureShare);
        }
        return new GroupFacts(area, urbanAdjacent, newUrbanArea, agricultureShare, source);
    }

    /**
     * The area classification.
     *
     * @return the area
     */
    public Area area() {
        return area;
    }

    /**
     * Adjacent to an existing urban area and oriented to urbanise.
     *
     * @return the fact
     */
    public Fact urbanAdjacent() {
        return urbanAdjacent;
    }

    /**
     * Designated a new urban area.
     *
     * @return the fact
     */
    public Fact newUrbanArea() {
        return newUrbanArea;
    }

    /**
     * Agriculture's share of the economy.
     *
     * @return the share, or empty if unknown
     */
    public Optional<Fraction> agricultureShare() {
        return Optional.ofNullable(agricultureShare);
    }

    /**
     * Where the facts come from.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupFacts g && area == g.area && urbanAdjacent == g.urbanAdjacent
                && newUrbanArea == g.newUrbanArea && Objects.equals(agricultureShare, g.agricultureShare)
                && source.equals(g.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(area, urbanAdjacent, newUrbanArea, agricultureShare, source);
    }

    @Override
    public String toString() {
        return "GroupFacts[area " + area + ", urban-adjacent " + urbanAdjacent + ", new urban area " + newUrbanArea
                + ", agriculture share " + (agricultureShare == null ? "unknown" : agricultureShare) + ", " + source
                + "]";
    }
}
