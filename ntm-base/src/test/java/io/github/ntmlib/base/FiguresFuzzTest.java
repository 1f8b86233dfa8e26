package io.github.ntmlib.base;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ntmlib.base.fuzz.ReaderContract;

/** Fuzz targets of base's one number parser (issue 15); seeds in {@code FiguresFuzzTestInputs}. */
class FiguresFuzzTest {

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void parseViVn(byte[] data) {
        ReaderContract.text(() -> Figures.parse(ReaderContract.text(data), NumberStyle.VI_VN));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void parsePlain(byte[] data) {
        ReaderContract.text(() -> Figures.parse(ReaderContract.text(data), NumberStyle.PLAIN));
    }

    /** Issue 20: a number of a file without a declared style (never guessed, never a raw exception). */
    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void parseUndeclared(byte[] data) {
        ReaderContract.text(() -> Figures.parseUndeclared(ReaderContract.text(data), SourcePosition.of("v.csv", 2),
                "18100", "value"));
    }
}
