package io.github.ntmlib.criteria2026;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.criteria2026.GroupFacts.Area;
import io.github.ntmlib.criteria2026.GroupFacts.Fact;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * <p>{@code area} is NOT_IN_AREA, I, II or III; the yes/no columns take {@code yes} or {@code no};
 * a blank cell is an unknown fact (the group rule then says what is missing, never a default).
 * A malformed cell, a repeated commune or a missing column is an {@link InvalidDataException} naming
 * the file, line, commune and column.
 */
public final class GroupFactsCsv {

    private static final List<String> COLUMNS = List.of("commune_code", "area", "urban_adjacent", "new_urban_area",
            "agriculture_share_percent", "source");

    private GroupFactsCsv() {
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
        CsvMapper mapper = new CsvMapper();
        Map<String, GroupFacts> facts = new LinkedHashMap<>();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            boolean checked = false;
            while (rows.hasNextValue()) {
                int line = rows.getCurrentLocation().getLineNr();
                Map<String, String> row = rows.nextValue();
                if (!checked) {
                    for (String column : COLUMNS) {
                        if (!row.containsKey(column)) {
                            throw new InvalidDataException(SourcePosition.of(file, 1), null, column, "missing column");
                        }
                    }
                    checked = true;
                }
                String code = row.get("commune_code").trim();
                SourcePosition at = SourcePosition.of(file, line);
                if (code.isEmpty()) {
                    throw new InvalidDataException(at, null, "commune_code", "empty cell");
                }
                String source = row.get("source").trim();
                if (source.isEmpty()) {
                    throw new InvalidDataException(at, code, "source", "group facts name their source");
                }
                GroupFacts f = GroupFacts.of(area(row.get("area"), at, code), fact(row.get("urban_adjacent"), at, code,
                        "urban_adjacent"), fact(row.get("new_urban_area"), at, code, "new_urban_area"),
                        share(row.get("agriculture_share_percent"), at, code), source);
                if (facts.putIfAbsent(code, f) != null) {
                    throw new InvalidDataException(at, code, "commune_code", "commune listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (e instanceof InvalidDataException) {
                throw e;
            }
            throw new InvalidDataException(SourcePosition.of(file), null, null, "not a valid facts table: "
                    + e.getMessage());
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
            default -> throw new InvalidDataException(at, code, "area", "'" + t
                    + "' is not one of NOT_IN_AREA, I, II, III (or blank when unknown)");
        };
    }

    private static Fact fact(String text, SourcePosition at, String code, String column) {
        String t = text.trim();
        return switch (t) {
            case "" -> Fact.UNKNOWN;
            case "yes" -> Fact.YES;
            case "no" -> Fact.NO;
            default -> throw new InvalidDataException(at, code, column, "'" + t
                    + "' is not yes or no (or blank when unknown)");
        };
    }

    private static @Nullable Fraction share(String text, SourcePosition at, String code) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            BigDecimal percent = new BigDecimal(t);
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidDataException(at, code, "agriculture_share_percent", "a share is 0 to 100: " + t);
            }
            return Fraction.of(percent, BigDecimal.valueOf(100));
        } catch (NumberFormatException e) {
            throw new InvalidDataException(at, code, "agriculture_share_percent", "'" + t + "' is not a number");
        }
    }
}
