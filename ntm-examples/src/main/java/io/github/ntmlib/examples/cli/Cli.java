package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.Language;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/** How the command speaks: the language of {@code --lang} and the real name of the command running. */
final class Cli {

    private Cli() {
    }

    /**
     * The language the arguments ask for, read before picocli parses them so that even a parse
     * error is in it: {@code --lang en} or {@code --lang=en} for English, Vietnamese otherwise (the
     * default).
     *
     * @param args the arguments
     * @return the language
     */
    static Language language(String... args) {
        List<String> list = Arrays.asList(args);
        for (int i = 0; i < list.size(); i++) {
            String a = list.get(i);
            if (a.equals("--lang=en") || a.equals("--lang") && i + 1 < list.size() && list.get(i + 1).equals("en")) {
                return Language.ENGLISH;
            }
        }
        return Language.VIETNAMESE;
    }

    /**
     * The command's full name as typed: {@code ntm evaluate}, {@code ntm ocop score}.
     *
     * @param cl the command
     * @return its qualified name
     */
    static String name(CommandLine cl) {
        return cl.getCommandSpec().qualifiedName(" ");
    }

    /** "invalid input" in the language. */
    static String invalidInput(Language language) {
        return language == Language.VIETNAMESE ? "dữ liệu vào không hợp lệ" : "invalid input";
    }

    /** "usage error" in the language. */
    static String usageError(Language language) {
        return language == Language.VIETNAMESE ? "lỗi cách dùng" : "usage error";
    }
}
