package io.github.ntmlib.plan.io;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.VietnameseText;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.intake.Cell;
import io.github.ntmlib.intake.CellAddress;
import io.github.ntmlib.intake.CellKind;
import io.github.ntmlib.intake.Intake;
import io.github.ntmlib.intake.IntakeWarning;
import io.github.ntmlib.intake.Row;
import io.github.ntmlib.intake.Sheet;
import io.github.ntmlib.intake.Workbook;
import io.github.ntmlib.intake.WorkbookInputs;
import io.github.ntmlib.intake.WorkbookLimits;
import io.github.ntmlib.intake.XlsxReader;
import io.github.ntmlib.plan.CostModel;
import io.github.ntmlib.plan.CriterionCost;
import io.github.ntmlib.plan.Exclusion;
import io.github.ntmlib.plan.IndicatorCost;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A province's cost model as an Excel workbook (.xlsx): the same model as {@link CostModelJson}
 * ({@code ntm.plan-costs/1}), under the same rules, in a form a province fills in Excel.
 *
 * <p>Sheets (each also found by its English name, ignoring case and diacritics):
 * <ul>
 * <li>{@value #DESCRIPTION} ({@code description}): a header row ({@code Trường / Field}, {@code Giá
 * trị / Value}), then one row per field: {@code Định dạng / Format} ({@value CostModelJson#SCHEMA},
 * required), {@code Mô tả / Description} (optional) and {@code Số liệu giả định / Synthetic}
 * (required: {@code có} or {@code không}, or a TRUE/FALSE cell);
 * <li>{@value #INDICATORS} ({@code indicators}): indicator, rate (đồng per unit of improvement, an
 * exact decimal), basis, fixed part (whole đồng; a blank cell or no column is 0) and note;
 * <li>{@value #CRITERIA} ({@code criteria}): standard, criterion, cost (whole đồng) and note;
 * <li>{@value #EXCLUSIONS} ({@code exclusions}): unit, kind and note;
 * <li>{@value #NOTES} ({@code notes}): what each column means, for the officer; not read.
 * </ul>
 * Only the description sheet is required: a missing cost sheet is an empty section, as an absent
 * array of the JSON form. Each cost sheet has a header row of bilingual column names ({@code Mã chỉ
 * tiêu / Indicator}; the Vietnamese or the English half alone is accepted too, in any column order)
 * and one row per cost. A basis or a kind is its Vietnamese name as the form's drop-down list
 * offers it ({@code điểm phần trăm}), its English name or its JSON name ({@code PERCENTAGE_POINT}).
 *
 * <p>Reading is strict and exact, through the bounded {@link XlsxReader}: a number is a number
 * cell's exact stored value (never a double), or text of plain digits; text such as {@code 1.205}
 * (1205 in vi-VN writing, 1.205 in plain writing) is an error, never guessed. An unknown sheet or
 * column, a value under no column, a blank required cell, a repeated indicator, criterion or unit,
 * a negative or fractional amount of đồng, an unknown basis or kind: each is an {@link
 * InvalidDataException} naming the workbook, the sheet and the cell, its reason in Vietnamese and
 * English. Blank rows are skipped, as in every workbook input. A formula cell is read as the value
 * Excel saved with it, with a warning ({@link #intake}); {@link #read} refuses a workbook that
 * gives any warning.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CostModelXlsx {

    /** The description sheet. */
    public static final String DESCRIPTION = "Mô tả";
    /** The indicator costs sheet. */
    public static final String INDICATORS = "Chi phí chỉ tiêu";
    /** The criterion costs sheet. */
    public static final String CRITERIA = "Chi phí tiêu chí";
    /** The exclusions sheet. */
    public static final String EXCLUSIONS = "Loại trừ";
    /** The notes sheet (not read). */
    public static final String NOTES = "Hướng dẫn";
    /** The text of a synthetic model's flag. */
    public static final String YES = "có";
    /** The text of a province's own model's flag. */
    public static final String NO = "không";

    /** Excel's most characters in a cell. */
    private static final int CELL_CHARS = 32_767;
    /** The rows of the form that get the drop-down lists. */
    private static final int FORM_ROWS = 2_000;
    private static final int MAX_WARNINGS = 1_000;

    /** A column of a sheet: its key (the JSON field), its names, whether required, its width and its note. */
    private record Column(String key, String vi, String en, boolean required, int width, String noteVi,
            String noteEn) {
        String header() {
            return vi + " / " + en;
        }

        boolean named(String text) {
            String folded = VietnameseText.fold(text);
            return folded.equals(VietnameseText.fold(header())) || folded.equals(VietnameseText.fold(vi))
                    || folded.equals(VietnameseText.fold(en)) || folded.equals(VietnameseText.fold(key));
        }
    }

    /** A sheet of the form. */
    private enum Part {
        DESCRIPTION(CostModelXlsx.DESCRIPTION, "description", List.of(
                new Column("field", "Trường", "Field", true, 30, "tên trường (không sửa)",
                        "the field's name (do not change)"),
                new Column("value", "Giá trị", "Value", false, 90, "giá trị của trường",
                        "the field's value"))),
        INDICATORS(CostModelXlsx.INDICATORS, "indicators", List.of(
                new Column("indicator", "Mã chỉ tiêu", "Indicator", true, 24,
                        "mã chỉ tiêu trong bộ tiêu chí (ví dụ 17.water-centralised); mỗi chỉ tiêu một dòng",
                        "the indicator's code in the criteria set (e.g. 17.water-centralised); one row per indicator"),
                new Column("rate", "Đơn giá (đồng)", "Rate (đồng)", true, 18,
                        "số đồng cho mỗi đơn vị cải thiện, nhập dạng ô số (có thể có phần thập phân, không âm)",
                        "đồng per unit of improvement, as a number cell (may be fractional, never negative)"),
                new Column("basis", "Đơn vị cải thiện", "Basis", true, 26,
                        "một đơn vị cải thiện là gì: 'đơn vị đo của chỉ tiêu' (hộ, km ...) hoặc 'điểm phần trăm' "
                                + "(của một tỷ lệ)", "what a unit of improvement is: the indicator's own measure "
                                + "(households, km ...) or one percentage point (of a ratio)"),
                new Column("fixed", "Phần cố định (đồng)", "Fixed (đồng)", false, 18,
                        "số đồng nguyên trả một lần khi chỉ tiêu phải cải thiện; để trống là 0",
                        "whole đồng paid once when the indicator must improve at all; blank is 0"),
                new Column("note", "Ghi chú", "Note", false, 60, "nguồn của con số",
                        "where the figure comes from"))),
        CRITERIA(CostModelXlsx.CRITERIA, "criteria", List.of(
                new Column("standard", "Mã chuẩn", "Standard", true, 20,
                        "mã mức chuẩn (ví dụ commune-advanced)", "the standard's id (e.g. commune-advanced)"),
                new Column("criterion", "Mã tiêu chí", "Criterion", true, 14,
                        "mã tiêu chí của mức chuẩn; mỗi tiêu chí một dòng",
                        "the criterion's code in the standard; one row per criterion"),
                new Column("cost", "Chi phí (đồng)", "Cost (đồng)", true, 18,
                        "số đồng nguyên khi tiêu chí được đánh giá chung hoặc có chỉ tiêu không có đơn giá",
                        "whole đồng, when the criterion is assessed as a whole or an indicator of it has no rate"),
                new Column("note", "Ghi chú", "Note", false, 60, "nguồn của con số",
                        "where the figure comes from"))),
        EXCLUSIONS(CostModelXlsx.EXCLUSIONS, "exclusions", List.of(
                new Column("unit", "Mã đơn vị", "Unit", true, 14,
                        "mã đơn vị hành chính (xã) không được chọn; mỗi đơn vị một dòng",
                        "the code of a unit (commune) the plan may not choose; one row per unit"),
                new Column("kind", "Lý do", "Kind", true, 30,
                        "'tỉnh không đưa vào kế hoạch' hoặc 'đã có trong kế hoạch khác'",
                        "excluded by the province, or already in another plan"),
                new Column("note", "Ghi chú", "Note", false, 60, "ghi chú của tỉnh, in cạnh đơn vị",
                        "the province's note, printed beside the unit"))),
        NOTES(CostModelXlsx.NOTES, "notes", List.of());

        final String sheet;
        final String english;
        final List<Column> columns;

        Part(String sheet, String english, List<Column> columns) {
            this.sheet = sheet;
            this.english = english;
            this.columns = columns;
        }

        boolean named(String name) {
            String folded = VietnameseText.fold(name);
            return folded.equals(VietnameseText.fold(sheet)) || folded.equals(VietnameseText.fold(english));
        }
    }

    /** The fields of the description sheet: key, Vietnamese, English. */
    private static final String[][] FIELDS = {
        {"format", "Định dạng", "Format"},
        {"description", "Mô tả", "Description"},
        {"synthetic", "Số liệu giả định", "Synthetic"}};

    private CostModelXlsx() {
    }

    // ------------------------------------------------------------------------------------ reading

    /**
     * Reads a cost model, refusing a workbook that gives a warning (a formula cell, read as the value
     * Excel saved with it, is refused here naming its cell; {@link #intake} reads it and lists the
     * warnings).
     *
     * @param in     the workbook (not closed)
     * @param source its file name, for errors
     * @return the model
     * @throws InvalidDataException naming the workbook, sheet and cell
     */
    public static CostModel read(InputStream in, String source) {
        Intake<CostModel> read = intake(in, source);
        if (!read.warnings().isEmpty()) {
            IntakeWarning w = read.warnings().get(0);
            throw new InvalidDataException(w.position(), null, null, Labels.of(w.message(Language.VIETNAMESE)
                    + ": bảng chi phí chỉ nhận giá trị nhập trực tiếp", w.message(Language.ENGLISH)
                    + ": a cost model takes values typed in, not formulas"));
        }
        return read.value();
    }

    /**
     * Reads a cost model and what reading noticed without refusing: formula cells read as the
     * values Excel saved with them, formulas never calculated (read as blank cells).
     *
     * @param in     the workbook (not closed)
     * @param source its file name, for errors
     * @return the model and the warnings, to list to the user
     * @throws InvalidDataException naming the workbook, sheet and cell
     */
    public static Intake<CostModel> intake(InputStream in, String source) {
        return intake(XlsxReader.read(in, source, WorkbookLimits.defaults()));
    }

    /**
     * Reads a cost model from a workbook already read.
     *
     * @param book the workbook
     * @return the model and the warnings
     * @throws InvalidDataException naming the workbook, sheet and cell
     */
    public static Intake<CostModel> intake(Workbook book) {
        Reading r = new Reading(book);
        Map<Part, Sheet> sheets = new EnumMap<>(Part.class);
        for (Sheet s : book.sheets()) {
            Part part = Arrays.stream(Part.values()).filter(p -> p.named(s.name())).findFirst().orElseThrow(() ->
                    new InvalidDataException(SourcePosition.of(book.name()), null, "sheet", Labels.of(
                            "không rõ trang tính " + Limits.quote(s.name()) + " (bảng chi phí có các trang tính "
                                    + sheetNames() + ")", "unknown sheet " + Limits.quote(s.name())
                                    + " (a cost model has the sheets " + sheetNames() + ")")));
            Sheet before = sheets.putIfAbsent(part, s);
            if (before != null) {
                throw new InvalidDataException(SourcePosition.of(book.name()), null, "sheet", Labels.of(
                        "hai trang tính " + Limits.quote(before.name()) + " và " + Limits.quote(s.name())
                                + " cùng là trang " + Limits.quote(part.sheet), "two sheets "
                                + Limits.quote(before.name()) + " and " + Limits.quote(s.name()) + " are both sheet "
                                + Limits.quote(part.sheet)));
            }
        }
        Sheet description = sheets.get(Part.DESCRIPTION);
        if (description == null) {
            throw new InvalidDataException(SourcePosition.of(book.name()), null, "sheet", Labels.of(
                    "thiếu trang tính " + Limits.quote(DESCRIPTION) + " (định dạng, mô tả, số liệu giả định)",
                    "no sheet " + Limits.quote(DESCRIPTION) + " (format, description, synthetic)"));
        }
        CostModel.Builder b = CostModel.builder();
        r.description(description, b);
        CostRules rules = new CostRules();
        Map<String, CellAddress> first = new HashMap<>();
        for (Table t : r.table(sheets.get(Part.INDICATORS), Part.INDICATORS)) {
            Cell code = t.cell("indicator");
            String indicator = r.required(code, "indicator");
            r.once(code, rules.indicator(indicator), first, "i " + indicator);
            Cell fixed = t.cell("fixed");
            b.indicator(new IndicatorCost(indicator, r.rate(t.cell("rate")), r.choice(t.cell("basis"), "basis",
                    IndicatorCost.Basis.class), fixed.isBlank() ? Vnd.ZERO : r.amount(fixed, "fixed"),
                    r.text(t.cell("note"), "note")));
        }
        for (Table t : r.table(sheets.get(Part.CRITERIA), Part.CRITERIA)) {
            String standard = r.required(t.cell("standard"), "standard");
            Cell code = t.cell("criterion");
            String criterion = r.required(code, "criterion");
            r.once(code, rules.criterion(standard, criterion), first, "c " + standard + "/" + criterion);
            b.criterion(new CriterionCost(standard, criterion, r.amount(t.cell("cost"), "cost"),
                    r.text(t.cell("note"), "note")));
        }
        for (Table t : r.table(sheets.get(Part.EXCLUSIONS), Part.EXCLUSIONS)) {
            Cell code = t.cell("unit");
            String unit = r.required(code, "unit");
            r.once(code, rules.unit(unit), first, "u " + unit);
            b.exclude(new Exclusion(unit, r.choice(t.cell("kind"), "kind", Exclusion.Kind.class),
                    r.text(t.cell("note"), "note")));
        }
        return new Intake<>(b.build(), r.warnings());
    }

    private static String sheetNames() {
        return Arrays.stream(Part.values()).map(p -> Limits.quote(p.sheet)).collect(Collectors.joining(", "));
    }

    /** A data row of a sheet, its cells by column key. */
    private record Table(Row row, Map<String, Integer> columns, Sheet sheet) {
        Cell cell(String key) {
            Integer column = columns.get(key);
            // an optional column the sheet lacks reads as a blank cell past the sheet's columns
            return column == null ? Cell.blank(sheet.address(row.number(), lastColumn() + 1)) : row.cell(column);
        }

        private int lastColumn() {
            return columns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    /** One reading: the workbook and the warnings so far. */
    private static final class Reading {
        private final Workbook book;
        private final List<IntakeWarning> warnings = new ArrayList<>();
        private int over;

        Reading(Workbook book) {
            this.book = book;
            book.warnings().forEach(this::warn);
        }

        private void warn(IntakeWarning w) {
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add(w);
            } else {
                over++;
            }
        }

        List<IntakeWarning> warnings() {
            List<IntakeWarning> all = new ArrayList<>(warnings);
            if (over > 0) {
                all.add(new IntakeWarning(SourcePosition.of(book.name()), Labels.of("và " + over + " cảnh báo khác",
                        "and " + over + " more warnings")));
            }
            return all;
        }

        /** The cell as used: a formula cell is warned of, an error value refused. */
        private Cell use(Cell cell, String field) {
            if (cell.kind() == CellKind.ERROR) {
                throw cell.error(null, field, Labels.of("ô chứa giá trị lỗi " + Limits.quote(cell.asText()),
                        "the cell holds the error value " + cell.asText()));
            }
            if (cell.isFormula()) {
                warn(IntakeWarning.formula(cell));
            }
            return cell;
        }

        /** Text, empty for a blank cell; a number or date cell as its text (a code typed as a number). */
        String text(Cell cell, String field) {
            return use(cell, field).isBlank() ? "" : cell.asText();
        }

        String required(Cell cell, String field) {
            String text = text(cell, field);
            if (text.isEmpty()) {
                throw cell.error(null, field, Labels.of("ô trống: trường bắt buộc", "empty cell: the field is required"));
            }
            return text;
        }

        private BigDecimal number(Cell cell, String field) {
            return WorkbookInputs.number(use(cell, field), field).orElseThrow(() -> cell.error(null, field,
                    Labels.of("ô trống: cần một số", "empty cell: a number is required")));
        }

        BigDecimal rate(Cell cell) {
            BigDecimal rate = number(cell, "rate");
            refuse(cell, "rate", CostRules.rate(rate));
            return rate;
        }

        Vnd amount(Cell cell, String field) {
            BigDecimal amount = number(cell, field);
            refuse(cell, field, CostRules.amount(amount));
            return CostRules.dong(amount);
        }

        <E extends Enum<E> & Labelled> E choice(Cell cell, String field, Class<E> type) {
            String text = required(cell, field);
            String folded = VietnameseText.fold(text);
            for (E e : type.getEnumConstants()) {
                if (folded.equals(VietnameseText.fold(e.vietnamese())) || folded.equals(VietnameseText.fold(
                        e.english())) || text.strip().equalsIgnoreCase(e.name())) {
                    return e;
                }
            }
            String vi = Arrays.stream(type.getEnumConstants()).map(e -> Limits.quote(e.vietnamese()))
                    .collect(Collectors.joining(", "));
            String en = Arrays.stream(type.getEnumConstants()).map(e -> Limits.quote(e.english()) + " ("
                    + e.name() + ")").collect(Collectors.joining(", "));
            throw cell.error(null, field, Labels.of("giá trị không có trong danh mục: " + Limits.quote(text)
                    + " (nhận: " + vi + ")", "unknown " + field + " " + Limits.quote(text) + " (accepted: " + en + ")"));
        }

        void refuse(Cell cell, String field, @Nullable Labels reason) {
            if (reason != null) {
                throw cell.error(null, field, reason);
            }
        }

        /** A repeated key: the rule's reason, naming the cell where it came first. */
        void once(Cell cell, @Nullable Labels twice, Map<String, CellAddress> first, String key) {
            if (twice != null) {
                CellAddress at = first.get(key);
                String where = at == null ? "" : at.reference();
                throw cell.error(null, null, Labels.of(twice.vietnamese() + " (cả ở ô " + where + ")",
                        twice.english() + " (also in cell " + where + ")"));
            }
            first.put(key, cell.address());
        }

        /** The description sheet: format, description, synthetic. */
        void description(Sheet sheet, CostModel.Builder b) {
            Map<String, Cell> values = new LinkedHashMap<>();
            Map<String, Cell> names = new HashMap<>();
            int headerRow = sheet.rows().stream().filter(r -> !r.isBlank()).findFirst().map(Row::number).orElse(1);
            SourcePosition header = SourcePosition.ofCell(book.name(), sheet.name(), headerRow + ":" + headerRow,
                    headerRow);
            for (Table t : table(sheet, Part.DESCRIPTION)) {
                Cell name = t.cell("field");
                String text = required(name, "field");
                String[] field = Arrays.stream(FIELDS).filter(f -> VietnameseText.fold(text).equals(
                        VietnameseText.fold(f[1] + " / " + f[2])) || VietnameseText.fold(text).equals(
                        VietnameseText.fold(f[1])) || VietnameseText.fold(text).equals(VietnameseText.fold(f[2]))
                        || VietnameseText.fold(text).equals(f[0])).findFirst().orElseThrow(() -> name.error(null,
                        "field", Labels.of("không rõ trường " + Limits.quote(text) + " (các trường: " + fieldNames()
                                + ")", "unknown field " + Limits.quote(text) + " (fields: " + fieldNames() + ")")));
                Cell before = names.putIfAbsent(field[0], name);
                if (before != null) {
                    throw name.error(null, field[0], Labels.of("trường " + Limits.quote(field[1]) + " xuất hiện hai "
                            + "lần (cả ở ô " + before.address().reference() + ")", "field " + Limits.quote(field[2])
                            + " appears twice (also in cell " + before.address().reference() + ")"));
                }
                values.put(field[0], t.cell("value"));
            }
            Cell format = values.get("format");
            if (format == null) {
                throw new InvalidDataException(header, null, "format", Labels.of("thiếu dòng " + Limits.quote(
                        FIELDS[0][1] + " / " + FIELDS[0][2]) + " với giá trị " + Limits.quote(CostModelJson.SCHEMA),
                        "no row " + Limits.quote(FIELDS[0][1] + " / " + FIELDS[0][2]) + " with the value "
                                + Limits.quote(CostModelJson.SCHEMA)));
            }
            String schema = text(format, "format");
            if (!schema.strip().equals(CostModelJson.SCHEMA)) {
                throw format.error(null, "format", Labels.of("định dạng phải là " + Limits.quote(CostModelJson.SCHEMA)
                        + ", không phải " + Limits.quote(schema), "the format must be " + CostModelJson.SCHEMA
                        + ", not " + Limits.quote(schema)));
            }
            Cell flag = values.get("synthetic");
            if (flag == null) {
                throw new InvalidDataException(header, null, "synthetic", Labels.of("thiếu dòng " + Limits.quote(
                        FIELDS[2][1] + " / " + FIELDS[2][2]) + ": ghi 'có' nếu số liệu là giả định, 'không' nếu là "
                        + "số liệu của tỉnh", "no row " + Limits.quote(FIELDS[2][1] + " / " + FIELDS[2][2])
                        + ": 'có' (yes) for invented figures, 'không' (no) for the province's own"));
            }
            Cell description = values.get("description");
            b.description(description == null ? "" : text(description, "description"), synthetic(flag));
        }

        private static String fieldNames() {
            return Arrays.stream(FIELDS).map(f -> Limits.quote(f[1] + " / " + f[2])).collect(Collectors.joining(", "));
        }

        private boolean synthetic(Cell cell) {
            if (use(cell, "synthetic").isBlank()) {
                throw cell.error(null, "synthetic", Labels.of("ô trống: ghi 'có' nếu số liệu là giả định, 'không' nếu là"
                        + " số liệu của tỉnh", "empty cell: 'có' (yes) for invented figures, 'không' (no) for the"
                        + " province's own"));
            }
            if (cell.kind() == CellKind.BOOLEAN) {
                return cell.bool();
            }
            String folded = cell.kind() == CellKind.TEXT ? VietnameseText.fold(cell.text()) : "?";
            if (folded.equals(VietnameseText.fold(YES)) || folded.equals("yes") || folded.equals("true")) {
                return true;
            }
            if (folded.equals(VietnameseText.fold(NO)) || folded.equals("no") || folded.equals("false")) {
                return false;
            }
            throw cell.error(null, "synthetic", Labels.of("cần 'có' (số liệu giả định) hoặc 'không' (số liệu của tỉnh)"
                    + " nhưng ô chứa " + cell.describe(Language.VIETNAMESE), "expected 'có' (yes, invented figures) or"
                    + " 'không' (no, the province's own) but the cell holds " + cell.describe()));
        }

        /**
         * The data rows of a sheet under its header (the first non-blank row): each header cell a
         * column of the part, at most once, every required column present; blank rows skipped; a
         * value under no header refused.
         */
        List<Table> table(@Nullable Sheet sheet, Part part) {
            if (sheet == null) {
                return List.of();
            }
            List<Row> rows = sheet.rows();
            int at = 0;
            while (at < rows.size() && rows.get(at).isBlank()) {
                at++;
            }
            if (at == rows.size()) {
                throw new InvalidDataException(SourcePosition.ofCell(book.name(), sheet.name(), "A1", 1), null, null,
                        Labels.of("trang tính trống: cần một dòng tiêu đề", "the sheet is empty: a header row is required"));
            }
            Row header = rows.get(at);
            Map<String, Integer> columns = new LinkedHashMap<>();
            Map<String, Cell> headerCells = new HashMap<>();
            for (Cell cell : header.cells()) {
                if (cell.isBlank()) {
                    continue;
                }
                if (cell.kind() != CellKind.TEXT) {
                    throw cell.error(null, null, Labels.of("ô tiêu đề phải là văn bản, không phải "
                            + cell.describe(Language.VIETNAMESE), "a header cell must be text, not " + cell.describe()));
                }
                String name = cell.text();
                Column column = part.columns.stream().filter(c -> c.named(name)).findFirst().orElseThrow(() ->
                        cell.error(null, null, Labels.of("không rõ cột " + Limits.quote(name.strip()) + " (các cột: "
                                + headers(part) + ")", "unknown column " + Limits.quote(name.strip()) + " (columns: "
                                + headers(part) + ")")));
                Cell before = headerCells.putIfAbsent(column.key, cell);
                if (before != null) {
                    throw cell.error(null, column.key, Labels.of("cột " + Limits.quote(column.header())
                            + " xuất hiện hai lần (cả ở ô " + before.address().reference() + ")", "column "
                            + Limits.quote(column.header()) + " appears twice (also in cell "
                            + before.address().reference() + ")"));
                }
                columns.put(column.key, cell.address().column());
            }
            for (Column c : part.columns) {
                if (c.required && !columns.containsKey(c.key)) {
                    throw new InvalidDataException(SourcePosition.ofCell(book.name(), sheet.name(), header.number()
                            + ":" + header.number(), header.number()), null, c.key, Labels.of("thiếu cột "
                            + Limits.quote(c.header()), "no column " + Limits.quote(c.header())));
                }
            }
            List<Table> out = new ArrayList<>();
            for (int i = at + 1; i < rows.size(); i++) {
                Row row = rows.get(i);
                if (row.isBlank()) {
                    continue;
                }
                for (Cell cell : row.cells()) {
                    if (!cell.isBlank() && !columns.containsValue(cell.address().column())) {
                        throw cell.error(null, null, Labels.of("có giá trị ở cột " + CellAddress.columnName(
                                cell.address().column()) + ", cột không có tiêu đề", "a value in column "
                                + CellAddress.columnName(cell.address().column()) + ", which has no header"));
                    }
                }
                out.add(new Table(row, columns, sheet));
            }
            return out;
        }

        private static String headers(Part part) {
            return part.columns.stream().map(c -> Limits.quote(c.header())).collect(Collectors.joining(", "));
        }
    }

    // ------------------------------------------------------------------------------------ writing

    /**
     * Writes a cost model as a workbook a province can fill: {@link #intake} gives back an equal
     * model (a note or description of spaces only is read back empty, as from JSON). The figures
     * are written as exact number cells (whole đồng formatted {@code #,##0}); codes and notes as
     * text; the synthetic flag on sheet {@value #DESCRIPTION}, in red when the figures are
     * synthetic.
     *
     * @param model the model
     * @param out   where to write (not closed)
     * @throws IllegalArgumentException if a text is longer than Excel's 32,767 characters of a cell
     */
    public static void write(CostModel model, OutputStream out) {
        write(model, false, out);
    }

    /**
     * Writes the blank form: the sheets with their headers, the notes and the drop-down lists, the
     * synthetic flag and every cost left for the province to fill. Read as it is, it is refused
     * (the flag is required).
     *
     * @param out where to write (not closed)
     */
    public static void writeTemplate(OutputStream out) {
        write(CostModel.builder().build(), true, out);
    }

    private static void write(CostModel model, boolean blank, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            XSSFSheet notes = wb.createSheet(NOTES);
            XSSFSheet description = wb.createSheet(DESCRIPTION);
            notes(notes, model, blank, st);
            // the description sheet
            header(description, Part.DESCRIPTION, st);
            String[] values = {CostModelJson.SCHEMA, model.description(), blank ? "" : model.isSynthetic() ? YES : NO};
            for (int i = 0; i < FIELDS.length; i++) {
                text(description, i + 2, 1, FIELDS[i][1] + " / " + FIELDS[i][2], st.label);
                text(description, i + 2, 2, values[i], i == 2 && model.isSynthetic() ? st.synthetic : st.open);
            }
            list(description, 4, 4, 2, new String[] {YES, NO}, "Số liệu giả định?",
                    "'có': số liệu giả định (ví dụ); 'không': số liệu của tỉnh.");
            if (model.isSynthetic()) {
                description.setTabColor(new org.apache.poi.xssf.usermodel.XSSFColor(new byte[] {(byte) 0xC0, 0, 0}, null));
            }
            // the indicator costs
            XSSFSheet indicators = wb.createSheet(INDICATORS);
            header(indicators, Part.INDICATORS, st);
            int r = 2;
            for (IndicatorCost c : model.indicators().values().stream().sorted(Comparator.comparing(
                    IndicatorCost::indicator)).toList()) {
                text(indicators, r, 1, c.indicator(), st.open);
                number(indicators, r, 2, c.rate().toPlainString(), st.rate);
                text(indicators, r, 3, c.basis().vietnamese(), st.open);
                number(indicators, r, 4, Long.toString(c.fixed().dong()), st.amount);
                text(indicators, r, 5, c.note(), st.open);
                r++;
            }
            list(indicators, 2, FORM_ROWS, 3, labels(IndicatorCost.Basis.class), "Đơn vị cải thiện",
                    "Chọn 'đơn vị đo của chỉ tiêu' hoặc 'điểm phần trăm'.");
            // the criterion costs
            XSSFSheet criteria = wb.createSheet(CRITERIA);
            header(criteria, Part.CRITERIA, st);
            r = 2;
            for (CriterionCost c : model.criterionCosts().stream().sorted(Comparator.comparing(CriterionCost::standard)
                    .thenComparing(CriterionCost::criterion)).toList()) {
                text(criteria, r, 1, c.standard(), st.open);
                text(criteria, r, 2, c.criterion(), st.open);
                number(criteria, r, 3, Long.toString(c.cost().dong()), st.amount);
                text(criteria, r, 4, c.note(), st.open);
                r++;
            }
            // the exclusions
            XSSFSheet exclusions = wb.createSheet(EXCLUSIONS);
            header(exclusions, Part.EXCLUSIONS, st);
            r = 2;
            for (Exclusion e : model.exclusions().values().stream().sorted(Comparator.comparing(Exclusion::unit))
                    .toList()) {
                text(exclusions, r, 1, e.unit(), st.open);
                text(exclusions, r, 2, e.kind().vietnamese(), st.open);
                text(exclusions, r, 3, e.note(), st.open);
                r++;
            }
            list(exclusions, 2, FORM_ROWS, 2, labels(Exclusion.Kind.class), "Lý do",
                    "Chọn 'tỉnh không đưa vào kế hoạch' hoặc 'đã có trong kế hoạch khác'.");
            wb.setActiveSheet(wb.getSheetIndex(description));
            wb.setSelectedTab(wb.getSheetIndex(description));
            wb.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell styles of the form. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle label;
        final CellStyle open;
        final CellStyle rate;
        final CellStyle amount;
        final CellStyle synthetic;
        final CellStyle text;
        final CellStyle title;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            label = wb.createCellStyle();
            label.setFont(bold);
            open = wb.createCellStyle();
            open.setWrapText(true);
            open.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            open.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            rate = wb.createCellStyle();
            rate.cloneStyleFrom(open);
            rate.setWrapText(false);
            amount = wb.createCellStyle();
            amount.cloneStyleFrom(rate);
            amount.setDataFormat((short) 3); // #,##0: the stored number is exact whatever the display
            Font red = wb.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.WHITE.getIndex());
            synthetic = wb.createCellStyle();
            synthetic.setFont(red);
            synthetic.setFillForegroundColor(IndexedColors.RED.getIndex());
            synthetic.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = wb.createCellStyle();
            text.setWrapText(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title = wb.createCellStyle();
            title.setFont(big);
            title.setWrapText(true);
        }
    }

    private static void notes(XSSFSheet sheet, CostModel model, boolean blank, Styles st) {
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        List<String[]> lines = new ArrayList<>();
        if (model.isSynthetic()) {
            lines.add(new String[] {"SỐ LIỆU GIẢ ĐỊNH — SYNTHETIC FIGURES",
                "Mọi con số của sổ tính này được đặt ra để minh họa, không phải đơn giá của tỉnh hay của trung ương. "
                        + "/ Every figure of this workbook is invented for illustration: not a unit cost of any "
                        + "province, nor a national one."});
        }
        lines.add(new String[] {"Bảng chi phí kế hoạch / Plan cost model", "ntm " + CostModelJson.SCHEMA
                + (blank ? " — biểu mẫu trống / blank form" : "")});
        lines.add(new String[] {"Số liệu của tỉnh / The province's figures",
                "Chi phí là số liệu của tỉnh (dự toán, kế hoạch đầu tư): không có đơn giá quốc gia nào và ntm không có "
                        + "giá trị mặc định. / The costs are the province's own (its estimates, its investment plans): "
                        + "no national unit cost exists, and ntm has no default."});
        lines.add(new String[] {"Cách điền / How to fill",
                "Điền các ô màu vàng; mỗi dòng một chi phí. Nhập số dưới dạng ô số, không gõ dạng văn bản (\"1.205\" "
                        + "dạng văn bản bị từ chối). Không dùng công thức. / Fill the yellow cells, one cost per row. "
                        + "Type numbers as number cells, never as text (text \"1.205\" is refused). No formulas."});
        lines.add(new String[] {"Trang / Sheet " + DESCRIPTION, "Định dạng (không sửa), mô tả nguồn số liệu, và "
                + "'có' nếu số liệu là giả định, 'không' nếu là số liệu của tỉnh (bắt buộc). / Format (keep it), "
                + "where the figures come from, and 'có' (yes) for invented figures or 'không' (no) for the "
                + "province's own (required)."});
        for (Part part : List.of(Part.INDICATORS, Part.CRITERIA, Part.EXCLUSIONS)) {
            lines.add(new String[] {"Trang / Sheet " + part.sheet, ""});
            for (Column c : part.columns) {
                lines.add(new String[] {c.header(), (c.required ? "bắt buộc; " : "") + c.noteVi + ". / "
                        + (c.required ? "required; " : "") + c.noteEn + "."});
            }
        }
        lines.add(new String[] {"Cách tính / How costs add up",
                "Cải thiện một chỉ tiêu tốn: phần cố định + đơn giá × mức cải thiện, làm tròn lên đồng. Một tiêu chí "
                        + "được đánh giá chung, hoặc có chỉ tiêu không có đơn giá, tốn chi phí của tiêu chí. / An "
                        + "improvement costs fixed + rate × change, rounded up to whole đồng; a criterion assessed as "
                        + "a whole, or with an indicator without a rate, costs the criterion's cost."});
        lines.add(new String[] {"Sử dụng / Use", "ntm plan --costs <tệp>.xlsx ... (docs/formats.md, docs/planning.md)"});
        int r = 1;
        for (String[] line : lines) {
            boolean title = r == 1 && model.isSynthetic();
            text(sheet, r, 1, line[0], title ? st.synthetic : st.label);
            text(sheet, r, 2, line[1], title ? st.title : st.text);
            r++;
        }
        if (model.isSynthetic()) {
            sheet.setTabColor(new org.apache.poi.xssf.usermodel.XSSFColor(new byte[] {(byte) 0xC0, 0, 0}, null));
        }
    }

    private static void header(XSSFSheet sheet, Part part, Styles st) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        for (int c = 0; c < part.columns.size(); c++) {
            Column column = part.columns.get(c);
            text(sheet, 1, c + 1, column.header(), st.header);
            sheet.setColumnWidth(c, column.width * 256);
            ClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, c, 1, c + 3, 6);
            XSSFComment comment = drawing.createCellComment(anchor);
            comment.setString(new XSSFRichTextString((column.required ? "Bắt buộc. " : "") + column.noteVi + ".\n"
                    + (column.required ? "Required. " : "") + column.noteEn + "."));
            comment.setAuthor("ntm");
            sheet.getRow(0).getCell(c).setCellComment(comment);
        }
        sheet.createFreezePane(0, 1);
    }

    private static <E extends Enum<E> & Labelled> String[] labels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labelled::vietnamese).toArray(String[]::new);
    }

    private static void list(XSSFSheet sheet, int fromRow, int toRow, int column, String[] choices, String title,
            String prompt) {
        DataValidationHelper dv = sheet.getDataValidationHelper();
        DataValidation v = dv.createValidation(dv.createExplicitListConstraint(choices), new CellRangeAddressList(
                fromRow - 1, toRow - 1, column - 1, column - 1));
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox("Giá trị không hợp lệ", prompt);
        v.setShowPromptBox(true);
        v.createPromptBox(title, prompt);
        v.setEmptyCellAllowed(true);
        sheet.addValidationData(v);
    }

    private static org.apache.poi.ss.usermodel.Cell cell(XSSFSheet sheet, int row, int column) {
        org.apache.poi.ss.usermodel.Row r = sheet.getRow(row - 1);
        if (r == null) {
            r = sheet.createRow(row - 1);
        }
        return r.createCell(column - 1);
    }

    private static void text(XSSFSheet sheet, int row, int column, String value, CellStyle style) {
        if (value.length() > CELL_CHARS) {
            throw new IllegalArgumentException("a text of " + value.length() + " characters does not fit a cell ("
                    + CELL_CHARS + " at most): row " + row + " of sheet " + sheet.getSheetName());
        }
        org.apache.poi.ss.usermodel.Cell cell = cell(sheet, row, column);
        if (!value.isEmpty()) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    /** A number cell holding the decimal's own text, not a double's: the value is stored exactly. */
    private static void number(XSSFSheet sheet, int row, int column, String plain, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = cell(sheet, row, column);
        cell.setCellValue(0);
        ((XSSFCell) cell).getCTCell().setV(plain);
        cell.setCellStyle(style);
    }
}
