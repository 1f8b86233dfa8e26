package io.github.ntmlib.intake;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.Limits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an Excel workbook (.xlsx, Office Open XML) within {@link WorkbookLimits}: streaming, part
 * by part, with the zip bounds set before a byte is inflated and every count checked as it grows,
 * so that time and memory stay linear in the file whatever it holds (a zip bomb, a million shared
 * strings, a cell at XFD1048576).
 *
 * <p>Cells are typed by what the file stores: a number exactly as written ({@code <v>1205</v>} is
 * 1205, never text read as a number), a date when the number's cell is formatted as a date, text,
 * TRUE/FALSE or an error value; a formula cell is its cached value, flagged. XML is parsed
 * without DTDs or external entities.
 *
 * <p>Every refusal is an {@link InvalidDataException} naming the workbook and, where there is one,
 * the sheet and cell ({@code gia-tri.xlsx, Giá trị!D17}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class XlsxReader {

    /** The most styles (cell formats) of a workbook; Excel's own bound is 64,000. */
    static final int MAX_STYLES = 65_536;
    /** The most characters of a number format code. */
    static final int MAX_FORMAT_CHARS = 1_024;
    /** The most characters of a sheet name (Excel allows 31). */
    static final int MAX_SHEET_NAME = 100;
    /** The most warnings listed one by one; past it, one warning counts the rest. */
    static final int MAX_WARNINGS = 1_000;

    private XlsxReader() {
    }

    /**
     * Reads a workbook file.
     *
     * @param file   the .xlsx file
     * @param limits the bounds
     * @return the workbook, named by the file's name
     * @throws InvalidDataException if the file is not a readable workbook or exceeds a bound
     */
    public static Workbook read(Path file, WorkbookLimits limits) {
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new InvalidDataException(SourcePosition.of(name), null, null, Labels.of("sổ tính có " + size + " byte (tối đa " + limits.maxFileBytes() + ")",
                                "the workbook has " + size
                        + " bytes (at most " + limits.maxFileBytes() + ")"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (XlsxReader.class) {
            secure(limits);
            OPCPackage pkg = null;
            try {
                pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                return read(pkg, name, limits);
            } catch (InvalidDataException e) {
                throw e;
            } catch (Exception e) {
                throw unreadable(name, e);
            } finally {
                if (pkg != null) {
                    pkg.revert();
                }
            }
        }
    }

    /**
     * Reads a workbook from a stream (read whole, at most {@link WorkbookLimits#maxFileBytes()}).
     *
     * @param in     the bytes of the .xlsx file; not closed
     * @param name   the file name, for errors
     * @param limits the bounds
     * @return the workbook
     * @throws InvalidDataException if the bytes are not a readable workbook or exceed a bound
     */
    public static Workbook read(InputStream in, String name, WorkbookLimits limits) {
        byte[] bytes = bounded(in, name, limits.maxFileBytes());
        synchronized (XlsxReader.class) {
            secure(limits);
            OPCPackage pkg = null;
            try {
                pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
                return read(pkg, name, limits);
            } catch (InvalidDataException e) {
                throw e;
            } catch (Exception e) {
                throw unreadable(name, e);
            } finally {
                if (pkg != null) {
                    pkg.revert();
                }
            }
        }
    }

    private static byte[] bounded(InputStream in, String name, long max) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > max) {
                    throw new InvalidDataException(SourcePosition.of(name), null, null, Labels.of("sổ tính có hơn " + max + " byte",
                                    "the workbook has more than " + max + " bytes"));
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void secure(WorkbookLimits limits) {
        ZipSecureFile.setMinInflateRatio(1.0 / limits.maxInflation());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        ZipSecureFile.setMaxTextSize(limits.maxTextChars());
    }

    private static InvalidDataException unreadable(String name, Throwable e) {
        String reason = Limits.reason(e);
        String hint = "";
        String hintVi = "";
        if (reason.contains("OLE2")) {
            hint = " (an .xls workbook of Excel 97-2003: save it as .xlsx)";
            hintVi = " (sổ tính .xls của Excel 97-2003: hãy lưu lại dạng .xlsx)";
        } else if (reason.contains("Zip bomb") || reason.contains("zip bomb")) {
            hint = " (a part expands beyond the bounds: a zip bomb or a damaged file)";
            hintVi = " (một phần giải nén vượt giới hạn: tệp nén độc hại hoặc tệp hỏng)";
        } else if (e instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException) {
            hint = " (not an .xlsx workbook)";
            hintVi = " (không phải là sổ tính .xlsx)";
        }
        return new InvalidDataException(SourcePosition.of(name), null, null, Labels.of("không phải là sổ tính .xlsx đọc được" + hintVi + ": " + Limits.quote(reason),
                        "not a readable .xlsx workbook"
                + hint + ": " + Limits.quote(reason)), e);
    }

    private static Workbook read(OPCPackage pkg, String name, WorkbookLimits limits) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        Reading reading = new Reading(name, limits);
        reading.date1904 = date1904(reader, name);
        // a workbook may lack styles (then no cell is a date) and shared strings (then no cell refers to one)
        try (InputStream styles = optional(reader::getStylesData)) {
            if (styles != null) {
                parse(styles, new StylesHandler(reading), name, "xl/styles.xml");
            }
        }
        try (InputStream strings = optional(reader::getSharedStringsData)) {
            if (strings != null) {
                parse(strings, new StringsHandler(reading), name, "xl/sharedStrings.xml");
            }
        }
        List<Sheet> sheets = new ArrayList<>();
        Iterator<InputStream> parts = reader.getSheetsData();
        while (parts.hasNext()) {
            try (InputStream part = parts.next()) {
                String sheetName = ((XSSFReader.SheetIterator) parts).getSheetName();
                if (sheetName == null || sheetName.isBlank() || sheetName.length() > MAX_SHEET_NAME) {
                    throw new InvalidDataException(SourcePosition.of(name), null, "sheet", Labels.of("trang tính " + (sheets.size() + 1) + " không có tên hoặc tên dài hơn " + MAX_SHEET_NAME + " ký tự (Excel cho phép 31)",
                                    "sheet " + (sheets.size() + 1)
                            + " has no name or a name of more than " + MAX_SHEET_NAME + " characters (Excel allows 31)"));
                }
                if (sheets.size() >= limits.maxSheets()) {
                    throw new InvalidDataException(SourcePosition.of(name), null, "sheet", Labels.of("sổ tính có hơn " + limits.maxSheets() + " trang tính",
                                    "the workbook has more than "
                            + limits.maxSheets() + " sheets"));
                }
                SheetHandler handler = new SheetHandler(reading, sheetName);
                parse(part, handler, name, sheetName);
                sheets.add(new Sheet(name, sheetName, handler.rows, handler.merged));
            }
        }
        if (reading.warningsOver > 0) {
            reading.warnings.add(new IntakeWarning(SourcePosition.of(name), Labels.of("và " + reading.warningsOver
                    + " cảnh báo khác", "and " + reading.warningsOver + " more warnings")));
        }
        return new Workbook(name, sheets, reading.warnings);
    }

    /** A part that may be absent. */
    private interface Part {
        @Nullable InputStream open() throws Exception;
    }

    private static @Nullable InputStream optional(Part part) throws Exception {
        try {
            return part.open();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            return null;
        }
    }

    private static boolean date1904(XSSFReader reader, String name) throws Exception {
        boolean[] found = new boolean[1];
        try (InputStream workbook = reader.getWorkbookData()) {
            parse(workbook, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if (local(localName, qName).equals("workbookPr")) {
                        String v = atts.getValue("date1904");
                        found[0] = "1".equals(v) || "true".equals(v);
                    }
                }
            }, name, "xl/workbook.xml");
        }
        return found[0];
    }

    private static void parse(InputStream in, DefaultHandler handler, String name, String part) throws IOException {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (SAXException e) {
            if (e.getException() instanceof InvalidDataException) {
                throw (InvalidDataException) e.getException();
            }
            throw new InvalidDataException(SourcePosition.of(name), null, part, Labels.of("XML không đọc được: " + Limits.quote(Limits.reason(e)),
                            "not readable XML: "
                    + Limits.quote(Limits.reason(e))), e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String local(String localName, String qName) {
        if (!localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** The state shared by the parts of one read. */
    private static final class Reading {
        final String name;
        final WorkbookLimits limits;
        final List<String> strings = new ArrayList<>();
        final List<Boolean> styles = new ArrayList<>();
        final List<IntakeWarning> warnings = new ArrayList<>();
        int warningsOver;
        boolean date1904;
        long cells;
        long textChars;

        Reading(String name, WorkbookLimits limits) {
            this.name = name;
            this.limits = limits;
        }

        void warn(SourcePosition position, Labels message) {
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add(new IntakeWarning(position, message));
            } else {
                warningsOver++;
            }
        }

        SAXException error(SourcePosition position, @Nullable String field, Labels message) {
            return new SAXException(new InvalidDataException(position, null, field, message));
        }
    }

    /** The cell formats (cellXfs) of xl/styles.xml: which are dates. */
    private static final class StylesHandler extends DefaultHandler {
        private final Reading reading;
        private final Map<Integer, String> formats = new HashMap<>();
        private final List<Integer> xfs = new ArrayList<>();
        private boolean inCellXfs;

        StylesHandler(Reading reading) {
            this.reading = reading;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            String name = local(localName, qName);
            if (name.equals("numFmt")) {
                String code = atts.getValue("formatCode");
                Integer id = integer(atts.getValue("numFmtId"));
                if (id != null && code != null) {
                    if (code.length() > MAX_FORMAT_CHARS || formats.size() >= MAX_STYLES) {
                        throw reading.error(SourcePosition.of(reading.name), "xl/styles.xml", Labels.of("các định dạng số vượt giới hạn (" + MAX_STYLES + " định dạng, mỗi định dạng tối đa " + MAX_FORMAT_CHARS + " ký tự)",
                                        "the number formats exceed the bounds (" + MAX_STYLES + " formats of at most "
                                        + MAX_FORMAT_CHARS + " characters)"));
                    }
                    formats.put(id, code);
                }
            } else if (name.equals("cellXfs")) {
                inCellXfs = true;
            } else if (name.equals("xf") && inCellXfs) {
                if (xfs.size() >= MAX_STYLES) {
                    throw reading.error(SourcePosition.of(reading.name), "xl/styles.xml", Labels.of("sổ tính có hơn " + MAX_STYLES + " định dạng ô",
                                    "the workbook has more than " + MAX_STYLES + " cell formats"));
                }
                Integer id = integer(atts.getValue("numFmtId"));
                xfs.add(id == null ? 0 : id);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (local(localName, qName).equals("cellXfs")) {
                inCellXfs = false;
            }
        }

        @Override
        public void endDocument() {
            for (int id : xfs) {
                String code = formats.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
                reading.styles.add(code != null && DateUtil.isADateFormat(id, code));
            }
        }
    }

    /** xl/sharedStrings.xml: each si's text runs (phonetic runs left out), within the bounds. */
    private static final class StringsHandler extends DefaultHandler {
        private final Reading reading;
        private final StringBuilder text = new StringBuilder();
        private boolean inString;
        private boolean inText;
        private int phonetic;

        StringsHandler(Reading reading) {
            this.reading = reading;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            String name = local(localName, qName);
            if (name.equals("si")) {
                if (reading.strings.size() >= reading.limits.maxSharedStrings()) {
                    throw reading.error(SourcePosition.of(reading.name), "xl/sharedStrings.xml", Labels.of("sổ tính có hơn " + reading.limits.maxSharedStrings() + " chuỗi dùng chung",
                                    "the workbook has more than " + reading.limits.maxSharedStrings() + " shared strings"));
                }
                inString = true;
                text.setLength(0);
            } else if (name.equals("rPh")) {
                phonetic++;
            } else if (name.equals("t") && inString && phonetic == 0) {
                inText = true;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (!inText) {
                return;
            }
            if (text.length() + length > reading.limits.maxCellChars()) {
                throw reading.error(SourcePosition.of(reading.name), "xl/sharedStrings.xml", Labels.of("chuỗi dùng chung thứ " + (reading.strings.size() + 1) + " có hơn " + reading.limits.maxCellChars() + " ký tự",
                                "shared string "
                        + (reading.strings.size() + 1) + " has more than " + reading.limits.maxCellChars()
                        + " characters"));
            }
            reading.textChars += length;
            if (reading.textChars > reading.limits.maxTextChars()) {
                throw reading.error(SourcePosition.of(reading.name), "xl/sharedStrings.xml", Labels.of("các chuỗi dùng chung có hơn " + reading.limits.maxTextChars() + " ký tự",
                                "the shared strings have more than " + reading.limits.maxTextChars() + " characters"));
            }
            text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = local(localName, qName);
            if (name.equals("t")) {
                inText = false;
            } else if (name.equals("rPh")) {
                phonetic--;
            } else if (name.equals("si") && inString) {
                reading.strings.add(text.toString());
                inString = false;
            }
        }
    }

    /** A worksheet's XML: rows of cells and merged regions, within the bounds. */
    private static final class SheetHandler extends DefaultHandler {
        private final Reading reading;
        private final String sheet;
        final List<Row> rows = new ArrayList<>();
        final List<MergedRegion> merged = new ArrayList<>();
        private final List<Cell> cells = new ArrayList<>();
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private int row;
        private int column;
        private int lastColumn;
        private @Nullable String type;
        private int style;
        private boolean formula;
        private boolean inValue;
        private boolean inInline;
        private boolean inInlineText;
        private int phonetic;
        private boolean hasValue;
        private boolean inSheetData;
        private long mergedArea;

        SheetHandler(Reading reading, String sheet) {
            this.reading = reading;
            this.sheet = sheet;
        }

        private SourcePosition here() {
            return row >= 1 && row <= WorkbookLimits.EXCEL_ROWS && column >= 1 && column <= WorkbookLimits.EXCEL_COLUMNS
                    ? SourcePosition.ofCell(reading.name, sheet, CellAddress.columnName(column) + row, row)
                    : SourcePosition.ofCell(reading.name, sheet, row + ":" + row, Math.max(0, Math.min(row,
                            WorkbookLimits.EXCEL_ROWS)));
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            String name = local(localName, qName);
            switch (name) {
                case "sheetData":
                    inSheetData = true;
                    break;
                case "row":
                    startRow(atts.getValue("r"));
                    break;
                case "c":
                    if (inSheetData) {
                        startCell(atts);
                    }
                    break;
                case "v":
                    inValue = true;
                    hasValue = true;
                    break;
                case "f":
                    formula = true;
                    break;
                case "is":
                    inInline = true;
                    hasValue = true;
                    break;
                case "rPh":
                    phonetic++;
                    break;
                case "t":
                    inInlineText = inInline && phonetic == 0;
                    break;
                case "mergeCell":
                    merge(atts.getValue("ref"));
                    break;
                default:
                    break;
            }
        }

        private void startRow(@Nullable String r) throws SAXException {
            int number = r == null ? row + 1 : parseInt(r, -1);
            if (number < 1 || number <= row) {
                throw reading.error(SourcePosition.ofCell(reading.name, sheet, "row " + Limits.quote(String.valueOf(r)),
                        0), null, Labels.of("số dòng phải dương và tăng dần",
                                "row numbers must be positive and increasing"));
            }
            if (number > reading.limits.maxRows()) {
                throw reading.error(SourcePosition.ofCell(reading.name, sheet, number + ":" + number,
                        Math.min(number, WorkbookLimits.EXCEL_ROWS)), null, Labels.of("dòng " + number + " vượt giới hạn " + reading.limits.maxRows() + " dòng",
                                "row " + number + " is beyond the bound of "
                        + reading.limits.maxRows() + " rows"));
            }
            row = number;
            lastColumn = 0;
            cells.clear();
        }

        private void startCell(Attributes atts) throws SAXException {
            String r = atts.getValue("r");
            int c = lastColumn + 1;
            if (r != null) {
                int i = 0;
                while (i < r.length() && Character.isLetter(r.charAt(i))) {
                    i++;
                }
                c = CellAddress.columnNumber(r.substring(0, Math.min(i, 4)));
                int at = parseInt(r.substring(i), -1);
                if (c < 0 || at != row) {
                    throw reading.error(SourcePosition.ofCell(reading.name, sheet, row + ":" + row, row), null, Labels.of("tham chiếu ô " + Limits.quote(r) + " không phải là ô của dòng " + row,
                                    "cell reference " + Limits.quote(r) + " is not a cell of row " + row));
                }
            }
            column = c;
            if (c <= lastColumn) {
                throw reading.error(here(), null, Labels.of("các ô của một dòng phải theo thứ tự cột",
                                "cells of a row must be in column order"));
            }
            if (c > reading.limits.maxColumns()) {
                throw reading.error(here(), null, Labels.of("cột " + CellAddress.columnName(c) + " vượt giới hạn " + reading.limits.maxColumns() + " cột",
                                "column " + CellAddress.columnName(c) + " is beyond the bound of "
                        + reading.limits.maxColumns() + " columns"));
            }
            lastColumn = c;
            type = atts.getValue("t");
            String s = atts.getValue("s");
            style = s == null ? 0 : parseInt(s, -1);
            formula = false;
            hasValue = false;
            value.setLength(0);
            inline.setLength(0);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            StringBuilder target = inValue ? value : inInlineText ? inline : null;
            if (target == null) {
                return;
            }
            if (target.length() + length > reading.limits.maxCellChars()) {
                throw reading.error(here(), null, Labels.of("ô có hơn " + reading.limits.maxCellChars() + " ký tự",
                                "the cell has more than " + reading.limits.maxCellChars()
                        + " characters"));
            }
            target.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            String name = local(localName, qName);
            switch (name) {
                case "sheetData":
                    inSheetData = false;
                    break;
                case "v":
                    inValue = false;
                    break;
                case "is":
                    inInline = false;
                    break;
                case "t":
                    inInlineText = false;
                    break;
                case "rPh":
                    phonetic--;
                    break;
                case "c":
                    if (inSheetData) {
                        endCell();
                    }
                    break;
                case "row":
                    if (!cells.isEmpty()) {
                        rows.add(new Row(reading.name, sheet, row, cells));
                    }
                    cells.clear();
                    break;
                default:
                    break;
            }
        }

        private void endCell() throws SAXException {
            CellAddress address = new CellAddress(reading.name, sheet, row, column);
            Cell cell = typed(address);
            if (cell.kind() == CellKind.BLANK) {
                if (formula) {
                    reading.warn(address.position(), Labels.of("công thức không có giá trị đã lưu được đọc là ô trống",
                            "a formula without a cached value is read as a blank cell"));
                }
                return;
            }
            if (++reading.cells > reading.limits.maxCells()) {
                throw reading.error(here(), null, Labels.of("sổ tính có hơn " + reading.limits.maxCells() + " ô",
                                "the workbook has more than " + reading.limits.maxCells() + " cells"));
            }
            cells.add(cell);
        }

        private Cell typed(CellAddress address) throws SAXException {
            String t = type == null ? "n" : type;
            String v = value.toString();
            if (!hasValue) {
                return Cell.blank(address);
            }
            switch (t) {
                case "s": {
                    int index = parseInt(v.strip(), -1);
                    if (index < 0 || index >= reading.strings.size()) {
                        throw reading.error(here(), null, Labels.of("chuỗi dùng chung " + Limits.quote(v) + " không tồn tại",
                                        "shared string " + Limits.quote(v) + " does not exist"));
                    }
                    return Cell.of(address, CellKind.TEXT, reading.strings.get(index), formula);
                }
                case "inlineStr":
                    return Cell.of(address, CellKind.TEXT, inline.toString(), formula);
                case "str":
                    return Cell.of(address, CellKind.TEXT, v, formula);
                case "b":
                    if (v.strip().equals("1") || v.strip().equalsIgnoreCase("true")) {
                        return Cell.of(address, CellKind.BOOLEAN, Boolean.TRUE, formula);
                    }
                    if (v.strip().equals("0") || v.strip().equalsIgnoreCase("false")) {
                        return Cell.of(address, CellKind.BOOLEAN, Boolean.FALSE, formula);
                    }
                    throw reading.error(here(), null, Labels.of("ô kiểu đúng/sai chứa " + Limits.quote(v),
                                    "a boolean cell holds " + Limits.quote(v)));
                case "e":
                    return Cell.of(address, CellKind.ERROR, v.strip(), formula);
                case "d":
                    try {
                        String iso = v.strip();
                        return Cell.of(address, CellKind.DATE, LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10)
                                : iso), formula);
                    } catch (java.time.DateTimeException e) {
                        throw reading.error(here(), null, Labels.of("ô kiểu ngày chứa " + Limits.quote(v),
                                        "a date cell holds " + Limits.quote(v)));
                    }
                case "n":
                    return number(address, v.strip());
                default:
                    throw reading.error(here(), null, Labels.of("kiểu ô không rõ " + Limits.quote(t),
                                    "unknown cell type " + Limits.quote(t)));
            }
        }

        private Cell number(CellAddress address, String v) throws SAXException {
            if (v.isEmpty()) {
                return Cell.blank(address);
            }
            BigDecimal number;
            try {
                if (v.length() > Limits.NUMBER_TEXT) {
                    throw new NumberFormatException();
                }
                number = new BigDecimal(v);
            } catch (NumberFormatException e) {
                throw reading.error(here(), null, Labels.of("ô kiểu số chứa " + Limits.quote(v),
                                "a number cell holds " + Limits.quote(v)));
            }
            number = canonical(number);
            Labels problem = Limits.numberLimit(number);
            if (problem != null) {
                throw reading.error(here(), null, problem);
            }
            boolean date = style >= 0 && style < reading.styles.size() && reading.styles.get(style);
            if (style < 0 || style >= Math.max(1, reading.styles.size()) && !reading.styles.isEmpty()) {
                throw reading.error(here(), null, Labels.of("định dạng ô " + style + " không tồn tại",
                                "cell format " + style + " does not exist"));
            }
            if (!date) {
                return Cell.of(address, CellKind.NUMBER, number, formula);
            }
            return Cell.of(address, CellKind.DATE, date(address, number), formula);
        }

        private LocalDate date(CellAddress address, BigDecimal serial) throws SAXException {
            if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_466)) >= 0) {
                throw reading.error(here(), null, Labels.of("số sê-ri ngày " + Limits.quote(serial.toPlainString()) + " không phải là ngày trong khoảng năm 1900 đến 9999",
                                "the date serial " + Limits.quote(serial.toPlainString())
                        + " is not a date between 1900 and 9999"));
            }
            long days = serial.longValue();
            if (serial.stripTrailingZeros().scale() > 0) {
                reading.warn(address.position(), Labels.of("giờ trong ngày bị bỏ khỏi ngày",
                        "the time of day is dropped from the date"));
            }
            if (reading.date1904) {
                return LocalDate.of(1904, 1, 1).plusDays(days);
            }
            if (days == 60) {
                throw reading.error(here(), null, Labels.of("số sê-ri ngày 60 là 29/02/1900, một ngày không tồn tại",
                                "the date serial 60 is 29/02/1900, a day that does not exist"));
            }
            if (days == 0) {
                throw reading.error(here(), null, Labels.of("số sê-ri ngày 0 không phải là ngày",
                                "the date serial 0 is no date"));
            }
            return days < 60 ? LocalDate.of(1899, 12, 31).plusDays(days) : LocalDate.of(1899, 12, 30).plusDays(days);
        }

        private void merge(@Nullable String ref) throws SAXException {
            if (merged.size() >= reading.limits.maxMergedRegions()) {
                throw reading.error(SourcePosition.ofCell(reading.name, sheet, "mergeCells", 0), null, Labels.of("trang tính có hơn " + reading.limits.maxMergedRegions() + " vùng gộp ô",
                                "the sheet has more than " + reading.limits.maxMergedRegions() + " merged regions"));
            }
            int[] from = ref == null ? null : reference(ref.substring(0, Math.max(0, ref.indexOf(':'))));
            int[] to = ref == null ? null : reference(ref.substring(ref.indexOf(':') + 1));
            if (from == null || to == null || to[0] < from[0] || to[1] < from[1]) {
                throw reading.error(SourcePosition.ofCell(reading.name, sheet, "mergeCells", 0), null, Labels.of("vùng gộp ô " + Limits.quote(String.valueOf(ref)) + " không phải là một vùng",
                                "merged region " + Limits.quote(String.valueOf(ref)) + " is not a range"));
            }
            if (to[0] > reading.limits.maxRows() || to[1] > reading.limits.maxColumns()) {
                throw reading.error(SourcePosition.ofCell(reading.name, sheet, "mergeCells", 0), null, Labels.of("vùng gộp ô " + Limits.quote(String.valueOf(ref)) + " vượt giới hạn " + reading.limits.maxRows() + " dòng và " + reading.limits.maxColumns() + " cột",
                                "merged region "
                        + Limits.quote(String.valueOf(ref)) + " reaches beyond the bounds of " + reading.limits.maxRows() + " rows and "
                        + reading.limits.maxColumns() + " columns"));
            }
            mergedArea += (long) (to[0] - from[0] + 1) * (to[1] - from[1] + 1);
            if (mergedArea > reading.limits.maxCells()) {
                throw reading.error(SourcePosition.ofCell(reading.name, sheet, "mergeCells", 0), null, Labels.of("các vùng gộp ô phủ hơn " + reading.limits.maxCells() + " ô",
                                "the merged regions cover more than " + reading.limits.maxCells() + " cells"));
            }
            merged.add(new MergedRegion(from[0], from[1], to[0], to[1]));
        }

        /** A reference such as D17 as {row, column}, or null. */
        private static int @Nullable [] reference(String ref) {
            int i = 0;
            while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
                i++;
            }
            int column = CellAddress.columnNumber(ref.substring(0, Math.min(i, 4)));
            int row = parseInt(ref.substring(i), -1);
            return column < 0 || row < 1 || row > WorkbookLimits.EXCEL_ROWS ? null : new int[] {row, column};
        }
    }

    /** The number without trailing zeros and never in exponent form for a whole number (1205.0 is 1205). */
    static BigDecimal canonical(BigDecimal number) {
        if (number.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (Math.abs((long) number.precision() - number.scale()) > 2L * Limits.EXPONENT) {
            return number;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static @Nullable Integer integer(@Nullable String text) {
        int v = text == null ? -1 : parseInt(text, -1);
        return v < 0 ? null : v;
    }

    /** A non-negative decimal integer of at most 9 digits, or {@code otherwise}. */
    private static int parseInt(String text, int otherwise) {
        if (text.isEmpty() || text.length() > 9) {
            return otherwise;
        }
        int v = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return otherwise;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
