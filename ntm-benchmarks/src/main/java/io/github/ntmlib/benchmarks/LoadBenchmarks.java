package io.github.ntmlib.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.data.ValueKind;
import io.github.ntmlib.core.data.io.DataCsv;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (1) Loading a world's observations (one data year of the national world by default: every
 * commune, district and province value of 2024) into a {@link Dataset}: from CSV with the
 * library's {@link DataCsv}, and from JSON with a Jackson streaming reader written here (the
 * library has no JSON data reader). Observations per second = rows / time per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class LoadBenchmarks {

    /** The world. */
    @Param({"national"})
    public String world;

    private byte[] csv;
    private byte[] json;
    /** The number of rows. */
    public int rows;

    /** Writes the rows of the data year as CSV and JSON. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        List<Observation> list = new ArrayList<>();
        for (Observation o : Worlds.get(world).observations()) {
            if (o.year() == World.YEAR) {
                list.add(o);
            }
        }
        rows = list.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write("unit,indicator,year,kind,value,part,whole,unit_of_measure,reporter,reference\n");
            for (Observation o : list) {
                String[] v = cells(o.value());
                w.write(o.unit() + "," + o.indicator() + "," + o.year() + "," + o.value().kind() + "," + v[0] + ","
                        + v[1] + "," + v[2] + "," + v[3] + ",synthetic,ntm-benchmarks\n");
            }
        }
        csv = out.toByteArray();
        ByteArrayOutputStream jo = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(jo)) {
            g.writeStartArray();
            for (Observation o : list) {
                String[] v = cells(o.value());
                g.writeStartObject();
                g.writeStringField("unit", o.unit());
                g.writeStringField("indicator", o.indicator());
                g.writeNumberField("year", o.year());
                g.writeStringField("kind", o.value().kind().name());
                g.writeStringField("value", v[0]);
                g.writeStringField("part", v[1]);
                g.writeStringField("whole", v[2]);
                g.writeStringField("unit_of_measure", v[3]);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        json = jo.toByteArray();
        if (csv().observations().size() != rows || json().observations().size() != rows) {
            throw new IllegalStateException("a reader lost rows");
        }
    }

    private static String[] cells(Value v) {
        if (v instanceof Value.Flag) {
            return new String[] {String.valueOf(((Value.Flag) v).met()), "", "", ""};
        }
        if (v instanceof Value.Ratio) {
            Value.Ratio r = (Value.Ratio) v;
            return new String[] {"", r.numerator().toPlainString(), r.denominator().toPlainString(), ""};
        }
        if (v instanceof Value.Quantity) {
            Value.Quantity q = (Value.Quantity) v;
            return new String[] {q.amount().toPlainString(), "", "", "\"" + q.unit() + "\""};
        }
        if (v instanceof Value.Count) {
            return new String[] {String.valueOf(((Value.Count) v).count()), "", "", ""};
        }
        return new String[] {((Value.Grade) v).grade(), "", "", ""};
    }

    /** CSV with the library's reader, into a dataset. */
    @Benchmark
    public Dataset csv() {
        return Dataset.builder().addAll(DataCsv.readObservations(new InputStreamReader(new ByteArrayInputStream(csv),
                StandardCharsets.UTF_8), "national.csv")).build();
    }

    /** JSON with a Jackson streaming reader, into a dataset. */
    @Benchmark
    public Dataset json() {
        DataSource source = DataSource.of("synthetic", "ntm-benchmarks");
        Dataset.Builder data = Dataset.builder();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String unit = null;
                String indicator = null;
                int year = 0;
                String kind = null;
                String value = null;
                String part = null;
                String whole = null;
                String measure = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.getCurrentName();
                    p.nextToken();
                    switch (name) {
                        case "unit": unit = p.getText(); break;
                        case "indicator": indicator = p.getText(); break;
                        case "year": year = p.getIntValue(); break;
                        case "kind": kind = p.getText(); break;
                        case "value": value = p.getText(); break;
                        case "part": part = p.getText(); break;
                        case "whole": whole = p.getText(); break;
                        default: measure = p.getText(); break;
                    }
                }
                data.add(Observation.of(unit, indicator, year, value(ValueKind.valueOf(kind), value, part, whole,
                        measure), source));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return data.build();
    }

    private static Value value(ValueKind kind, String value, String part, String whole, String measure) {
        switch (kind) {
            case FLAG:
                return new Value.Flag(Boolean.parseBoolean(value));
            case RATIO:
                return new Value.Ratio(new BigDecimal(part), new BigDecimal(whole));
            case QUANTITY:
                return new Value.Quantity(new BigDecimal(value), measure.replace("\"", ""));
            case COUNT:
                return new Value.Count(Long.parseLong(value));
            default:
                return new Value.Grade(value);
        }
    }
}
