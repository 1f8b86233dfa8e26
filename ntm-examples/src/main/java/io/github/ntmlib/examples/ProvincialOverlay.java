package io.github.ntmlib.examples;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.criteria.Overlay;
import io.github.ntmlib.core.criteria.io.CriteriaJson;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Embedding example: load a provincial overlay (JSON, schema {@code ntm.overlay/1}) that tightens
 * the irrigation indicator 3.1 to 85% in Hà Tĩnh, and show the same 82% judged by the national
 * set (not assessed: its regional value is not encoded) and by the overlaid one (not met).
 */
public final class ProvincialOverlay {

    /** The overlay, a resource of this module (the same file as docs/examples/overlay.json). */
    public static final String RESOURCE = "ha-tinh-overlay.json";

    private ProvincialOverlay() {
    }

    /**
     * Runs the example.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        print(System.out);
    }

    /**
     * Reads the overlay.
     *
     * @return the overlay
     */
    public static Overlay overlay() {
        InputStream in = Objects.requireNonNull(ProvincialOverlay.class.getResourceAsStream(RESOURCE), RESOURCE);
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CriteriaJson.readOverlay(reader, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Evaluates 3.1 of xã Tân Lộc with and without the overlay and prints both traces.
     *
     * @param out where to print
     * @return the overlaid trace
     */
    public static IndicatorTrace print(PrintStream out) {
        LocalDate date = LocalDate.of(2024, 12, 31);
        CriteriaSet national = CriteriaRegistry.load().byId(NationalCriteria2021.SET_ID);
        CriteriaSet haTinh = overlay().applyTo(national);
        Dataset data = Dataset.builder().add(Observation.of("18409", "3.1", 2024, Value.Ratio.of(82, 100),
                DataSource.of("Sở NN&PTNT Hà Tĩnh", "Báo cáo 2024"))).build();
        IndicatorTrace before = trace(national, date, data);
        IndicatorTrace after = trace(haTinh, date, data);
        out.println("national: " + before.explanation(Language.ENGLISH));
        out.println("overlay:  " + after.explanation(Language.ENGLISH));
        return after;
    }

    private static IndicatorTrace trace(CriteriaSet set, LocalDate date, Dataset data) {
        return Evaluator.of(set).evaluate(EvaluationRequest.of(date, 2024, CountingMode.COMPUTED), GsoLists.haTinh().asOf(date), data, StatusRegister.empty())
                .result("18409", NationalCriteria2021.COMMUNE_NTM).orElseThrow().criterion("3").orElseThrow()
                .indicators().stream().filter(t -> t.indicator().equals("3.1")).findFirst().orElseThrow();
    }
}
