package io.github.ntmlib.finance.disbursement;

import io.github.ntmlib.finance.internal.CsvRows;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.finance.plan.CapitalLine;
import io.github.ntmlib.finance.plan.CapitalPlan;
import io.github.ntmlib.finance.plan.CapitalSource;
import io.github.ntmlib.finance.plan.CapitalType;
import io.github.ntmlib.finance.plan.PlanEvent;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads plan decisions and disbursements from CSV files with a header line (đọc kế hoạch vốn và
 * giải ngân từ tệp CSV). Every bad cell is a {@link io.github.ntmlib.finance.FinanceDataException}
 * naming the file, line, unit and column; nothing is returned for a file with an error.
 *
 * <p>Common columns: {@code unit} (GSO code), {@code plan_year}, {@code component}, {@code source}
 * (a {@link CapitalSource} name or Vietnamese label, such as "ngân sách Trung ương"), {@code type}
 * (a {@link CapitalType} name or label), {@code vintage} (blank for the plan year), {@code date}
 * (yyyy-mm-dd) and {@code amount}, a vi-VN amount with its unit ("504.912 triệu đồng"; quote it
 * when it has a decimal comma: {@code "46,372 tỷ đồng"}).
 *
 * <p>Plan files add {@code decision} and {@code kind} (a {@link PlanEvent.Kind} name; the amount
 * of an {@code EXTENSION} is left blank). Disbursement files add {@code reference}.
 */
public final class LedgerCsv {

    private static final List<String> LINE = List.of("unit", "plan_year", "component", "source", "type", "vintage",
            "date", "amount");

    private LedgerCsv() {
    }

    /**
     * Reads a plan file.
     *
     * @param csv    the CSV text; closed when done
     * @param source the file name, for errors
     * @return the plan
     */
    public static CapitalPlan readPlan(Reader csv, String source) {
        List<String> columns = new ArrayList<>(LINE);
        columns.addAll(List.of("decision", "kind"));
        List<PlanEvent> events = new ArrayList<>();
        for (CsvRows.Row row : CsvRows.read(csv, source, columns)) {
            CapitalLine line = line(row);
            PlanEvent.Kind kind = row.constant("kind", PlanEvent.Kind.class, Enum::name);
            Vnd amount = kind == PlanEvent.Kind.EXTENSION && row.optional("amount") == null ? Vnd.ZERO
                    : Vnd.parse(row.text("amount"), row.position(), line.toString(), "amount");
            events.add(new PlanEvent(kind, row.date("date"), row.text("decision"), line, amount, row.position()));
        }
        return CapitalPlan.of(events);
    }

    /**
     * Reads a disbursement file.
     *
     * @param csv    the CSV text; closed when done
     * @param source the file name, for errors
     * @return the entries, in file order
     */
    public static List<Disbursement> readDisbursements(Reader csv, String source) {
        List<String> columns = new ArrayList<>(LINE);
        columns.add("reference");
        List<Disbursement> entries = new ArrayList<>();
        for (CsvRows.Row row : CsvRows.read(csv, source, columns)) {
            CapitalLine line = line(row);
            entries.add(new Disbursement(row.date("date"), line, Vnd.parse(row.text("amount"), row.position(),
                    line.toString(), "amount"), row.text("reference"), row.position()));
        }
        return List.copyOf(entries);
    }

    private static CapitalLine line(CsvRows.Row row) {
        String unit = row.text("unit");
        int planYear = row.integer("plan_year");
        int vintage = row.optional("vintage") == null ? planYear : row.integer("vintage");
        CapitalSource source = row.at(() -> CapitalSource.parse(row.text("source"), row.position(), unit));
        CapitalType type = row.constant("type", CapitalType.class, CapitalType::label);
        return row.at(() -> new CapitalLine(unit, planYear, row.text("component"), source, type, vintage));
    }
}
