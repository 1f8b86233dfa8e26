package io.github.ntmlib.testkit;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.junit.jupiter.api.function.Executable;

/**
 * Assertions that a typed error ({@link InvalidDataException} or a subclass) is bilingual: its
 * Vietnamese message names the same position, subject and field as the English one and gives a
 * reason of its own in Vietnamese, with no English word, no ISO date and no enum constant name
 * outside the input it quotes; {@link InvalidDataException#getMessage()} is the English message.
 *
 * <p>The checks, for an error {@code e}:
 * <ul>
 *   <li>{@code e.getMessage()} equals {@code e.message(Language.ENGLISH)}, starts with the position
 *       and {@code " [subject]"} (when there is a subject), has {@code " field 'f'"} (when there is a
 *       field) and ends with {@code ": "} and the English reason;</li>
 *   <li>{@code e.message(Language.VIETNAMESE)} starts with the same position and subject, has
 *       {@code " trường 'f'"} and ends with {@code ": "} and the Vietnamese reason;</li>
 *   <li>the Vietnamese reason differs from the English one, has at least one letter outside ASCII
 *       (a diacritic) and no {@linkplain #leaks(String) leak}.</li>
 * </ul>
 * A failed check throws an {@link AssertionError} that quotes both messages.
 *
 * <pre>{@code
 * InvalidDataException e = BilingualErrors.thrownBy(() -> MyCsv.read(reader, "values.csv"), "not a whole number");
 * assertThat(e.field()).contains("year");
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class BilingualErrors {

    /**
     * English words that no Vietnamese sentence of ntm contains; none of them is a Vietnamese
     * syllable spelled without diacritics.
     */
    private static final Set<String> ENGLISH = Set.of(
            "accepted", "after", "amount", "and", "appendix", "apply", "are", "at", "bad", "be", "before",
            "between", "beyond", "blank", "bytes", "cannot", "cell", "cells", "certificate", "characters", "code",
            "column", "columns", "commune", "criteria", "criterion", "data", "date", "does", "empty", "expected",
            "facts", "field", "file", "for", "format", "found", "given", "group", "groups", "has", "have", "header",
            "hierarchy", "holds", "incomplete", "indicator", "indicators", "invalid", "is", "listed", "missing",
            "more", "most", "must", "no", "not", "number", "of", "only", "option", "or", "outside", "overlay",
            "parent", "period", "plan", "points", "product", "rate", "required", "row", "rows", "set", "share",
            "sheet", "should", "snapshot", "source", "standard", "table", "than", "the", "twice", "unit",
            "unknown", "valid", "value", "values", "when", "whole", "with", "within", "workbook", "year", "yes");

    /** Input an error quotes (as {@link InvalidDataException#excerpt(String)} does): exempt from the check. */
    private static final Pattern QUOTED = Pattern.compile("'[^'\\n]*'");
    private static final Pattern ISO_DATE = Pattern.compile(
            "(?<![0-9/.-])[12][0-9]{3}-[01][0-9]-[0-3][0-9](?![0-9])");
    /** Runs of ASCII letters: an English word glued to digits, underscores or Vietnamese letters is found too. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*_[A-Z0-9_]+");
    private static final Pattern NOT_ASCII = Pattern.compile("[^\\x00-\\x7F]");

    private BilingualErrors() {
    }

    /**
     * What makes a Vietnamese text not Vietnamese, the input it quotes in single quotes left out:
     * English words of a stop list, ISO dates (Vietnamese writes dd/MM/yyyy) and enum constant
     * names such as {@code NOT_IN_AREA}.
     *
     * @param vietnamese the text, such as a reason or a warning in Vietnamese
     * @return the findings in order of kind and place ({@code ISO date 2024-01-01}, {@code constant
     *         NOT_IN_AREA}, {@code English 'the'}), empty when none
     */
    public static List<String> leaks(String vietnamese) {
        String text = QUOTED.matcher(vietnamese).replaceAll(" ");
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
     * Asserts that a Vietnamese text has no {@linkplain #leaks(String) leak}.
     *
     * @param vietnamese the text
     * @throws AssertionError if it has one
     */
    public static void assertVietnamese(String vietnamese) {
        List<String> leaks = leaks(vietnamese);
        if (!leaks.isEmpty()) {
            throw new AssertionError("not Vietnamese: " + leaks + " in: " + vietnamese);
        }
    }

    /**
     * Asserts that an error is bilingual (see the class comment).
     *
     * @param <E>   the error's type
     * @param error the error
     * @return the error, for further assertions
     * @throws AssertionError if a check fails
     */
    public static <E extends InvalidDataException> E assertBilingual(E error) {
        String en = error.message(Language.ENGLISH);
        String vi = error.message(Language.VIETNAMESE);
        String reasonEn = error.reason(Language.ENGLISH);
        String reasonVi = error.reason(Language.VIETNAMESE);
        String place = error.position() + error.subject().map(s -> " [" + s + "]").orElse("");
        require(en.equals(error.getMessage()), "getMessage() is not the English message: " + error.getMessage(),
                en, vi);
        require(en.startsWith(place), "the English message does not start with " + place, en, vi);
        require(en.endsWith(": " + reasonEn), "the English message does not end with its reason " + reasonEn,
                en, vi);
        require(vi.startsWith(place), "the Vietnamese message does not start with " + place, en, vi);
        require(vi.endsWith(": " + reasonVi), "the Vietnamese message does not end with its reason " + reasonVi,
                en, vi);
        error.field().ifPresent(f -> {
            require(en.contains(" field '" + f + "'"), "the English message does not name field '" + f + "'",
                    en, vi);
            require(vi.contains(" trường '" + f + "'"), "the Vietnamese message does not name trường '" + f + "'",
                    en, vi);
        });
        require(!reasonVi.equals(reasonEn), "the Vietnamese reason is the English one", en, vi);
        require(NOT_ASCII.matcher(reasonVi).find(), "the Vietnamese reason has no Vietnamese letter", en, vi);
        List<String> leaks = leaks(reasonVi);
        require(leaks.isEmpty(), "the Vietnamese reason leaks " + leaks, en, vi);
        return error;
    }

    /**
     * Runs an action that must throw an {@link InvalidDataException}, and asserts that the error is
     * bilingual.
     *
     * @param action the action
     * @return the error, for further assertions
     * @throws AssertionError if the action throws nothing or something else, or a check fails
     */
    public static InvalidDataException thrownBy(Executable action) {
        try {
            action.execute();
        } catch (InvalidDataException e) {
            return assertBilingual(e);
        } catch (Throwable other) {
            throw new AssertionError("expected an InvalidDataException, but " + other + " was thrown", other);
        }
        throw new AssertionError("expected an InvalidDataException, but nothing was thrown");
    }

    /**
     * Runs an action that must throw an {@link InvalidDataException} whose English message has a
     * text, and asserts that the error is bilingual.
     *
     * @param action  the action
     * @param english a part of the English message ({@link InvalidDataException#getMessage()})
     * @return the error, for further assertions
     * @throws AssertionError if the action throws nothing or something else, the English message
     *                        lacks the text, or a check fails
     */
    public static InvalidDataException thrownBy(Executable action, String english) {
        InvalidDataException e = thrownBy(action);
        String en = e.message(Language.ENGLISH);
        require(en.contains(english), "the English message does not contain " + english, en,
                e.message(Language.VIETNAMESE));
        return e;
    }

    private static void require(boolean holds, String what, String english, String vietnamese) {
        if (!holds) {
            throw new AssertionError(what + "\n  English:    " + english + "\n  Vietnamese: " + vietnamese);
        }
    }
}
