package io.github.ntmlib.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.PreparedEvaluation;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.plan.io.CostModelJson;
import io.github.ntmlib.plan.io.PlanJson;
import io.github.ntmlib.testkit.BilingualErrors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A plan's outputs on generated worlds and examples: its Vietnamese text has no English word, ISO
 * date or constant name outside quoted input; its JSON validates against the documented schema
 * (when docs/schemas has it); a cost model survives its JSON format.
 */
class PlanOutputTest {

    private static final Path SCHEMAS = Path.of("../docs/schemas");
    private static final int EXAMPLES = 120;

    /** A plan with every section: units in two districts, improvements of each kind, units left out, allocations. */
    static ImprovementPlan fullPlan() {
        PreparedEvaluation e = new Villages()
                .commune("40101", "401", "1.1", Value.Ratio.of(69, 169), "2.2",
                        new Value.Quantity(new BigDecimal("7.3"), "%"))
                .commune("40202", "402", "4.1", new Value.Flag(false), "6.1",
                        new Value.Ratio(new BigDecimal("10.5"), new BigDecimal("20.4")))
                .outcome("40202", PlanWorld.ADVANCED, "7", io.github.ntmlib.core.data.Assessment.NOT_MET)
                .commune("40103", "401", "3.1", new Value.Count(0))
                .commune("40104", "401", "2.1", null)
                .commune("40205", "402", "3.1", new Value.Count(2))
                .computed();
        CostModel model = CostModel.builder().description("đơn giá thử", true)
                .indicator(IndicatorCost.perMeasure("1.1", new BigDecimal("1000")))
                .indicator(new IndicatorCost("6.1", new BigDecimal("1500.25"), IndicatorCost.Basis.PERCENTAGE_POINT,
                        Vnd.ofDong(20_000), ""))
                .indicator(IndicatorCost.perMeasure("2.2", new BigDecimal("333.5")))
                .indicator(IndicatorCost.perMeasure("3.1", new BigDecimal("900000000")))
                .criterion(PlanWorld.BASIC, "4", Vnd.ofDong(250_000))
                .criterion(PlanWorld.ADVANCED, "7", Vnd.ofMillions(3))
                .exclude(new Exclusion("40205", Exclusion.Kind.EXCLUDED, "đang sáp nhập")).build();
        return Planner.plan(PlanRequest.builder(e, "40").goal(PlanWorld.BASIC, Target.more(2))
                .goal(PlanWorld.ADVANCED, Target.more(1)).costs(model).budget(Vnd.ofMillions(2000))
                .allocation("401", Vnd.ofMillions(1)).allocation("402", Vnd.ofDong(1)).build());
    }

    @Test
    void theFullPlanHasEverySection() {
        ImprovementPlan plan = fullPlan();
        assertThat(plan.isComplete()).isTrue();
        assertThat(plan.units()).extracting(UnitPlan::unit).containsExactly("40101", "40202");
        assertThat(plan.funding()).hasSize(2);
        String vi = plan.text(Language.VIETNAMESE);
        String en = plan.text(Language.ENGLISH);
        assertThat(vi).contains("Xã 40101", "Huyện Một", "93", "31/12/2024", "SỐ LIỆU GIẢ ĐỊNH", "đang sáp nhập");
        assertThat(en).contains("Xã 40101", "SYNTHETIC");
        assertThat(vi).isNotEqualTo(en);
    }

    @Test
    void theVietnameseTextOfAPlanHasNoLeak() {
        BilingualErrors.assertVietnamese(fullPlan().text(Language.VIETNAMESE));
    }

    @Test
    void theVietnameseTextOfGeneratedPlansHasNoLeak() {
        qt().withExamples(EXAMPLES).forAll(PlanWorld.worlds()).checkAssert(w -> {
            ImprovementPlan plan = Planner.plan(w.request(new Random(3)));
            assertThat(BilingualErrors.leaks(plan.text(Language.VIETNAMESE))).as(plan.text(Language.VIETNAMESE))
                    .isEmpty();
            assertThat(plan.text(Language.ENGLISH)).isNotBlank();
        });
    }

    private static Schema schema(String file) throws IOException {
        Path path = SCHEMAS.resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(path), "no " + path + " yet");
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(path, StandardCharsets.UTF_8), InputFormat.JSON);
    }

    @Test
    void planJsonValidatesAgainstItsSchema() throws IOException {
        Schema schema = schema("plan-1.schema.json");
        String full = PlanJson.write(fullPlan());
        assertThat(schema.validate(full, InputFormat.JSON)).as(full).isEmpty();
        qt().withExamples(EXAMPLES / 2).forAll(PlanWorld.worlds()).checkAssert(w -> {
            String json = PlanJson.write(Planner.plan(w.request(new Random(5))));
            List<Error> errors = schema.validate(json, InputFormat.JSON);
            assertThat(errors).as(json).isEmpty();
        });
    }

    @Test
    void costModelJsonValidatesAgainstItsSchemaAndReadsBack() throws IOException {
        qt().withExamples(EXAMPLES / 2).forAll(PlanWorld.worlds()).checkAssert(w -> w.costs(new Random(1))
                .ifPresent(model -> {
                    String json = CostModelJson.write(model);
                    CostModel back = CostModelJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                            "costs.json");
                    assertThat(back).isEqualTo(model);
                }));
        Schema schema = schema("plan-costs-1.schema.json");
        qt().withExamples(EXAMPLES / 2).forAll(PlanWorld.worlds()).checkAssert(w -> w.costs(new Random(1))
                .ifPresent(model -> {
                    String json = CostModelJson.write(model);
                    assertThat(schema.validate(json, InputFormat.JSON)).as(json).isEmpty();
                }));
    }
}
