package io.github.ntmlib.ocop.sheet;

import io.github.ntmlib.ocop.OcopDataException;
import org.apiguardian.api.API;

/**
 * Where a sheet's data comes from.
 *
 * @param decision  the decision, e.g. "Quyết định số 26/2026/QĐ-TTg ngày 22/5/2026 ..."
 * @param appendix  the appendix, "Phụ lục II"
 * @param sheet     the sheet number in the appendix (bộ sản phẩm số)
 * @param text      the source text the data was converted from
 * @param firstLine the first line of the sheet in that text
 * @param lastLine  the last line of the sheet in that text
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record SheetSource(String decision, String appendix, int sheet, String text, int firstLine, int lastLine) {

    /**
     * Validates.
     *
     * @param decision  the decision
     * @param appendix  the appendix
     * @param sheet     the sheet number
     * @param text      the source text
     * @param firstLine the first line
     * @param lastLine  the last line
     */
    public SheetSource {
        OcopDataException.requirePresent(decision, null, "decision");
        OcopDataException.requirePresent(appendix, null, "appendix");
        OcopDataException.requirePresent(text, null, "text");
    }
}
