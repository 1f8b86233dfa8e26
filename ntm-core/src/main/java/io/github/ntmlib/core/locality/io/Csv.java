package io.github.ntmlib.core.locality.io;

import io.github.ntmlib.base.internal.CsvTable;
import io.github.ntmlib.core.locality.HierarchyException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How structural CSV problems of hierarchy files are reported. */
final class Csv {

    static final Function<List<CsvTable.Issue>, RuntimeException> HIERARCHY_ERRORS = issues -> new HierarchyException(
            issues.stream().map(i -> new HierarchyException.Problem(HierarchyException.Kind.MALFORMED, i.position(),
                    null, i.field(), i.message())).collect(Collectors.toList()));

    private Csv() {
    }
}
