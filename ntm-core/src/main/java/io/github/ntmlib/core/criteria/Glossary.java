package io.github.ntmlib.core.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The English rendering of Vietnamese words the data writes in Vietnamese — the words of a legal
 * citation ({@code citation-words.properties}), the units of a quantity ({@code
 * unit-words.properties}) — read from data, not code: the one place that knows them.
 */
final class Glossary {

    /** The words of legal citations. */
    static final Glossary CITATIONS = new Glossary("citation-words.properties");
    /** The words of units of quantities ("triệu đồng/người/năm"). */
    static final Glossary UNITS = new Glossary("unit-words.properties");

    /** A word of three or more lower-case letters: a code the library named, not the document's numbering. */
    private static final java.util.regex.Pattern CODE_WORD = java.util.regex.Pattern.compile("[a-z]{3,}");

    private final List<Map.Entry<String, String>> words;

    /**
     * Whether a code is one the library named with words ("10.income", "T2.tree-lined",
     * "III.all"), not a legal document's numbering ("3.1", "2.1a", "K2"): a text in either
     * language names such an indicator by its name and never cites the code as a reference.
     */
    static boolean libraryCode(String code) {
        return CODE_WORD.matcher(code).find();
    }

    private Glossary(String resource) {
        this.words = load(resource);
    }

    /** The text with its Vietnamese words in English, in the file's order; other words as written. */
    String english(String vietnamese) {
        String text = vietnamese;
        for (Map.Entry<String, String> w : words) {
            text = text.replace(w.getKey(), w.getValue());
        }
        return text;
    }

    /** The text in a language: as written in Vietnamese, {@link #english} in English. */
    String in(io.github.ntmlib.base.Language language, String vietnamese) {
        return language == io.github.ntmlib.base.Language.VIETNAMESE ? vietnamese : english(vietnamese);
    }

    private static List<Map.Entry<String, String>> load(String resource) {
        List<Map.Entry<String, String>> words = new ArrayList<>();
        try (InputStream in = Glossary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("glossary not found: " + resource);
            }
            // java.util.Properties loses the order: the lines are read in order, with its escapes
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                java.util.Properties line = new java.util.Properties();
                StringBuilder all = new StringBuilder();
                char[] buffer = new char[4096];
                for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                    all.append(buffer, 0, n);
                }
                for (String raw : all.toString().split("\n")) {
                    if (raw.isBlank() || raw.startsWith("#")) {
                        continue;
                    }
                    line.clear();
                    line.load(new java.io.StringReader(raw));
                    for (String key : line.stringPropertyNames()) {
                        words.add(Map.entry(key, line.getProperty(key)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("glossary unreadable: " + resource, e);
        }
        return List.copyOf(words);
    }
}
