package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.internal.Limits;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The sentence of a usage error or of a file error in the language of {@code --lang}. English is
 * picocli's own wording; in Vietnamese each kind of picocli error gets a sentence naming the
 * option(s) or argument(s) concerned, and our commands' own errors ({@link Usage}) carry both.
 */
final class UsageErrors {

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private UsageErrors() {
    }

    /**
     * A parse or usage error as {@code ntm} prints it after "lỗi cách dùng: ".
     *
     * @param p        the error
     * @param language the language
     * @return the sentence
     */
    static String text(CommandLine.ParameterException p, Language language) {
        if (p instanceof Usage u) {
            return u.text(language);
        }
        if (language == Language.ENGLISH) {
            return String.valueOf(p.getMessage());
        }
        return vietnamese(p);
    }

    private static final Pattern GROUP = Pattern.compile(
            "Error: Group: (.*) must be specified (\\d+) times but was matched (\\d+) times");

    private static String vietnamese(CommandLine.ParameterException p) {
        String message = String.valueOf(p.getMessage());
        Matcher group = GROUP.matcher(message);
        if (group.matches()) {
            return "nhóm tùy chọn " + group.group(1) + " phải được cho " + group.group(2) + " lần, mới có "
                    + group.group(3) + " lần";
        }
        if (p instanceof CommandLine.MissingParameterException m) {
            return missing(m, message);
        }
        if (p instanceof CommandLine.UnmatchedArgumentException u) {
            return unmatched(u);
        }
        if (p instanceof CommandLine.OverwrittenOptionException o) {
            return "tùy chọn " + name(o.getOverwritten()) + " chỉ được cho một lần";
        }
        if (p instanceof CommandLine.MaxValuesExceededException) {
            return "quá nhiều giá trị: " + quoted(message) + " (số giá trị vượt quá giới hạn của tùy chọn hoặc tham số)";
        }
        if (p instanceof CommandLine.MutuallyExclusiveArgsException) {
            return "các tùy chọn " + quoted(message) + " loại trừ nhau: chỉ cho một trong số đó";
        }
        Throwable cause = p.getCause();
        if (cause instanceof Usage.Conversion c) {
            return "giá trị không hợp lệ cho " + name(p.getArgSpec()) + ": " + c.text(Language.VIETNAMESE);
        }
        if (cause != null && p.getArgSpec() != null) {
            return "giá trị " + Limits.quote(p.getValue()) + " không hợp lệ cho " + name(p.getArgSpec()) + ": "
                    + conversion(p.getArgSpec(), p.getValue());
        }
        if (message.startsWith("Expected parameter for option")) {
            return "thiếu giá trị cho tùy chọn " + quoted(message);
        }
        String found = quoted(message);
        return "đối số không hợp lệ cho lệnh " + Cli.name(p.getCommandLine()) + (found.isEmpty() ? ""
                : ": " + found);
    }

    private static String missing(CommandLine.MissingParameterException m, String message) {
        List<ArgSpec> args = m.getMissing() == null ? List.of() : m.getMissing();
        if (message.startsWith("Missing required parameter for option") || message.startsWith("Expected parameter")) {
            return "thiếu giá trị cho tùy chọn " + args.stream().map(UsageErrors::name).collect(Collectors.joining(", "));
        }
        List<String> options = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        for (ArgSpec a : args) {
            if (a instanceof OptionSpec o) {
                options.add("'" + o.longestName() + (o.arity().max() > 0 ? "=" + o.paramLabel() : "") + "'");
            } else {
                parameters.add("'" + a.paramLabel() + "'");
            }
        }
        List<String> parts = new ArrayList<>();
        if (!options.isEmpty()) {
            parts.add((options.size() == 1 ? "thiếu tùy chọn bắt buộc: " : "thiếu các tùy chọn bắt buộc: ")
                    + String.join(", ", options));
        }
        if (!parameters.isEmpty()) {
            parts.add((parameters.size() == 1 ? "thiếu tham số bắt buộc: " : "thiếu các tham số bắt buộc: ")
                    + String.join(", ", parameters));
        }
        if (parts.isEmpty()) {
            return "thiếu đối số bắt buộc: " + quoted(message);
        }
        return String.join("; ", parts);
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException u) {
        List<String> unmatched = u.getUnmatched() == null ? List.of() : u.getUnmatched();
        String which = unmatched.stream().map(Limits::quote).collect(Collectors.joining(", "));
        String text = u.isUnknownOption()
                ? (unmatched.size() == 1 ? "không có tùy chọn " : "không có các tùy chọn ") + which
                : (unmatched.size() == 1 ? "đối số thừa, không khớp với tham số nào: "
                        : "các đối số thừa, không khớp với tham số nào: ") + which;
        List<String> suggestions = u.getSuggestions() == null ? List.of() : u.getSuggestions();
        if (!suggestions.isEmpty()) {
            text += "; có phải ý bạn là: " + String.join(", ", suggestions) + "?";
        }
        return text;
    }

    private static String conversion(ArgSpec arg, String value) {
        Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[arg.auxiliaryTypes().length - 1]
                : arg.type();
        if (type.isEnum()) {
            return "phải là một trong các giá trị " + Arrays.stream(type.getEnumConstants())
                    .map(c -> "'" + ((Enum<?>) c).name() + "'").collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == BigInteger.class) {
            return "phải là một số nguyên";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class) {
            return "phải là một số thập phân";
        }
        if (type == Path.class) {
            return "không phải là một đường dẫn tệp";
        }
        return "giá trị không đúng dạng " + arg.paramLabel();
    }

    /** An option by its longest name, a positional parameter by its label: {@code '--as-of'}, {@code 'FILE'}. */
    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec o) {
            return "'" + o.longestName() + "'";
        }
        if (arg instanceof PositionalParamSpec) {
            return "tham số '" + arg.paramLabel() + "'";
        }
        return "đối số";
    }

    /** The pieces of picocli's message it puts in single quotes (options, values), in quotes. */
    private static String quoted(String message) {
        List<String> found = new ArrayList<>();
        Matcher m = QUOTED.matcher(message);
        while (m.find()) {
            found.add("'" + m.group(1) + "'");
        }
        return String.join(", ", found);
    }

    /**
     * A file error (reading an input, writing an output) in a language, naming the file.
     *
     * @param e        the error
     * @param language the language
     * @return the sentence
     */
    static String file(IOException e, Language language) {
        if (language == Language.ENGLISH) {
            return String.valueOf(e.getMessage());
        }
        if (e instanceof FileSystemException f) {
            String file = f.getFile() == null ? "" : f.getFile();
            if (f instanceof NoSuchFileException) {
                return file + ": không có tệp hoặc thư mục này";
            }
            if (f instanceof AccessDeniedException) {
                return file + ": không có quyền đọc hoặc ghi tệp này";
            }
            if (f instanceof NotDirectoryException) {
                return file + ": không phải là một thư mục";
            }
            if (f instanceof FileAlreadyExistsException) {
                return file + ": tệp đã có";
            }
            String reason = f.getReason() == null ? "" : f.getReason().toLowerCase(java.util.Locale.ROOT);
            if (reason.contains("directory")) {
                return file + ": là một thư mục, không phải một tệp";
            }
            if (reason.contains("space")) {
                return file + ": không còn chỗ trống trên đĩa";
            }
            return file + ": không đọc hoặc ghi được tệp";
        }
        if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("is a directory")) {
            return "một thư mục được cho thay vì một tệp";
        }
        return "không đọc hoặc ghi được tệp";
    }
}
