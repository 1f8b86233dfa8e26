package io.github.ntmlib.core.locality.io;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Limits;

import io.github.ntmlib.base.internal.CsvTable;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.HierarchyException;
import io.github.ntmlib.core.locality.HierarchyException.Kind;
import io.github.ntmlib.core.locality.HierarchyException.Problem;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Reads a classification table: one row per unit with a code column and a value column, such as
 * {@code ntm-regions-2021-2025.csv} (province_code → ntm_region). Other columns are ignored.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ClassificationCsv {

    private ClassificationCsv() {
    }

    /**
     * Reads unit code to value for a scheme, checking every value against the scheme.
     *
     * @param reader      the CSV text
     * @param source      the file or resource name, for errors
     * @param scheme      the scheme the values belong to
     * @param codeColumn  the column holding unit codes
     * @param valueColumn the column holding values
     * @return code to value, in file order
     * @throws HierarchyException for a missing column, an empty cell, a duplicate code or a value
     *                            the scheme does not allow
     */
    public static Map<String, String> read(Reader reader, String source, ClassificationScheme scheme,
            String codeColumn, String valueColumn) {
        CsvTable table = CsvTable.read(reader, source, List.of(codeColumn, valueColumn), Set.of(), "", Csv.HIERARCHY_ERRORS);
        Map<String, String> values = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String code = row.get(codeColumn);
            String value = row.get(valueColumn);
            if (code.isEmpty() || value.isEmpty()) {
                problems.add(new Problem(Kind.MALFORMED, row.position(), code.isEmpty() ? null : code,
                        code.isEmpty() ? codeColumn : valueColumn, Labels.of("ô trống", "empty cell")));
            } else if (!scheme.allows(value)) {
                problems.add(new Problem(Kind.BAD_CLASSIFICATION, row.position(), code, valueColumn,
                        Labels.of(Limits.quote(value) + " không phải là một giá trị của cách phân loại "
                                + Limits.quote(scheme.id()) + " (" + scheme.values().stream().map(Limits::quote)
                                        .collect(java.util.stream.Collectors.joining(", ")) + ")",
                                Limits.quote(value) + " is not a value of " + scheme.id() + " " + scheme.values())));
            } else if (values.putIfAbsent(code, value) != null) {
                problems.add(new Problem(Kind.DUPLICATE_CODE, row.position(), code, codeColumn,
                        Labels.of("mã được liệt kê hai lần", "code listed twice")));
            }
        }
        if (!problems.isEmpty()) {
            throw new HierarchyException(problems);
        }
        return Collections.unmodifiableMap(values);
    }
}
