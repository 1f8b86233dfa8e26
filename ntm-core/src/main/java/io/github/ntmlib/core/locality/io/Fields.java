package io.github.ntmlib.core.locality.io;

import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.internal.StrictJson;
import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.locality.HierarchyException;
import io.github.ntmlib.core.locality.HierarchyException.Kind;
import io.github.ntmlib.core.locality.HierarchyException.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Typed access to JSON fields, failing with the field's path. */
final class Fields {

    private Fields() {
    }

    static HierarchyException missing(String source, String path, String field, String what) {
        return new HierarchyException(new Problem(Kind.MALFORMED, SourcePosition.of(source), null, path + field, what));
    }

    /** The error at the line of the node it is about (its parent, when a member is missing). */
    static HierarchyException missing(@Nullable JsonNode near, String source, String path, String field, String what) {
        return new HierarchyException(new Problem(Kind.MALFORMED, SourcePosition.of(source, StrictJson.line(near)),
                null, path + field, what));
    }

    private static JsonNode near(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? node : value;
    }

    static String text(JsonNode node, String field, String source, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw missing(near(node, field), source, path, field, "a non-empty text is required");
        }
        return value.asText();
    }

    static LocalDate date(JsonNode node, String field, String source, String path) {
        String text = text(node, field, source, path);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw missing(near(node, field), source, path, field, "not an ISO date (yyyy-mm-dd): " + Limits.quote(text));
        }
    }

    static JsonNode array(JsonNode node, String field, String source, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw missing(near(node, field), source, path, field, "an array is required");
        }
        return value;
    }

    static List<String> texts(JsonNode node, String field, String source, String path) {
        JsonNode array = array(node, field, source, path);
        List<String> list = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isTextual()) {
                throw missing(array.get(i), source, path, field + "[" + i + "]", "a text is required");
            }
            list.add(array.get(i).asText());
        }
        return list;
    }

    static <E extends Enum<E>> E enumValue(JsonNode node, String field, Class<E> type, String source, String path) {
        String text = text(node, field, source, path);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw missing(near(node, field), source, path, field, Limits.quote(text) + " is not a " + type.getSimpleName());
        }
    }
}
