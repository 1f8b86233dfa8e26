package io.github.ntmlib.core.locality.io;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.Labels;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.internal.StrictJson;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.ChangeEvent;
import io.github.ntmlib.core.locality.HierarchyException;
import io.github.ntmlib.core.locality.HierarchyException.Kind;
import io.github.ntmlib.core.locality.HierarchyException.Problem;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.locality.Validity;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Reads and writes snapshots and histories as JSON with Jackson.
 *
 * <p>A snapshot: {@code {"schema": "ntm.locality.snapshot/1", "date": "2025-03-01", "units":
 * [{"code", "name", "kind", "parent", "validFrom", "validUntil", "classifications"}]}}, where
 * {@code kind} is a {@link UnitKind} name and absent fields mean none. A history: {@code
 * {"schema": "ntm.locality.history/1", "snapshots": [...], "events": [{"type": "MERGE", ...}]}}
 * with every event, explicit and derived. Reading what was written gives an equal value.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class LocalityJson {

    /** The schema id of a snapshot document. */
    public static final String SNAPSHOT_SCHEMA = "ntm.locality.snapshot/1";
    /** The schema id of a history document. */
    public static final String HISTORY_SCHEMA = "ntm.locality.history/1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper READER = StrictJson.MAPPER;

    private LocalityJson() {
    }

    /**
     * Writes a snapshot.
     *
     * @param snapshot the snapshot
     * @param writer   where to write; flushed, not closed
     */
    public static void write(Snapshot snapshot, Writer writer) {
        ObjectNode root = snapshotNode(snapshot);
        ObjectNode ordered = MAPPER.createObjectNode().put("schema", SNAPSHOT_SCHEMA);
        ordered.setAll(root);
        writeTree(ordered, writer);
    }

    /**
     * Writes a history.
     *
     * @param history the history
     * @param writer  where to write; flushed, not closed
     */
    public static void write(LocalityHistory history, Writer writer) {
        ObjectNode root = MAPPER.createObjectNode().put("schema", HISTORY_SCHEMA);
        ArrayNode snapshots = root.putArray("snapshots");
        history.snapshots().forEach(s -> snapshots.add(snapshotNode(s)));
        ArrayNode events = root.putArray("events");
        history.events().forEach(e -> events.add(EventJson.toNode(e, MAPPER)));
        writeTree(root, writer);
    }

    /**
     * Reads a snapshot.
     *
     * @param reader the JSON text
     * @param source the file or resource name, for errors
     * @return the validated snapshot
     * @throws HierarchyException for malformed JSON or an invalid hierarchy
     */
    public static Snapshot readSnapshot(Reader reader, String source) {
        JsonNode root = parse(reader, source);
        expectSchema(root, SNAPSHOT_SCHEMA, source);
        return snapshot(root, source, "");
    }

    /**
     * Reads a history.
     *
     * @param reader the JSON text
     * @param source the file or resource name, for errors
     * @return the validated history
     * @throws HierarchyException for malformed JSON or an invalid history
     */
    public static LocalityHistory readHistory(Reader reader, String source) {
        JsonNode root = parse(reader, source);
        expectSchema(root, HISTORY_SCHEMA, source);
        List<Snapshot> snapshots = new ArrayList<>();
        JsonNode list = Fields.array(root, "snapshots", source, "");
        for (int i = 0; i < list.size(); i++) {
            snapshots.add(snapshot(list.get(i), source, "snapshots[" + i + "]."));
        }
        List<ChangeEvent> events = new ArrayList<>();
        JsonNode eventList = Fields.array(root, "events", source, "");
        for (int i = 0; i < eventList.size(); i++) {
            events.add(EventJson.fromNode(eventList.get(i), source, "events[" + i + "]."));
        }
        return Csv.inFile(source, () -> LocalityHistory.of(snapshots, events));
    }

    private static ObjectNode snapshotNode(Snapshot snapshot) {
        ObjectNode node = MAPPER.createObjectNode().put("date", snapshot.date().toString());
        ArrayNode units = node.putArray("units");
        for (AdminUnit u : snapshot.units()) {
            ObjectNode n = units.addObject().put("code", u.code()).put("name", u.name()).put("kind", u.kind().name());
            u.parent().ifPresent(p -> n.put("parent", p));
            n.put("validFrom", u.validity().start().toString());
            u.validity().end().ifPresent(e -> n.put("validUntil", e.toString()));
            if (!u.classifications().isEmpty()) {
                ObjectNode c = n.putObject("classifications");
                u.classifications().forEach(c::put);
            }
        }
        return node;
    }

    private static Snapshot snapshot(JsonNode node, String source, String path) {
        LocalDate date = Fields.date(node, "date", source, path);
        Snapshot.Builder builder = Snapshot.builder(date);
        JsonNode units = Fields.array(node, "units", source, path);
        for (int i = 0; i < units.size(); i++) {
            JsonNode n = units.get(i);
            String at = path + "units[" + i + "].";
            SourcePosition pos = SourcePosition.of(source);
            try {
                String code = Fields.text(n, "code", source, at);
                UnitKind kind = Fields.enumValue(n, "kind", UnitKind.class, source, at);
                LocalDate from = Fields.date(n, "validFrom", source, at);
                LocalDate until = n.hasNonNull("validUntil") ? Fields.date(n, "validUntil", source, at) : null;
                java.util.Map<String, String> classes = new java.util.TreeMap<>();
                if (n.hasNonNull("classifications")) {
                    n.get("classifications").fields().forEachRemaining(e -> classes.put(e.getKey(), e.getValue().asText()));
                }
                AdminUnit unit = AdminUnit.of(code, Fields.text(n, "name", source, at), kind,
                        java.util.Optional.ofNullable(n.hasNonNull("parent") ? n.get("parent").asText() : null),
                        Validity.between(from, until), classes);
                builder.add(unit, pos);
            } catch (IllegalArgumentException e) {
                builder.problem(new Problem(Kind.MALFORMED, pos, n.path("code").asText(null), at,
                        refused(e, n)));
            }
        }
        return builder.build();
    }

    /** Why a unit node was refused: its validity interval, or its code or name. */
    private static Labels refused(IllegalArgumentException e, JsonNode n) {
        String from = n.path("validFrom").asText("");
        String until = n.path("validUntil").asText("");
        try {
            if (!until.isEmpty() && !LocalDate.parse(until).isAfter(LocalDate.parse(from))) {
                return Fields.validityRefused(e, LocalDate.parse(from), LocalDate.parse(until));
            }
        } catch (java.time.DateTimeException notDates) {
            // the dates were read before the unit was built; a date that does not parse is not the refusal
        }
        return Fields.unitRefused(e, n.path("code").asText(null), n.path("name").asText(null));
    }

    private static JsonNode parse(Reader reader, String source) {
        try {
            return StrictJson.read(READER, reader, source);
        } catch (InvalidDataException e) {
            throw new HierarchyException(new Problem(Kind.MALFORMED, e.position(), null, null,
                    Labels.of(e.reason(Language.VIETNAMESE), e.reason())));
        }
    }

    private static void expectSchema(JsonNode root, String schema, String source) {
        String found = root.path("schema").asText("");
        if (!schema.equals(found)) {
            throw new HierarchyException(new Problem(Kind.MALFORMED, SourcePosition.of(source), null, "schema",
                    Labels.of("cần lược đồ " + Limits.quote(schema) + ", gặp " + Limits.quote(found),
                    "expected schema " + Limits.quote(schema) + ", found " + Limits.quote(found))));
        }
    }

    private static void writeTree(JsonNode node, Writer writer) {
        try {
            MAPPER.writeValue(new NonClosingWriter(writer), node);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps Jackson from closing the caller's writer. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
