package io.github.ntmlib.ocop.io;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.internal.CsvTable;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.ocop.OcopDataException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
                Labels.of(issues.stream().map(i -> i.reason().vietnamese()).collect(Collectors.joining("; ")),
                        issues.stream().map(i -> i.reason().english()).collect(Collectors.joining("; "))));
    }

    /**
     * An error's reason in both languages.
     *
     * @param e the error
     * @return its reason
     */
    static Labels reasons(InvalidDataException e) {
        return Labels.of(e.reason(Language.VIETNAMESE), e.reason(Language.ENGLISH));
    }

    /**
     * What a Vietnamese error lists as accepted: each constant's Vietnamese label and abbreviations,
     * quoted, without the constants' codes.
     *
     * @param <E>           the enum type
     * @param type          the enum class
     * @param abbreviations the abbreviations
     * @return such as {@code 'hợp tác xã' ('HTX'), …}
     */
    static <E extends Enum<E> & Labelled> String acceptedVietnamese(Class<E> type, Map<String, E> abbreviations) {
        List<String> each = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            StringBuilder one = new StringBuilder(Limits.quote(e.vietnamese()));
            List<String> shorts = abbreviations.entrySet().stream().filter(a -> a.getValue() == e)
                    .map(Map.Entry::getKey).sorted().map(Limits::quote).toList();
            if (!shorts.isEmpty()) {
                one.append(" (").append(String.join(", ", shorts)).append(')');
            }
            each.add(one.toString());
        }
        return String.join(", ", each);
    }
}
