package io.github.ntmlib.core.locality.io;

import io.github.ntmlib.base.internal.CsvTable;
import io.github.ntmlib.core.locality.HierarchyException;
import java.util.List;
import io.github.ntmlib.base.SourcePosition;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** How structural CSV problems of hierarchy files are reported. */
final class Csv {

    static final Function<List<CsvTable.Issue>, RuntimeException> HIERARCHY_ERRORS = issues -> new HierarchyException(
            issues.stream().map(i -> new HierarchyException.Problem(HierarchyException.Kind.MALFORMED, i.position(),
                    null, i.field(), i.reason())).collect(Collectors.toList()));

    private Csv() {
    }

    /**
     * Builds something from a file's content, placing in the file every problem the builder
     * reports through the API (the file is where the bad input is).
     */
    static <T> T inFile(String source, Supplier<T> build) {
        try {
            return build.get();
        } catch (HierarchyException e) {
            if (e.problems().stream().noneMatch(p -> p.position().equals(SourcePosition.API))) {
                throw e;
            }
            throw new HierarchyException(e.problems().stream().map(p -> p.position().equals(SourcePosition.API)
                    ? p.at(SourcePosition.of(source)) : p).collect(Collectors.toList()));
        }
    }
}
