package io.github.ntmlib.ocop.io;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.CsvTable;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.rating.Scorecard;
import io.github.ntmlib.ocop.sheet.Sheet;
import io.github.ntmlib.ocop.sheet.SheetCase;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads a council's scoring sheets (phiếu đánh giá) of one product from CSV, one answer a row.
 *
 * <p>Columns (header row required): {@code evaluator}, {@code criterion}, {@code option} (the
 * 1-based option number, or 0 for none met), {@code points} (the points written instead of an
 * option), {@code knock_out} (a knock-out id found, on a row without criterion); optional
 * {@code case} (1 or 2, "Trường hợp" of sheet 26: the case the evaluator scores the product in, on
 * any of the evaluator's rows; required on sheet 26, two different cases are an error). Each answer row
 * gives exactly one of option and points. Errors name the source and line, the product and
 * evaluator and the criterion: an unknown criterion, an option not on the sheet, a criterion
 * answered twice, points above its maximum or matching no option, an unknown knock-out; a
 * criterion left unanswered is reported once the evaluator's rows are read.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScorecardCsv {

    private static final List<String> COLUMNS = List.of("evaluator", "criterion", "option", "points", "knock_out");

    private ScorecardCsv() {
    }

    /**
     * Reads the evaluations.
     *
     * @param reader  the CSV text
     * @param source  the source name for messages
     * @param sheet   the sheet the product was scored on
     * @param product the product's name or code
     * @return the evaluations, one per evaluator in order of first appearance
     * @throws OcopDataException for a bad header, row or evaluation
     */
    public static List<Scorecard> read(Reader reader, String source, Sheet sheet, String product) {
        Map<String, Scorecard.Builder> builders = new LinkedHashMap<>();
        CsvTable table = CsvTable.read(reader, source, COLUMNS, Set.of("case"), null, CsvErrors.about(product));
        for (CsvTable.Row row : table.rows()) {
            row(row, row.position(), sheet, product, builders);
        }
        List<Scorecard> evaluations = new ArrayList<>();
        for (Scorecard.Builder b : builders.values()) {
            try {
                evaluations.add(b.build());
            } catch (OcopDataException e) {
                throw e.at(SourcePosition.of(source), product, null);
            }
        }
        if (evaluations.isEmpty()) {
            throw new OcopDataException(SourcePosition.of(source), product, null, Labels.of("không có dòng chấm điểm nào",
                    "no evaluation rows"));
        }
        return List.copyOf(evaluations);
    }

    private static void row(CsvTable.Row row, SourcePosition at, Sheet sheet, String product,
            Map<String, Scorecard.Builder> builders) {
        String evaluator = row.get("evaluator");
        if (evaluator == null || evaluator.isBlank()) {
            throw new OcopDataException(at, product, "evaluator", Labels.of("thiếu người chấm", "missing evaluator"));
        }
        String subject = product + " / " + evaluator;
        Scorecard.Builder b = builders.computeIfAbsent(evaluator, e -> Scorecard.builder(product, sheet, e));
        String criterion = row.get("criterion");
        String option = row.get("option");
        String points = row.get("points");
        String knockOut = row.get("knock_out");
        String sheetCase = row.get("case");
        try {
            if (!sheetCase.isEmpty()) {
                b.inCase(SheetCase.of(number(sheetCase, at, subject, "case")));
            }
            if (knockOut.isEmpty() && criterion.isEmpty() && option.isEmpty() && points.isEmpty()
                    && !sheetCase.isEmpty()) {
                return;
            }
            if (!knockOut.isEmpty()) {
                if (!criterion.isEmpty() || !option.isEmpty() || !points.isEmpty()) {
                    throw new OcopDataException(at, subject, "knock_out", Labels.of(
                            "dòng điều kiện loại không có câu trả lời", "a knock-out row has no answer"));
                }
                b.finding(knockOut);
            } else if (criterion.isEmpty()) {
                throw new OcopDataException(at, subject, "criterion", Labels.of("thiếu tiêu chí", "missing criterion"));
            } else if (option.isEmpty() == points.isEmpty()) {
                throw new OcopDataException(at, subject, criterion, Labels.of(
                        "cần đúng một trong hai cột lựa chọn và điểm", "give exactly one of option and points"));
            } else if (!option.isEmpty()) {
                int n = number(option, at, subject, "option");
                if (n == Scorecard.NONE_MET) {
                    b.noneMet(criterion);
                } else {
                    b.choose(criterion, n);
                }
            } else {
                b.points(criterion, number(points, at, subject, "points"));
            }
        } catch (OcopDataException e) {
            throw e.position().equals(at) ? e : e.at(at, subject, criterion);
        }
    }

    private static int number(String text, SourcePosition at, @Nullable String subject, String column) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new OcopDataException(at, subject, column, Labels.of(
                    "không phải là số nguyên: " + Limits.quote(text), "not a whole number: " + Limits.quote(text)), e);
        }
    }
}
