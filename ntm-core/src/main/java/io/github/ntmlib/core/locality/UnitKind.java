package io.github.ntmlib.core.locality;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.VietnameseText;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The kind of an administrative unit (loại đơn vị hành chính): each kind belongs to one level.
 *
 * <p>The kind decides which standards apply: the NTM criteria apply to xã, while phường and thị
 * trấn are judged by "đô thị văn minh"; huyện become NTM districts, while thị xã and thành phố
 * thuộc tỉnh "complete the NTM task".
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum UnitKind implements Labelled {
    /** Tỉnh (province). */
    PROVINCE(Level.PROVINCE, "Tỉnh", false, "Tỉnh"),
    /** Thành phố trực thuộc trung ương (centrally governed city). */
    CENTRAL_CITY(Level.PROVINCE, "Thành phố Trung ương", true, "Thành phố", "TP"),
    /** Huyện (rural district). */
    RURAL_DISTRICT(Level.DISTRICT, "Huyện", false, "Huyện"),
    /** Thị xã (district-level town). */
    TOWN(Level.DISTRICT, "Thị xã", true, "Thị xã", "TX"),
    /** Thành phố thuộc tỉnh (provincial city). */
    PROVINCIAL_CITY(Level.DISTRICT, "Thành phố", true, "Thành phố", "TP"),
    /** Quận (urban district). */
    URBAN_DISTRICT(Level.DISTRICT, "Quận", true, "Quận"),
    /** Xã (rural commune). */
    COMMUNE(Level.COMMUNE, "Xã", false, "Xã"),
    /** Phường (ward). */
    WARD(Level.COMMUNE, "Phường", true, "Phường"),
    /** Thị trấn (township). */
    TOWNSHIP(Level.COMMUNE, "Thị trấn", true, "Thị trấn", "TT"),
    /** Đặc khu (special administrative zone at commune level, from 1 July 2025). */
    SPECIAL_ZONE(Level.COMMUNE, "Đặc khu", false, "Đặc khu"),
    /** Thôn, bản, ấp, xóm (rural village). */
    VILLAGE(Level.VILLAGE, "Thôn", false, "Thôn", "Bản", "Ấp", "Xóm", "Làng", "Buôn", "Sóc", "Khóm"),
    /** Tổ dân phố (urban residential group). */
    RESIDENTIAL_GROUP(Level.VILLAGE, "Tổ dân phố", true, "Tổ dân phố", "Khối", "TDP");

    private final Level level;
    private final String typeWord;
    private final boolean urban;
    private final List<String> namePrefixes;
    private final List<String> foldedPrefixes;
    private final String foldedTypeWord;

    /**
     * Whether a unit of this kind may sit directly under a unit of the given kind: the levels nest
     * ({@link Level#mayBeChildOf}) and the law allows the pair. Under the Law on the Organisation of
     * Local Government (Luật Tổ chức chính quyền địa phương 2015, Điều 2) a huyện is divided into
     * xã and thị trấn, a quận into phường, a thị xã or thành phố into phường and xã; under the 2025
     * law (two-level government, from 1 July 2025) a province or centrally governed city into xã,
     * phường and đặc khu. So a phường never sits under a huyện, a thị trấn only under a huyện, a
     * quận only under a centrally governed city, and a đặc khu only under a province-level unit.
     *
     * @param parent the kind of the would-be parent
     * @return true if the nesting is allowed
     */
    public boolean mayBeChildOf(UnitKind parent) {
        if (!level.mayBeChildOf(parent.level)) {
            return false;
        }
        switch (this) {
            case WARD:
                return parent != RURAL_DISTRICT;
            case TOWNSHIP:
                return parent == RURAL_DISTRICT;
            case URBAN_DISTRICT:
                return parent == CENTRAL_CITY;
            case SPECIAL_ZONE:
                return parent.level == Level.PROVINCE;
            case COMMUNE:
                return parent != URBAN_DISTRICT;
            default:
                return true;
        }
    }

    UnitKind(Level level, String typeWord, boolean urban, String... namePrefixes) {
        this.level = level;
        this.typeWord = typeWord;
        this.urban = urban;
        this.namePrefixes = List.of(namePrefixes);
        this.foldedPrefixes = this.namePrefixes.stream().map(VietnameseText::fold).collect(Collectors.toUnmodifiableList());
        this.foldedTypeWord = VietnameseText.fold(typeWord);
    }

    /**
     * The level this kind belongs to.
     *
     * @return the level
     */
    public Level level() {
        return level;
    }


    /**
     * The word of the GSO list's {@code type} column.
     *
     * @return e.g. "Thị trấn"; "Thành phố Trung ương" for a centrally governed city
     */
    public String typeWord() {
        return typeWord;
    }

    /**
     * Whether the kind is urban (judged by "đô thị văn minh" rather than by the NTM criteria).
     *
     * @return true for thành phố, thị xã, quận, phường, thị trấn and tổ dân phố
     */
    public boolean isUrban() {
        return urban;
    }

    /**
     * The words an official name of this kind starts with, the first being the usual one.
     *
     * @return the prefixes, e.g. ["Thị trấn", "TT"]
     */
    public List<String> namePrefixes() {
        return namePrefixes;
    }

    /**
     * The kind named by a GSO {@code type} word at a level.
     *
     * <p>"Thành phố" is a provincial city at district level; "Thành phố Trung ương" a centrally
     * governed city. The truncated "Đặc" of the 2025 national list means "Đặc khu".
     *
     * @param level    the unit's level
     * @param typeWord the type word, case and accents as in the list
     * @return the kind, or empty if the word names no kind of that level
     */
    public static Optional<UnitKind> fromTypeWord(Level level, String typeWord) {
        String key = VietnameseText.fold(typeWord);
        if (level == Level.COMMUNE && key.equals("dac")) {
            return Optional.of(SPECIAL_ZONE);
        }
        for (UnitKind kind : values()) {
            if (kind.level == level && kind.foldedTypeWord.equals(key)) {
                return Optional.of(kind);
            }
        }
        if (level == Level.PROVINCE && key.equals("thanh pho")) {
            return Optional.of(CENTRAL_CITY);
        }
        return Optional.empty();
    }

    /**
     * The kind an official name shows by its first words, at a level.
     *
     * @param level the unit's level
     * @param name  an official name such as "Thành phố Hà Nội"
     * @return the kind whose longest prefix starts the name, or empty
     */
    public static Optional<UnitKind> fromName(Level level, String name) {
        String folded = VietnameseText.fold(name);
        UnitKind best = null;
        int bestLength = 0;
        for (UnitKind kind : values()) {
            if (kind.level != level) {
                continue;
            }
            for (String p : kind.foldedPrefixes) {
                if (folded.startsWith(p + " ") && p.length() > bestLength) {
                    best = kind;
                    bestLength = p.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The name without its leading kind word: "Huyện Thạch Hà" gives "Thạch Hà".
     *
     * @param name an official name
     * @return the name without the prefix of this kind, or the name unchanged
     */
    public String baseName(String name) {
        String folded = VietnameseText.fold(name);
        for (int k = 0; k < namePrefixes.size(); k++) {
            if (folded.startsWith(foldedPrefixes.get(k) + " ")) {
                String rest = name.strip();
                int words = namePrefixes.get(k).split(" ").length;
                for (int i = 0; i < words; i++) {
                    rest = rest.substring(rest.indexOf(' ') + 1).strip();
                }
                return rest;
            }
        }
        return name.strip();
    }
}
