package io.github.ntmlib.ocop.io;

import io.github.ntmlib.base.internal.CsvTable;
import io.github.ntmlib.ocop.OcopDataException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The structural problems of a CSV file (header, unreadable text) as one {@link OcopDataException}. */
final class CsvErrors {

    private CsvErrors() {
    }

    /**
     * The error factory for {@link CsvTable#read}: the first problem's position and column, every
     * problem's message.
     *
     * @param subject the product or list concerned, or {@code null}
     * @return the factory
     */
    static Function<List<CsvTable.Issue>, RuntimeException> about(@Nullable String subject) {
        return issues -> new OcopDataException(issues.get(0).position(), subject, issues.get(0).field(),
                issues.stream().map(CsvTable.Issue::message).collect(Collectors.joining("; ")));
    }
}
