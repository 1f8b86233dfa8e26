package io.github.ntmlib.plan.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ntmlib.base.fuzz.ReaderContract;

/**
 * Fuzz target of the planner's reader (issue 23): a province's cost model is a file people write by
 * hand; anything but a model or a typed error naming the file is a finding. Seeds in {@code
 * PlanReadersFuzzTestInputs}.
 */
class PlanReadersFuzzTest {

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void costModelJson(byte[] data) {
        ReaderContract.json("costs.json", () -> CostModelJson.read(ReaderContract.stream(data), "costs.json"));
    }
}
