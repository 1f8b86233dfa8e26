package io.github.ntmlib.intake;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.locality.HierarchyException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Workbook rows turned into the long CSV form, so that the CSV readers of ntm-core validate them
 * (one rule, one place), with every CSV line and column traced back to its workbook cell: an error
 * of the CSV reader is given back naming the cell ({@code values.xlsx, Giá trị!D17}).
 */
final class LongCsv {

    /** Where one CSV line came from: a cell per column, and the row (for errors of the whole row). */
    record Origin(Map<String, CellAddress> cells, SourcePosition row) {
    }

    private final String workbook;
    private final String sheet;
    private final List<String> header;
    private final StringBuilder text = new StringBuilder();
    private final Map<Integer, Origin> origins = new HashMap<>();
    private final List<SourcePosition> dataRows = new ArrayList<>();
    private int line;

    LongCsv(String workbook, String sheet, List<String> header, Map<String, CellAddress> headerCells,
            SourcePosition headerRow) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.header = List.copyOf(header);
        append(header);
        origins.put(line, new Origin(Map.copyOf(headerCells), headerRow));
    }

    /** The source name the CSV reader sees. */
    String source() {
        return workbook + ", " + sheet;
    }

    /**
     * Adds a row at a CSV line (blank lines fill a gap, so that a long sheet whose header is on
     * row 1 keeps its row numbers as lines).
     */
    void add(int atLine, Map<String, String> cells, Map<String, CellAddress> from, SourcePosition row) {
        while (line + 1 < atLine) {
            text.append("\r\n");
            line++;
        }
        List<String> values = new ArrayList<>(header.size());
        for (String column : header) {
            String value = cells.getOrDefault(column, "");
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                CellAddress at = from.get(column);
                throw new InvalidDataException(at == null ? row : at.position(), null, column, Labels.of("ô có dấu xuống dòng: giá trị phải nằm trên một dòng",
                                "a line break inside the cell: the value must be on one line"));
            }
            values.add(value);
        }
        append(values);
        origins.put(line, new Origin(Map.copyOf(from), row));
        dataRows.add(row);
    }

    int nextLine() {
        return line + 1;
    }

    /** The position of each data row, in order. */
    List<SourcePosition> rows() {
        return dataRows;
    }

    private void append(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            String cell = cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || !cell.strip().equals(cell)) {
                text.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                text.append(cell);
            }
        }
        text.append("\r\n");
        line++;
    }

    /**
     * Lines before the table in the text given to the reader: 1 when it starts with the number-style
     * directive (see {@link #readDeclaringPlain}).
     */
    private int offset;

    /** Reads the CSV with a reader of ntm-core, naming the cell in any error. */
    <T> T read(BiFunction<Reader, String, T> reader) {
        offset = 0;
        return apply(reader, text.toString());
    }

    /**
     * Reads the CSV with a reader that takes no number style (one of another module), the text
     * starting with the directive {@code # number-style: plain}: the cells are already in plain
     * machine form, so "1.205" from a number cell is 1.205, never refused as ambiguous.
     */
    <T> T readDeclaringPlain(BiFunction<Reader, String, T> reader) {
        offset = 1;
        return apply(reader, "# number-style: plain\r\n" + text);
    }

    private <T> T apply(BiFunction<Reader, String, T> reader, String csv) {
        try {
            return reader.apply(new StringReader(csv), source());
        } catch (HierarchyException e) {
            List<HierarchyException.Problem> problems = new ArrayList<>();
            for (HierarchyException.Problem p : e.problems()) {
                problems.add(p.at(where(p.position(), p.field())));
            }
            HierarchyException mapped = new HierarchyException(problems);
            mapped.initCause(e);
            throw mapped;
        } catch (InvalidDataException e) {
            throw new InvalidDataException(where(e.position(), e.field().orElse(null)), e.subject().orElse(null),
                    e.field().orElse(null), Labels.of(e.reason(Language.VIETNAMESE), e.reason(Language.ENGLISH)), e);
        }
    }

    /** The workbook position of a CSV position and column. */
    SourcePosition where(SourcePosition position, @Nullable String field) {
        if (!position.source().equals(source())) {
            return position;
        }
        Origin origin = origins.get(position.line() - offset);
        if (origin == null) {
            return SourcePosition.ofCell(workbook, sheet, "?", 0);
        }
        CellAddress cell = field == null ? null : origin.cells().get(field);
        return cell == null ? origin.row() : cell.position();
    }
}
