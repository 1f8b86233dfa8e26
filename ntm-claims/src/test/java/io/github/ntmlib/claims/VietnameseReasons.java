package io.github.ntmlib.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 21 for this module's typed errors: the Vietnamese message has the English one's position,
 * subject and field, and a reason with no English word of a stop list, no ISO date and no enum
 * constant name outside the input it quotes; the English message stays as it was.
 */
final class VietnameseReasons {

    /** English words that no Vietnamese reason of ours contains (no Vietnamese syllable is spelled so). */
    static final Set<String> ENGLISH = Set.of("the", "is", "not", "missing", "unknown", "value", "values", "must",
            "sheet", "of", "and", "has", "have", "expected", "cell", "cells", "row", "rows", "column", "columns",
            "number", "date", "field", "file", "or", "be", "only", "with", "for", "are", "than", "should", "cannot",
            "does", "found", "given", "holds", "between", "after", "before", "workbook", "format", "amount", "unit",
            "plan", "rate", "year", "criterion", "option", "points", "product", "certificate", "whole", "bytes",
            "characters", "beyond", "more", "at", "most", "empty", "required", "invalid", "bad", "header");

    private static final Pattern QUOTED = Pattern.compile("'[^'\\n]*'(?: \\(\\d+ ký tự\\))?|\"[^\"\\n]*\"");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![0-9/.-])[12][0-9]{3}-[01][0-9]-[0-3][0-9](?![0-9])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*_[A-Z0-9_]+");

    private VietnameseReasons() {
    }

    /**
     * The leaks of a Vietnamese reason: quoted input left out.
     *
     * @param reason the reason
     * @return the findings, empty when none
     */
    static List<String> leaks(String reason) {
        String text = QUOTED.matcher(reason).replaceAll(" ");
        List<String> found = new ArrayList<>();
        Matcher date = ISO_DATE.matcher(text);
        while (date.find()) {
            found.add("ISO date " + date.group());
        }
        Matcher constant = CONSTANT.matcher(text);
        while (constant.find()) {
            found.add("constant " + constant.group());
        }
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (ENGLISH.contains(word.group().toLowerCase(Locale.ROOT))) {
                found.add("English '" + word.group() + "'");
            }
        }
        return found;
    }

    /**
     * Checks one error: both messages, the same place, a Vietnamese reason without leaks.
     *
     * @param e the error
     * @return the error, for further assertions
     */
    static InvalidDataException check(InvalidDataException e) {
        String vi = e.message(Language.VIETNAMESE);
        String en = e.getMessage();
        assertThat(en).as("English message").isEqualTo(e.message(Language.ENGLISH))
                .endsWith(e.reason(Language.ENGLISH));
        assertThat(vi).as("Vietnamese message of: %s", en).startsWith(e.position().toString())
                .endsWith(e.reason(Language.VIETNAMESE));
        e.subject().ifPresent(s -> assertThat(vi).contains("[" + s + "]"));
        e.field().ifPresent(f -> assertThat(vi).contains("trường '" + f + "'"));
        assertThat(e.reason(Language.VIETNAMESE)).as("a reason of its own in Vietnamese for: %s", en)
                .isNotEqualTo(e.reason(Language.ENGLISH));
        assertThat(leaks(e.reason(Language.VIETNAMESE))).as("leaks in: %s (English: %s)", vi, en).isEmpty();
        return e;
    }

    /**
     * Runs an action that must fail with a typed error, and checks the error.
     *
     * @param action the action
     * @return the error
     */
    static InvalidDataException thrownBy(Runnable action) {
        try {
            action.run();
        } catch (InvalidDataException e) {
            return check(e);
        }
        throw new AssertionError("no InvalidDataException was thrown");
    }
}
