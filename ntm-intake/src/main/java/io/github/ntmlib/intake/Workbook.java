package io.github.ntmlib.intake;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.Limits;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A workbook as read: its file name, its sheets in workbook order and the warnings reading it
 * gave (a formula without a cached value, a time of day dropped from a date).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Workbook {

    private final String name;
    private final List<Sheet> sheets;
    private final List<IntakeWarning> warnings;

    Workbook(String name, List<Sheet> sheets, List<IntakeWarning> warnings) {
        this.name = name;
        this.sheets = List.copyOf(sheets);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * The file name given when reading.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The sheets in workbook order.
     *
     * @return the sheets
     */
    public List<Sheet> sheets() {
        return sheets;
    }

    /**
     * What reading noticed without refusing.
     *
     * @return the warnings, in reading order
     */
    public List<IntakeWarning> warnings() {
        return warnings;
    }

    /**
     * A sheet by name (exact, then ignoring case).
     *
     * @param sheetName the name
     * @return the sheet
     * @throws InvalidDataException naming the workbook and listing its sheets when there is none
     */
    public Sheet sheet(String sheetName) {
        for (Sheet s : sheets) {
            if (s.name().equals(sheetName)) {
                return s;
            }
        }
        for (Sheet s : sheets) {
            if (s.name().equalsIgnoreCase(sheetName)) {
                return s;
            }
        }
        throw new InvalidDataException(SourcePosition.of(name), null, "sheet", Labels.of("không có trang tính " + Limits.quote(sheetName) + " (các trang tính: " + Limits.quote(sheets.stream().map(Sheet::name).collect(Collectors.joining(", "))) + ")",
                        "no sheet " + Limits.quote(sheetName)
                + " (sheets: " + Limits.quote(sheets.stream().map(Sheet::name).collect(Collectors.joining(", "))) + ")"));
    }

    /**
     * The first sheet.
     *
     * @return the sheet
     * @throws InvalidDataException if the workbook has no sheet
     */
    public Sheet firstSheet() {
        if (sheets.isEmpty()) {
            throw new InvalidDataException(SourcePosition.of(name), null, null, Labels.of("sổ tính không có trang tính nào",
                            "the workbook has no sheet"));
        }
        return sheets.get(0);
    }

    @Override
    public String toString() {
        return name + " " + sheets.stream().map(Sheet::name).collect(Collectors.toList());
    }
}
