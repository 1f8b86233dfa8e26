package io.github.ntmlib.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ntmlib.base.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The canonical order of a dataset's observations (keys compared part by part) against the order
 * it was defined by: the text unit + NUL + indicator + NUL + year, sorted. Codes are drawn from a
 * few prefixes of one another, with NUL and other low characters, and years of different lengths
 * and signs, so that every way two keys can differ is reached; lookups find every observation.
 */
class DatasetOrderTest {

    private static final String[] PARTS = {"", "1", "10", "2", "a", "a\u0000", "\u0000", "\u0001", "Z", "ă"};
    private static final int[] YEARS = {2024, 2025, 999, 10000, -1, 0, 2023};
    private static final DataSource SRC = new DataSource("t", "", SourcePosition.of("t.csv", 1));

    private static Gen<String> codes() {
        return lists().of(integers().between(0, PARTS.length - 1)).ofSizeBetween(1, 3).map(l -> {
            StringBuilder b = new StringBuilder("u");
            l.forEach(i -> b.append(PARTS[i]));
            return b.toString();
        });
    }

    private static Gen<Observation> observations() {
        return codes().zip(codes(), integers().between(0, YEARS.length - 1), integers().between(0, 100),
                (unit, indicator, year, value) -> Observation.of(unit, indicator, YEARS[year], new Value.Count(value),
                        SRC));
    }

    private final AtomicInteger withNul = new AtomicInteger();
    private final AtomicInteger yearsOfOtherLengths = new AtomicInteger();
    private final AtomicInteger observationsSorted = new AtomicInteger();

    @Test
    void observationsAreInTheOrderOfTheirKeyText() {
        qt().withExamples(300).forAll(lists().of(observations()).ofSizeBetween(0, 40)).checkAssert(list -> {
            Dataset.Builder b = Dataset.builder();
            List<Observation> distinct = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (Observation o : list) {
                String key = o.unit() + '\u0000' + o.indicator() + '\u0000' + o.year();
                if (!keys.contains(key)) {
                    keys.add(key);
                    distinct.add(o);
                    b.add(o);
                }
                withNul.addAndGet(key.chars().filter(c -> c == 0).count() > 2 ? 1 : 0);
                yearsOfOtherLengths.addAndGet(o.year() != 2024 && o.year() != 2025 && o.year() != 2023 ? 1 : 0);
            }
            Dataset d = b.build();
            distinct.sort(Comparator.comparing(o -> o.unit() + '\u0000' + o.indicator() + '\u0000' + o.year()));
            assertThat(d.observations()).containsExactlyElementsOf(distinct);
            for (Observation o : distinct) {
                assertThat(d.observation(o.unit(), o.indicator(), o.year())).containsSame(o);
            }
            b.add(Observation.of("zz", "i", 2024, new Value.Count(1), SRC));
            assertThat(d.observations()).as("a dataset built is not changed by its builder").hasSize(distinct.size());
            assertThat(b.build().observations()).hasSize(distinct.size() + (keys.contains("zz\u0000i\u00002024") ? 0 : 1));
            observationsSorted.addAndGet(distinct.size());
        });
        assertThat(withNul.get()).as("keys with NUL in a code").isGreaterThan(10);
        assertThat(yearsOfOtherLengths.get()).as("years of other lengths or signs").isGreaterThan(10);
        assertThat(observationsSorted.get()).as("observations sorted").isGreaterThan(1000);
    }
}
