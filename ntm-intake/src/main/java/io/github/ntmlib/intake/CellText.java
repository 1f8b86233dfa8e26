package io.github.ntmlib.intake;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.internal.Limits;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A cell's value as the long CSV form writes it, by what the column needs: the one place where a
 * workbook cell becomes text for the CSV readers. A number comes from a number cell (its exact
 * value), or from text only when the text is plain digits or a number style was declared; a
 * date from a date cell or text the CSV reader then checks; an error value never passes.
 */
final class CellText {

    /** What a column needs. */
    enum Need {
        /** Text: any cell but an error value. */
        TEXT,
        /** A number. */
        NUMBER,
        /** A date. */
        DATE
    }

    private CellText() {
    }

    static String of(Cell cell, Need need, String column, @Nullable NumberStyle style, Warnings warnings) {
        if (cell.kind() == CellKind.ERROR) {
            throw cell.error(null, column, Labels.of("ô chứa giá trị lỗi " + Limits.quote(cell.asText()),
                            "the cell holds the error value " + cell.asText()));
        }
        if (cell.kind() == CellKind.BLANK) {
            return "";
        }
        warnings.formula(cell);
        switch (need) {
            case NUMBER:
                return number(cell, column, style, true);
            case DATE:
                if (cell.kind() == CellKind.NUMBER || cell.kind() == CellKind.BOOLEAN) {
                    throw cell.error(null, column, Labels.of("cần một ngày nhưng ô chứa " + cell.describe(Language.VIETNAMESE) + " (hãy định dạng ô là ngày, hoặc nhập ngày dạng văn bản năm-tháng-ngày)",
                                    "expected a date but the cell holds " + cell.describe()
                            + " (format the cell as a date, or type the date as yyyy-mm-dd text)"));
                }
                return cell.asText();
            default:
                return cell.asText();
        }
    }

    /**
     * A number where a column of a form without a number style needs one: a number cell's exact
     * value or text of plain digits; empty for a blank cell; an error value, a date or other text
     * is an error naming the cell. Formula cells are the caller's to warn of.
     */
    static Optional<BigDecimal> numberOf(Cell cell, String column) {
        if (cell.kind() == CellKind.ERROR) {
            throw cell.error(null, column, Labels.of("ô chứa giá trị lỗi " + Limits.quote(cell.asText()),
                            "the cell holds the error value " + cell.asText()));
        }
        if (cell.kind() == CellKind.BLANK) {
            return Optional.empty();
        }
        String text = number(cell, column, null, false);
        return text.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(text));
    }

    /** A number's text; {@code declarable}: whether the caller can declare a number style (the hint says so). */
    private static String number(Cell cell, String column, @Nullable NumberStyle style, boolean declarable) {
        if (cell.kind() == CellKind.NUMBER) {
            return cell.asText();
        }
        if (cell.kind() != CellKind.TEXT) {
            throw cell.error(null, column, Labels.of("cần một số nhưng ô chứa " + cell.describe(Language.VIETNAMESE),
                            "expected a number but the cell holds " + cell.describe()));
        }
        String text = Figures.normalizeSpaces(cell.text()).strip();
        if (text.isEmpty()) {
            return "";
        }
        if (digits(text)) {
            return text;
        }
        if (style == null && !declarable) {
            throw cell.error(null, column, Labels.of("cần một số nhưng ô chứa " + cell.describe(Language.VIETNAMESE)
                    + ": hãy nhập dạng ô số", "expected a number but the cell holds " + cell.describe()
                    + ": enter it as a number cell"));
        }
        if (style == null) {
            throw cell.error(null, column, Labels.of("cần một số nhưng ô chứa " + cell.describe(Language.VIETNAMESE) + ": hãy nhập dạng số, hoặc khai báo cách viết số (kiểu số vi hoặc plain)",
                            "expected a number but the cell holds " + cell.describe()
                    + ": enter it as a number, or declare how numbers are written (number style vi or plain)"));
        }
        return Figures.parse(text, style, cell.address().position(), null, column).toPlainString();
    }

    /** Whether text is a whole number of plain digits (with an optional '-'): the same in every style. */
    private static boolean digits(String text) {
        int start = text.charAt(0) == '-' ? 1 : 0;
        if (start == text.length() || text.length() > Limits.NUMBER_TEXT) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
