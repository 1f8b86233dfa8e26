package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.internal.Limits;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Dates as the command takes them: ISO ({@code 2024-12-31}) or as Vietnamese forms write them
 * ({@code 31/12/2024}, {@code 1/7/2025}); a date that does not exist (31/02/2024) is refused, never
 * moved to the end of the month.
 */
final class Dates {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    /**
     * The date a text names, if it is one.
     *
     * @param text the text
     * @return the date, or empty
     */
    static Optional<LocalDate> read(String text) {
        String t = text.strip();
        for (DateTimeFormatter f : new DateTimeFormatter[] {ISO, VIETNAMESE}) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the other form
            }
        }
        return Optional.empty();
    }

    /**
     * The converter of every date option: a text that is not a date is a usage error (exit 2),
     * printed in the language of {@code --lang}.
     *
     * @return the converter
     */
    static CommandLine.ITypeConverter<LocalDate> converter() {
        return text -> read(text).orElseThrow(() -> new Usage.Conversion(
                Limits.quote(text) + " không phải là một ngày (viết dd/MM/yyyy, như 31/12/2024, hoặc yyyy-MM-dd)",
                Limits.quote(text) + " is not a date (write dd/MM/yyyy, such as 31/12/2024, or yyyy-MM-dd)"));
    }
}
