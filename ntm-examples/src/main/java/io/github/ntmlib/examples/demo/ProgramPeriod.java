package io.github.ntmlib.examples.demo;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A five-year program period ("2021-2025"); its criteria set is the one the registry holds for
 * its assessment date, so a plugin for another period is found without code naming it.
 *
 * @param first its first year
 * @param last  its last year
 */
public record ProgramPeriod(int first, int last) {

    /** The 2021-2025 period. */
    public static final ProgramPeriod P2021_2025 = new ProgramPeriod(2021, 2025);
    /** The 2026-2030 period. */
    public static final ProgramPeriod P2026_2030 = new ProgramPeriod(2026, 2030);
    private static final Pattern FORM = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})");

    /**
     * Validates the years.
     *
     * @param first the first year
     * @param last  the last year, after the first
     */
    public ProgramPeriod {
        if (last <= first) {
            throw new IllegalArgumentException("a period ends after it starts: " + first + "-" + last);
        }
    }

    /**
     * Reads "2021-2025".
     *
     * @param text the text
     * @return the period, or empty if the text is not one
     */
    public static Optional<ProgramPeriod> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches() || Integer.parseInt(m.group(2)) <= Integer.parseInt(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of(new ProgramPeriod(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    /**
     * The date the demo assesses the period on: the end of its fourth year (the seed's year for
     * 2021-2025).
     *
     * @return the date
     */
    public LocalDate assessmentDate() {
        return LocalDate.of(last - 1, 12, 31);
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
