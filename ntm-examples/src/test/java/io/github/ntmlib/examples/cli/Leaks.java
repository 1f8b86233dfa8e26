package io.github.ntmlib.examples.cli;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must never appear in a text shown in Vietnamese (issue 21): a standard id
 * ({@code commune-advanced}), an enum constant's name ({@code GONE}, {@code CENTRAL_BUDGET}), an
 * ISO date ({@code 2026-06-01}) or an English word of a stop list ({@code amended}, {@code the},
 * {@code sheet}). Left out before looking: file paths, given on the command line and echoed; text in
 * single quotes, which is input echoed back ({@code InvalidDataException.excerpt}, an option's value
 * such as {@code 'commune-ntm=80%'}); and the placeholder of an option's value in a synopsis
 * ({@code --council=<council>}), which is picocli's syntax, not a sentence.
 */
final class Leaks {

    /** English words that no Vietnamese sentence of ours contains (no Vietnamese word is spelled so). */
    static final Set<String> ENGLISH = Set.of("the", "of", "and", "not", "found", "amended", "by", "deadline",
            "sheet", "short", "meets", "does", "cannot", "council", "recognise", "recognised", "with", "for", "is",
            "are", "units", "unit", "value", "values", "missing", "level", "income", "share", "year", "years", "per",
            "or", "from", "towns", "completed", "commune", "communes", "district", "districts", "province", "standard",
            "criteria", "criterion", "indicator", "indicators", "target", "data", "none", "when", "which", "this",
            "that", "has", "have", "than", "only", "into", "its", "was", "were", "must", "should", "given", "there",
            "between", "after", "before", "under", "over", "each", "every", "merged", "split", "renamed",
            "plan", "rate", "rated", "stars", "products", "product", "capital", "budget", "investment", "recurrent");

    /** All-capital acronyms that are Vietnamese (or names), not enum constants. */
    private static final Set<String> ACRONYMS = Set.of("OCOP", "UBND", "HĐND", "NTM", "MTQG", "GSO", "QĐ", "TTg");

    private static final Pattern ISO_DATE = Pattern.compile("(?<![0-9/.-])[12][0-9]{3}-[01][0-9]-[0-3][0-9](?![0-9])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_-]+(?:\\.[\\p{L}\\p{N}_-]+)*");
    private static final Pattern PATH = Pattern.compile("\\S*[/\\\\]\\S*\\.(csv|json|xlsx|txt|html|pdf|docx)\\b\\S*"
            + "|\\S+\\.(csv|json|xlsx|txt|html|pdf|docx)\\b|https?://\\S+");

    private static final Pattern QUOTED = Pattern.compile("'[^'\n]*'");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<==)<[\\p{L}-]+>");
    /** An option with its value's placeholder ({@code --as-of=DATE}, {@code --history=FILE|DATE=FILE}). */
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--?[a-zA-Z][\\w-]*(=\\S+)?");
    /** A file name extension alone ({@code .xlsx}). */
    private static final Pattern EXTENSION = Pattern.compile("(?<![\\p{L}\\p{N}])\\.(csv|json|xlsx|txt|html|pdf|docx)\\b");
    /** The command's own words: {@code ntm units diff}, and a subcommand at the start of a line of a command list. */
    private static final Pattern COMMAND;

    private static final Set<String> STANDARDS = new TreeSet<>();
    private static final Set<String> ENUMS = new TreeSet<>();

    static {
        Set<String> names = new TreeSet<>();
        java.util.ArrayDeque<picocli.CommandLine> todo = new java.util.ArrayDeque<>();
        todo.add(new picocli.CommandLine(new Ntm()));
        while (!todo.isEmpty()) {
            picocli.CommandLine c = todo.poll();
            names.add(Pattern.quote(c.getCommandName()));
            todo.addAll(c.getSubcommands().values());
        }
        String commands = "(?:" + String.join("|", names) + ")";
        COMMAND = Pattern.compile("\\bntm(?: " + commands + ")+(?![\\w-])|^\\s+" + commands + "(?=\\s{2,}|$)");
        for (CriteriaSet set : CriteriaRegistry.load().all()) {
            for (Standard s : set.standards()) {
                STANDARDS.add(s.id());
                // an indicator code the library named with words ("10.income", "T2.tree-lined") is an
                // id too: a Vietnamese text names that indicator by its name
                s.criteria().stream().filter(c -> c instanceof io.github.ntmlib.core.criteria.IndicatorCriterion)
                        .flatMap(c -> ((io.github.ntmlib.core.criteria.IndicatorCriterion) c).indicators().stream())
                        .map(i -> i.code()).filter(code -> code.matches(".*[a-z]{3,}.*")).forEach(STANDARDS::add);
            }
        }
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.ntmlib")) {
            if (c.isEnum()) {
                for (var constant : c.getEnumConstants()) {
                    String name = constant.name();
                    if (name.length() >= 4 && !ACRONYMS.contains(name)) {
                        ENUMS.add(name);
                    }
                }
            }
        }
    }

    private Leaks() {
    }

    /**
     * The leaks of a Vietnamese text, each with its context.
     *
     * @param what  what the text is, for the findings
     * @param text  the text
     * @return the findings, empty when none
     */
    static List<String> in(String what, String text) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            for (Pattern exempt : new Pattern[] {QUOTED, PATH, PLACEHOLDER, OPTION, EXTENSION, COMMAND}) {
                line = exempt.matcher(line).replaceAll(" ");
            }
            Matcher date = ISO_DATE.matcher(line);
            while (date.find()) {
                found.add(what + ":" + (n + 1) + ": ISO date " + date.group() + " in: " + lines[n].strip());
            }
            Matcher word = WORD.matcher(line);
            while (word.find()) {
                String w = word.group();
                if (STANDARDS.contains(w)) {
                    found.add(what + ":" + (n + 1) + ": standard id " + w + " in: " + lines[n].strip());
                } else if (ENUMS.contains(w)) {
                    found.add(what + ":" + (n + 1) + ": enum constant " + w + " in: " + lines[n].strip());
                } else if (ENGLISH.contains(w.toLowerCase(java.util.Locale.ROOT)) && !w.equals(w.toUpperCase(
                        java.util.Locale.ROOT))) {
                    found.add(what + ":" + (n + 1) + ": English '" + w + "' in: " + lines[n].strip());
                }
            }
        }
        return found;
    }

    /**
     * Whether a text has a leak (for the detector's own tests).
     *
     * @param text a text
     * @return true when {@link #in} finds something
     */
    static boolean leaks(String text) {
        return !in("text", text).isEmpty();
    }

    /**
     * The standard ids the detector knows (for its own tests).
     *
     * @return the ids
     */
    static Set<String> standards() {
        return STANDARDS;
    }

    /**
     * The enum constant names the detector knows (for its own tests).
     *
     * @return the names
     */
    static Set<String> enums() {
        return ENUMS;
    }
}
