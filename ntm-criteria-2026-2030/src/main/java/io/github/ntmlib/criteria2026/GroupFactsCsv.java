package io.github.ntmlib.criteria2026;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.CsvTable;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.criteria2026.GroupFacts.Area;
import io.github.ntmlib.criteria2026.GroupFacts.Fact;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads the facts a province supplies for the commune groups, one row per xã:
 *
 * <pre>
 * commune_code,area,urban_adjacent,new_urban_area,agriculture_share_percent,source
 * 18133,III,no,no,62.5,QĐ 12/2026/QĐ-UBND
 * 18070,NOT_IN_AREA,yes,,8.4,Cục Thống kê 2025
 * </pre>
 *
 * <p>An optional column {@code commune_name} names the xã for whoever fills the file ({@link
 * #writeTemplate} writes it); it is not read. {@code area} is NOT_IN_AREA, I, II or III; the yes/no columns take {@code yes} or {@code no};
 * a blank cell is an unknown fact (the group rule then says what is missing, never a default);
 * the share is a plain decimal ({@code 62.5}, no exponent) within the number limits of {@code
 * docs/formats.md}. A malformed cell, a repeated commune, a missing or unknown column or a row with
 * more cells than the header is an {@link InvalidDataException} naming the file, line, commune and
 * column.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GroupFactsCsv {

    private static final List<String> COLUMNS = List.of("commune_code", "area", "urban_adjacent", "new_urban_area",
            "agriculture_share_percent", "source");

    /** The optional column naming the xã, for the officer who fills the file; not read. */
    public static final String NAME = "commune_name";

    private GroupFactsCsv() {
    }

    /**
     * Writes the fill-in form: the header and one row per xã of a hierarchy with its code and name,
     * every fact blank (unknown) until filled.
     *
     * @param snapshot the hierarchy (its xã, in order)
     * @param out      where to write (not closed)
     */
    public static void writeTemplate(io.github.ntmlib.core.locality.Snapshot snapshot, java.io.Writer out) {
        try {
            out.write("commune_code," + NAME + ",area,urban_adjacent,new_urban_area,agriculture_share_percent,source\n");
            for (io.github.ntmlib.core.locality.AdminUnit u : snapshot.units(io.github.ntmlib.core.locality.UnitKind.COMMUNE)) {
                out.write(u.code() + "," + quoted(u.name()) + ",,,,,\n");
            }
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /**
     * Reads the facts.
     *
     * @param reader the CSV text, with a header row
     * @param file   its name, for errors
     * @return commune code to facts, in file order
     * @throws InvalidDataException for a missing column, a malformed cell or a repeated commune
     */
    public static Map<String, GroupFacts> read(Reader reader, String file) {
        CsvTable table = CsvTable.read(reader, file, COLUMNS, Set.of(NAME), null, CsvTable::error);
        Map<String, GroupFacts> facts = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            SourcePosition at = row.position();
            String code = row.get("commune_code");
            if (code.isEmpty()) {
                throw new InvalidDataException(at, null, "commune_code", Labels.of("ô trống", "empty cell"));
            }
            String source = row.get("source");
            if (source.isEmpty()) {
                throw new InvalidDataException(at, code, "source", Labels.of("dữ kiện phân nhóm phải nêu nguồn",
                        "group facts name their source"));
            }
            GroupFacts f = GroupFacts.of(area(row.get("area"), at, code), fact(row.get("urban_adjacent"), at, code,
                    "urban_adjacent"), fact(row.get("new_urban_area"), at, code, "new_urban_area"),
                    share(row, at, code), source);
            if (facts.putIfAbsent(code, f) != null) {
                throw new InvalidDataException(at, code, "commune_code", Labels.of("xã được liệt kê hai lần",
                        "commune listed twice"));
            }
        }
        return Collections.unmodifiableMap(facts);
    }

    private static Area area(String text, SourcePosition at, String code) {
        String t = text.trim();
        return switch (t) {
            case "" -> Area.UNKNOWN;
            case "NOT_IN_AREA" -> Area.NOT_IN_AREA;
            case "I" -> Area.AREA_I;
            case "II" -> Area.AREA_II;
            case "III" -> Area.AREA_III;
            default -> throw new InvalidDataException(at, code, "area", Labels.of(Limits.quote(t)
                    + " không phải là một trong 'NOT_IN_AREA', 'I', 'II', 'III' (hoặc để trống khi chưa biết)",
                    Limits.quote(t) + " is not one of NOT_IN_AREA, I, II, III (or blank when unknown)"));
        };
    }

    private static Fact fact(String text, SourcePosition at, String code, String column) {
        String t = text.trim();
        return switch (t) {
            case "" -> Fact.UNKNOWN;
            case "yes" -> Fact.YES;
            case "no" -> Fact.NO;
            default -> throw new InvalidDataException(at, code, column, Labels.of(Limits.quote(t)
                    + " không phải là 'yes' hoặc 'no' (hoặc để trống khi chưa biết)",
                    Limits.quote(t) + " is not yes or no (or blank when unknown)"));
        };
    }

    private static @Nullable Fraction share(CsvTable.Row row, SourcePosition at, String code) {
        String text = row.get("agriculture_share_percent");
        if (text.isEmpty()) {
            return null;
        }
        // in the style the file declares ("# number-style: vi"), else plain unless ambiguous
        BigDecimal percent = row.number("agriculture_share_percent", code);
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidDataException(at, code, "agriculture_share_percent", Labels.of("tỷ trọng từ 0"
                    + " đến 100: " + Limits.quote(text), "a share is 0 to 100: " + Limits.quote(text)));
        }
        return Fraction.of(percent, BigDecimal.valueOf(100));
    }
}
