package io.github.ntmlib.core.locality.io;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.Labels;
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

    static HierarchyException missing(String source, String path, String field, Labels what) {
        return new HierarchyException(new Problem(Kind.MALFORMED, SourcePosition.of(source), null, path + field, what));
    }

    /** The error at the line of the node it is about (its parent, when a member is missing). */
    static HierarchyException missing(@Nullable JsonNode near, String source, String path, String field, Labels what) {
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
            throw missing(near(node, field), source, path, field, Labels.of("cần một đoạn văn bản không trống",
                    "a non-empty text is required"));
        }
        return value.asText();
    }

    static LocalDate date(JsonNode node, String field, String source, String path) {
        String text = text(node, field, source, path);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw missing(near(node, field), source, path, field, notIsoDate(text));
        }
    }

    static JsonNode array(JsonNode node, String field, String source, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw missing(near(node, field), source, path, field, Labels.of("cần một mảng", "an array is required"));
        }
        return value;
    }

    static List<String> texts(JsonNode node, String field, String source, String path) {
        JsonNode array = array(node, field, source, path);
        List<String> list = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isTextual()) {
                throw missing(array.get(i), source, path, field + "[" + i + "]", Labels.of("cần một đoạn văn bản",
                        "a text is required"));
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
            throw missing(near(node, field), source, path, field, Labels.of(Limits.quote(text)
                    + " không phải là một trong các giá trị " + java.util.Arrays.stream(type.getEnumConstants())
                            .map(c -> Limits.quote(c.name())).collect(java.util.stream.Collectors.joining(", ")),
                    Limits.quote(text) + " is not a " + type.getSimpleName()));
        }
    }

    /** The reason for a date that is not an ISO date. */
    static Labels notIsoDate(String text) {
        return Labels.of("không phải là ngày viết dạng năm-tháng-ngày như '2024-12-31': " + Limits.quote(text),
                "not an ISO date (yyyy-mm-dd): " + Limits.quote(text));
    }

    /**
     * Why a unit read from a file cannot be built: the white space or blank text its factory
     * refuses, with the factory's English reason.
     */
    static Labels unitRefused(IllegalArgumentException e, @Nullable String code, @Nullable String name) {
        String vietnamese;
        if (code == null || code.isBlank()) {
            vietnamese = "mã đơn vị trống";
        } else if (code.chars().anyMatch(Character::isWhitespace)) {
            vietnamese = "mã đơn vị chứa khoảng trắng: " + Limits.quote(code);
        } else if (name == null || name.isBlank()) {
            vietnamese = "tên đơn vị trống";
        } else {
            vietnamese = "không thể tạo đơn vị " + Limits.quote(code) + " từ dữ liệu này";
        }
        return Labels.of(vietnamese, Limits.reason(e));
    }

    /** Why a validity interval is refused: its end is not after its start. */
    static Labels validityRefused(IllegalArgumentException e, LocalDate from, @Nullable LocalDate until) {
        return Labels.of("hiệu lực kết thúc ngày " + (until == null ? "" : Language.VIETNAMESE.format(until))
                + ", không sau ngày bắt đầu " + Language.VIETNAMESE.format(from), Limits.reason(e));
    }
}
