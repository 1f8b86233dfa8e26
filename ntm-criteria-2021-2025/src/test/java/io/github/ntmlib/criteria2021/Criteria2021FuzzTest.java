package io.github.ntmlib.criteria2021;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ntmlib.base.fuzz.ReaderContract;

/** Fuzz target of the 2021-2025 criteria loader (issue 15); seeds in {@code Criteria2021FuzzTestInputs}. */
class Criteria2021FuzzTest {

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void read(byte[] data) {
        ReaderContract.json("vn.json", () -> NationalCriteria2021.read(ReaderContract.reader(data), "vn.json"));
    }
}
