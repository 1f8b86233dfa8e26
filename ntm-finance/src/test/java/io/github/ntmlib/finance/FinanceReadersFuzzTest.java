package io.github.ntmlib.finance;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.fuzz.ReaderContract;
import io.github.ntmlib.finance.allocation.CommuneCoefficients;
import io.github.ntmlib.finance.disbursement.DeadlineRules;
import io.github.ntmlib.finance.disbursement.LedgerCsv;
import io.github.ntmlib.finance.io.DeadlinesJson;
import io.github.ntmlib.finance.io.RatesJson;
import io.github.ntmlib.finance.money.Rate;
import io.github.ntmlib.finance.money.ReportUnit;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.finance.plan.CapitalSource;
import io.github.ntmlib.finance.support.CementNorms;
import io.github.ntmlib.finance.support.CementProgress;
import io.github.ntmlib.finance.support.CementWork;
import io.github.ntmlib.finance.support.CounterpartRules;
import io.github.ntmlib.finance.support.PilotModelCeilings;
import io.github.ntmlib.finance.support.RewardPolicy;

/**
 * Fuzz targets of the finance readers and text parsers (issue 15); seeds in {@code
 * FinanceReadersFuzzTestInputs}. The parsers of money, rates and sources take text typed by people;
 * the rule tables and ledgers are files.
 */
class FinanceReadersFuzzTest {

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void vndParse(byte[] data) {
        ReaderContract.text(() -> Vnd.parse(ReaderContract.text(data)));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void vndParseInUnit(byte[] data) {
        ReaderContract.text(() -> Vnd.parse(ReaderContract.text(data), NumberStyle.VI_VN, ReportUnit.MILLION));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void ratePercent(byte[] data) {
        ReaderContract.text(() -> Rate.parsePercent(ReaderContract.text(data), NumberStyle.VI_VN));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void capitalSource(byte[] data) {
        ReaderContract.text(() -> CapitalSource.parse(ReaderContract.text(data), SourcePosition.API, null));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void cementProgress(byte[] data) {
        String text = ReaderContract.text(data);
        int bar = text.indexOf('|');
        ReaderContract.text(() -> CementProgress.parse(CementWork.ROAD, bar < 0 ? text : text.substring(0, bar),
                bar < 0 ? "1" : text.substring(bar + 1)));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void planCsv(byte[] data) {
        ReaderContract.csv("plan.csv", () -> LedgerCsv.readPlan(ReaderContract.reader(data), "plan.csv"));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void disbursementsCsv(byte[] data) {
        ReaderContract.csv("pay.csv", () -> LedgerCsv.readDisbursements(ReaderContract.reader(data), "pay.csv"));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void deadlineRulesJson(byte[] data) {
        ReaderContract.json("t.json", () -> DeadlineRules.fromJson(ReaderContract.stream(data), "t.json"));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void communeCoefficientsJson(byte[] data) {
        ReaderContract.json("t.json", () -> CommuneCoefficients.fromJson(ReaderContract.stream(data), "t.json"));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void counterpartRulesJson(byte[] data) {
        ReaderContract.json("t.json", () -> CounterpartRules.fromJson(ReaderContract.stream(data), "t.json"));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void rewardPolicyJson(byte[] data) {
        ReaderContract.json("t.json", () -> RewardPolicy.fromJson(ReaderContract.stream(data), "t.json"));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void cementNormsJson(byte[] data) {
        ReaderContract.json("t.json", () -> CementNorms.fromJson(ReaderContract.stream(data), "t.json"));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void pilotModelCeilingsJson(byte[] data) {
        ReaderContract.json("t.json", () -> PilotModelCeilings.fromJson(ReaderContract.stream(data), "t.json"));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void ratesJson(byte[] data) {
        ReaderContract.json("rates.json", () -> RatesJson.read(ReaderContract.reader(data), "rates.json"));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void deadlinesJson(byte[] data) {
        ReaderContract.json("deadlines.json", () -> DeadlinesJson.read(ReaderContract.reader(data), "deadlines.json"));
    }
}
