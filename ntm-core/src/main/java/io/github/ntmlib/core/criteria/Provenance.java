package io.github.ntmlib.core.criteria;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where a legal value comes from: the document, the appendix or article, and the indicator code
 * as the document numbers it, with a note on how it was read.
 *
 * @param document  the legal document, e.g. "318/QĐ-TTg ngày 08/3/2022"
 * @param part      the appendix, article or clause, e.g. "Phụ lục I"; may be empty
 * @param reference the indicator or criterion code in the document, e.g. "3.1"; may be empty
 * @param note      how the value was verified, or what is uncertain; may be empty
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Provenance(String document, String part, String reference, String note) {

    /** Provenance of a value given through the API by the embedding application. */
    public static final Provenance CALLER = new Provenance("do ứng dụng cung cấp", "", "", "");

    /**
     * Validates the components.
     *
     * @param document  the legal document
     * @param part      the appendix or article
     * @param reference the indicator code
     * @param note      a note
     */
    public Provenance {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(note, "note");
        if (document.isBlank()) {
            throw new IllegalArgumentException("a provenance names its document");
        }
    }

    /**
     * Provenance from a document and part.
     *
     * @param document the document
     * @param part     the appendix or article
     * @return the provenance
     */
    public static Provenance of(String document, String part) {
        return new Provenance(document, part, "", "");
    }

    /**
     * The citation in a language: in Vietnamese as the documents write themselves; in English with the citation words of {@code citation-words.properties}
     * rendered ("318/QĐ-TTg ngày 08/3/2022, Phụ lục I, 3.1" → "318/QĐ-TTg of 08/3/2022, Appendix
     * I, 3.1"). Document numbers and place names stay as written. A reference that is a code the
     * library named with words ("H1.all") is not the document's numbering and is left out.
     *
     * @param language the language
     * @return the citation
     * @since 0.1
     */
    public String cite(io.github.ntmlib.base.Language language) {
        StringBuilder text = new StringBuilder(document);
        if (!part.isEmpty()) {
            text.append(", ").append(part);
        }
        if (!reference.isEmpty() && !Glossary.libraryCode(reference)) {
            text.append(", ").append(reference);
        }
        return Glossary.CITATIONS.in(language, text.toString());
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(document);
        if (!part.isEmpty()) {
            text.append(", ").append(part);
        }
        if (!reference.isEmpty()) {
            text.append(", ").append(reference);
        }
        return text.toString();
    }
}
