package io.github.ntmlib.base.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Typed access to the fields of a JSON document, failing with the source and the field's path. */
public final class JsonFields {

    private final String source;

    public JsonFields(String source) {
        this.source = source;
    }

    public InvalidDataException error(String path, String message) {
        return new InvalidDataException(SourcePosition.of(source), null, path, message);
    }

    public JsonNode node(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            throw error(path + field, "required field is missing");
        }
        return value;
    }

    public String text(JsonNode parent, String field, String path) {
        JsonNode value = node(parent, field, path);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw error(path + field, "a non-empty text is required");
        }
        return value.asText();
    }

    public String textOr(JsonNode parent, String field, String fallback) {
        JsonNode value = parent.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    public Optional<String> optionalText(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    public LocalDate date(JsonNode parent, String field, String path) {
        String text = text(parent, field, path);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(path + field, "not an ISO date (yyyy-mm-dd): '" + text + "'");
        }
    }

    public BigDecimal decimal(JsonNode parent, String field, String path) {
        JsonNode value = node(parent, field, path);
        try {
            return new BigDecimal(value.asText());
        } catch (NumberFormatException e) {
            throw error(path + field, "not a number: '" + value.asText() + "'");
        }
    }

    public Optional<Integer> optionalInt(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.canConvertToInt()) {
            throw error(path + field, "a whole number is required");
        }
        return Optional.of(value.asInt());
    }

    public List<JsonNode> array(JsonNode parent, String field, String path, boolean required) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw error(path + field, "required array is missing");
            }
            return List.of();
        }
        if (!value.isArray()) {
            throw error(path + field, "an array is required");
        }
        List<JsonNode> list = new ArrayList<>();
        value.forEach(list::add);
        return list;
    }

    public <E extends Enum<E>> E enumValue(JsonNode parent, String field, Class<E> type, String path) {
        String text = text(parent, field, path);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw error(path + field, "'" + text + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
