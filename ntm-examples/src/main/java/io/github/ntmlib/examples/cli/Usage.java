package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import picocli.CommandLine;

/**
 * A usage error of one of our commands (exit 2), in Vietnamese and English: {@link #getMessage()}
 * is the English sentence, {@link #text(Language)} the one {@code ntm} prints in the language of
 * {@code --lang}.
 */
final class Usage extends CommandLine.ParameterException {

    private static final long serialVersionUID = 1L;

    private final Labels text;

    private Usage(CommandLine cl, Labels text) {
        super(cl, text.english());
        this.text = text;
    }

    /**
     * A usage error of a command.
     *
     * @param cl         the command
     * @param vietnamese the sentence in Vietnamese
     * @param english    the sentence in English
     * @return the error, to throw
     */
    static Usage of(CommandLine cl, String vietnamese, String english) {
        return new Usage(cl, Labels.of(vietnamese, english));
    }

    /**
     * The sentence in a language.
     *
     * @param language the language
     * @return the sentence
     */
    String text(Language language) {
        return text.in(language);
    }

    /**
     * Option names or values as a sentence lists them: "a, b hoặc c" / "a, b or c".
     *
     * @param items    the items
     * @param language the language
     * @return the list
     */
    static String list(java.util.List<String> items, Language language) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1))
                + (language == Language.VIETNAMESE ? " hoặc " : " or ") + items.get(items.size() - 1);
    }

    /**
     * A value an option's converter refuses, in both languages: picocli puts the English text in
     * its message ("Invalid value for option '--as-of': …"), {@code ntm} prints the one of the
     * language.
     */
    static final class Conversion extends CommandLine.TypeConversionException {

        private static final long serialVersionUID = 1L;

        private final Labels text;

        /**
         * The error.
         *
         * @param vietnamese why, in Vietnamese
         * @param english    why, in English
         */
        Conversion(String vietnamese, String english) {
            super(english);
            this.text = Labels.of(vietnamese, english);
        }

        /**
         * Why, in a language.
         *
         * @param language the language
         * @return the sentence
         */
        String text(Language language) {
            return text.in(language);
        }
    }
}
