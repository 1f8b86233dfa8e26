package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Issue 21: the help is Vietnamese in Vietnamese. Walks every command of {@code ntm} (ours and
 * picocli's help and completion) and requires a Vietnamese text, differing from the English one,
 * for its description, each option, each parameter and each heading of an option group; so that
 * an option added without its line in {@code help_vi.properties} fails the build. Every key of
 * the file must name something, so that a mistyped key does not go unnoticed.
 */
class HelpTextTest {

    private static CommandLine english() {
        return new CommandLine(new Ntm());
    }

    private static CommandLine vietnamese() {
        CommandLine cl = new CommandLine(new Ntm());
        Help.localize(cl, Language.VIETNAMESE);
        return cl;
    }

    private static List<CommandLine> all(CommandLine cl) {
        List<CommandLine> found = new ArrayList<>();
        found.add(cl);
        for (CommandLine sub : new HashSet<>(cl.getSubcommands().values())) {
            found.addAll(all(sub));
        }
        return found;
    }

    private static String text(String[] lines) {
        return String.join("\n", lines).strip();
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel() + "[" + ((PositionalParamSpec) a).index() + "]";
    }

    @Test
    void everyCommandOptionAndParameterHasAVietnameseText() {
        List<CommandLine> en = all(english());
        List<CommandLine> vi = all(vietnamese());
        List<String> missing = new ArrayList<>();
        int args = 0;
        for (CommandLine e : en) {
            String q = e.getCommandSpec().qualifiedName(" ");
            CommandSpec v = vi.stream().filter(c -> c.getCommandSpec().qualifiedName(" ").equals(q)).findFirst()
                    .orElseThrow().getCommandSpec();
            CommandSpec s = e.getCommandSpec();
            String enText = text(s.usageMessage().description()) + text(s.usageMessage().header());
            String viText = text(v.usageMessage().description()) + text(v.usageMessage().header());
            if (viText.isEmpty() || viText.equals(enText)) {
                missing.add(q + ": its description");
            }
            for (ArgSpec a : s.args()) {
                ArgSpec b = v.args().stream().filter(x -> name(x).equals(name(a))).findFirst().orElseThrow();
                args++;
                if (text(b.description()).isEmpty() || text(b.description()).equals(text(a.description()))) {
                    missing.add(q + " " + name(a));
                }
            }
            for (int i = 0; i < s.argGroups().size(); i++) {
                ArgGroupSpec g = s.argGroups().get(i);
                String h = v.argGroups().get(i).heading();
                if (g.heading() != null && (h == null || h.equals(g.heading()))) {
                    missing.add(q + ": the heading of the group " + g.synopsis());
                }
            }
        }
        assertThat(args).isGreaterThan(100);
        assertThat(missing).as("without a Vietnamese text in " + Help.VIETNAMESE + ":\n" + String.join("\n", missing))
                .isEmpty();
    }

    @Test
    void everyKeyOfTheVietnameseTextsNamesSomething() {
        List<CommandLine> commands = all(english());
        Set<String> prefixes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (CommandLine c : commands) {
            CommandSpec s = c.getCommandSpec();
            prefixes.add(s.qualifiedName(".") + ".");
            for (ArgSpec a : s.args()) {
                names.add(a instanceof OptionSpec o ? o.longestName().replaceFirst("^-+", "") : name(a));
                if (a.descriptionKey() != null && !a.descriptionKey().isEmpty()) {
                    names.add(a.descriptionKey());
                }
            }
            s.argGroups().forEach(g -> names.add(g.headingKey()));
        }
        ResourceBundle bundle = Help.vietnamese();
        List<String> unknown = new ArrayList<>();
        for (String key : bundle.keySet()) {
            String rest = key;
            for (String p : prefixes) {
                if (key.startsWith(p) && key.length() - p.length() < rest.length()) {
                    rest = key.substring(p.length());
                }
            }
            if (!rest.startsWith("usage.") && !names.contains(rest)) {
                unknown.add(key);
            }
        }
        assertThat(unknown).as("keys naming no command, option or parameter").isEmpty();
    }

    @Test
    void theEnglishHelpIsTheAnnotations() {
        Run en = Run.of("evaluate", "--help", "--lang", "en");
        assertThat(en.out()).startsWith("Usage: ntm evaluate").contains("the assessment date, yyyy-mm-dd or dd/mm/yyyy")
                .contains("Show this help message and exit.");
        Run vi = Run.of("evaluate", "--help");
        assertThat(vi.out()).startsWith("Cách dùng: ntm evaluate").contains("ngày đánh giá, dd/mm/yyyy hoặc yyyy-mm-dd")
                .contains("In trợ giúp này rồi thoát.");
        assertThat(Arrays.asList(vi.out().split("\n"))).noneMatch(l -> l.contains("Show this help"));
    }
}
