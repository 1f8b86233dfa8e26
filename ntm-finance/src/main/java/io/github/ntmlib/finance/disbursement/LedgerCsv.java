package io.github.ntmlib.finance.disbursement;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.CsvTable;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.internal.Positioned;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.finance.plan.CapitalLine;
import io.github.ntmlib.finance.plan.CapitalPlan;
import io.github.ntmlib.finance.plan.CapitalSource;
import io.github.ntmlib.finance.plan.CapitalType;
import io.github.ntmlib.finance.plan.PlanEvent;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Reads plan decisions and disbursements from CSV files with a header line (đọc kế hoạch vốn và
 * giải ngân từ tệp CSV). Every bad cell is a {@link io.github.ntmlib.finance.FinanceDataException}
 * naming the file, line, unit and column; nothing is returned for a file with an error.
 *
 * <p>Common columns: {@code unit} (GSO code), {@code plan_year}, {@code component}, {@code source}
 * (a {@link CapitalSource} name or Vietnamese label, such as "ngân sách Trung ương"), {@code type}
 * (a {@link CapitalType} name or label), {@code vintage} (blank for the plan year), {@code date}
 * (yyyy-mm-dd) and {@code amount}, a vi-VN amount with its unit ("504.912 triệu đồng"; quote it
 * when it has a decimal comma: {@code "46,372 tỷ đồng"}; a no-break space may stand for any space).
 * A column the file does not define is an error (a misspelt column is never silently ignored).
 *
 * <p>Plan files add {@code decision} and {@code kind} (a {@link PlanEvent.Kind} name; the amount
 * of an {@code EXTENSION} is left blank). Disbursement files add {@code reference}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
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
        return Positioned.finance(() -> plan(csv, source));
    }

    private static CapitalPlan plan(Reader csv, String source) {
        List<String> columns = new ArrayList<>(LINE);
        columns.addAll(List.of("decision", "kind"));
        List<PlanEvent> events = new ArrayList<>();
        for (CsvTable.Row row : rows(csv, source, columns)) {
            CapitalLine line = line(row);
            PlanEvent.Kind kind = row.constant("kind", PlanEvent.Kind.class, Enum::name);
            Vnd amount = kind == PlanEvent.Kind.EXTENSION && row.optional("amount").isEmpty() ? Vnd.ZERO
                    : Vnd.parse(row.required("amount"), row.position(), line.toString(), "amount");
            events.add(new PlanEvent(kind, row.date("date"), row.required("decision"), line, amount,
                    row.position()));
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
        return Positioned.finance(() -> disbursements(csv, source));
    }

    private static List<Disbursement> disbursements(Reader csv, String source) {
        List<String> columns = new ArrayList<>(LINE);
        columns.add("reference");
        List<Disbursement> entries = new ArrayList<>();
        for (CsvTable.Row row : rows(csv, source, columns)) {
            CapitalLine line = line(row);
            entries.add(new Disbursement(row.date("date"), line, Vnd.parse(row.required("amount"), row.position(),
                    line.toString(), "amount"), row.required("reference"), row.position()));
        }
        return List.copyOf(entries);
    }

    private static List<CsvTable.Row> rows(Reader csv, String source, List<String> columns) {
        FinanceDataException.require(csv, "reader");
        FinanceDataException.require(source, "source");
        try (Reader in = csv) {
            return CsvTable.read(in, source, columns, Set.of(), null, issues -> new FinanceDataException(
                    issues.get(0).position(), null, issues.get(0).field(),
                    Labels.of(issues.stream().map(i -> i.reason().vietnamese()).collect(Collectors.joining("; ")),
                            issues.stream().map(i -> i.reason().english()).collect(Collectors.joining("; "))))).rows();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    private static CapitalLine line(CsvTable.Row row) {
        String unit = row.required("unit");
        int planYear = row.integer("plan_year");
        int vintage = row.optional("vintage").isEmpty() ? planYear : row.integer("vintage");
        CapitalSource source = Positioned.at(row.position(), unit,
                () -> CapitalSource.parse(row.required("source"), row.position(), unit));
        CapitalType type = row.constant("type", CapitalType.class, CapitalType::vietnamese);
        return Positioned.at(row.position(), null,
                () -> new CapitalLine(unit, planYear, row.required("component"), source, type, vintage));
    }
}
