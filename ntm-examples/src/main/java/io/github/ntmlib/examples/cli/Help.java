package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import picocli.CommandLine;

/**
 * The help of the command in the language of {@code --lang}. English is the text of the
 * annotations ({@code @Command}, {@code @Option}, {@code @Parameters}); Vietnamese is {@value
 * #VIETNAMESE}, a picocli resource bundle with a text for every command, option and parameter
 * (keys as picocli looks them up: {@code usage.description} and the headings, an option by its
 * longest name without dashes, a parameter by {@code LABEL[index]}, each optionally prefixed by
 * the command's qualified name, {@code ntm.evaluate.plan}).
 */
final class Help {

    /** The Vietnamese texts of the help, UTF-8. */
    static final String VIETNAMESE = "/io/github/ntmlib/examples/cli/help_vi.properties";

    private Help() {
    }

    /**
     * Sets the texts of the language on the command and all its subcommands.
     *
     * @param cl       the root command
     * @param language the language
     */
    static void localize(CommandLine cl, Language language) {
        if (language == Language.VIETNAMESE) {
            cl.setResourceBundle(vietnamese());
        }
    }

    /**
     * The Vietnamese texts.
     *
     * @return the bundle
     */
    static ResourceBundle vietnamese() {
        try (InputStream in = Help.class.getResourceAsStream(VIETNAMESE)) {
            if (in == null) {
                throw new IllegalStateException(VIETNAMESE + " is not on the module path");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
