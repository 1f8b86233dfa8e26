package io.github.ntmlib.ocop;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Limits;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The legal instrument (văn bản quy phạm) whose criteria a product was scored under. Scoring data is
 * versioned by instrument and never overwritten by another's.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Instrument {
    /**
     * Decision 26/2026/QĐ-TTg of 22 May 2026 (Quyết định số 26/2026/QĐ-TTg), in force from 22 May 2026:
     * 26 scoring sheets in Phụ lục II.
     */
    QD_26_2026("26/2026/QĐ-TTg", "qd-26-2026", LocalDate.of(2026, 5, 22));

    private final String number;
    private final String directory;
    private final LocalDate effective;

    Instrument(String number, String directory, LocalDate effective) {
        this.number = number;
        this.directory = directory;
        this.effective = effective;
    }

    /**
     * The instrument's official number, e.g. "26/2026/QĐ-TTg".
     *
     * @return the number
     */
    public String number() {
        return number;
    }

    /**
     * The resource directory holding the instrument's sheets.
     *
     * @return the directory name
     */
    public String directory() {
        return directory;
    }

    /**
     * The date the instrument takes effect.
     *
     * @return the effective date
     */
    public LocalDate effective() {
        return effective;
    }

    /**
     * The instrument with this official number.
     *
     * @param number e.g. "26/2026/QĐ-TTg"
     * @return the instrument
     * @throws OcopDataException if no instrument has this number
     */
    public static Instrument byNumber(String number) {
        for (Instrument i : values()) {
            if (i.number.equals(number)) {
                return i;
            }
        }
        throw OcopDataException.api(null, "instrument", Labels.of("không có văn bản " + Limits.quote(number),
                "unknown instrument: " + number));
    }
}
