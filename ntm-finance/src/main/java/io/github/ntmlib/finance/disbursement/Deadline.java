package io.github.ntmlib.finance.disbursement;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;

import io.github.ntmlib.finance.FinanceDataException;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The last day a capital line may be disbursed (thời hạn giải ngân), with the legal basis it was
 * derived from.
 *
 * @param date  the last day on which disbursement is allowed
 * @param basis the rule that gave it, in English, such as "Luật Đầu tư công số 58/2024/QH15, Điều
 *              72: annual capital, deadline in N+1"
 * @param text  the same in both languages, as reports print it
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Deadline(LocalDate date, String basis, Labels text) {

    /**
     * Validates the components.
     *
     * @param date  the last day
     * @param basis the legal basis
     * @param text  the legal basis in both languages
     */
    public Deadline {
        FinanceDataException.require(date, "date");
        FinanceDataException.require(basis, "basis");
        FinanceDataException.require(text, "text");
    }

    /**
     * A deadline whose basis is known in one form only (read back from a document, say): the
     * same text in both languages.
     *
     * @param date  the last day
     * @param basis the legal basis
     */
    public Deadline(LocalDate date, String basis) {
        this(date, basis, Labels.of(basis, basis));
    }

    /**
     * The legal basis in a language.
     *
     * @param language the language
     * @return e.g. "Luật Đầu tư công số 58/2024/QH15, Điều 72: vốn năm N, hạn giải ngân 31/01 năm N+1"
     */
    public String basis(Language language) {
        return text.in(language);
    }
}
