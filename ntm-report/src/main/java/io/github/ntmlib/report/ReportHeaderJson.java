package io.github.ntmlib.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Reads the official header of a report from its JSON file, {@code ntm.report-header/1}
 * (docs/formats.md, schema {@code docs/schemas/report-header-1.schema.json}), strictly: an unknown
 * or missing field, a duplicate key, a value of the wrong type or a date that is not a calendar
 * date {@code yyyy-mm-dd} is an {@link InvalidDataException} naming the file and the field.
 *
 * <pre>{@code
 * {"schema": "ntm.report-header/1", "issuer": "UBND TỈNH HÀ TĨNH", "number": "123/BC-UBND",
 *  "place": "Hà Tĩnh", "date": "2026-12-05", "title": "BÁO CÁO Kết quả xây dựng nông thôn mới",
 *  "signer": {"title": "CHỦ TỊCH", "name": "Nguyễn Văn A"}}
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportHeaderJson {

    /** The schema tag, the value of the document's {@code schema} field. */
    public static final String SCHEMA = "ntm.report-header/1";
    /** The largest file read, in bytes. */
    public static final int MAX_BYTES = 64 * 1024;

    private static final Set<String> FIELDS = Set.of("schema", "issuer", "number", "place", "date", "title", "signer");
    private static final Set<String> SIGNER_FIELDS = Set.of("title", "name");
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private ReportHeaderJson() {
    }

    /**
     * Reads a header file.
     *
     * @param file the file
     * @return the header
     * @throws InvalidDataException naming the file and the field for any bad content
     * @throws UncheckedIOException when the file cannot be read
     */
    public static OfficialHeader read(Path file) {
        String source = file.toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidDataException(SourcePosition.of(source), null, null, Labels.of("tệp tiêu đề có tối đa " + MAX_BYTES + " byte",
                                "a header file is at most " + MAX_BYTES + " bytes"));
            }
            return read(Files.readString(file, StandardCharsets.UTF_8), source);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidDataException(SourcePosition.of(source), null, null, Labels.of("văn bản không phải bảng mã UTF-8",
                            "not UTF-8 text"));
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a header document.
     *
     * @param json   the document
     * @param source the name of its source, for errors
     * @return the header
     * @throws InvalidDataException naming the source and the field for any bad content
     */
    public static OfficialHeader read(String json, String source) {
        SourcePosition at = SourcePosition.of(source);
        if (json.length() > MAX_BYTES) {
            throw new InvalidDataException(at, null, null, Labels.of("tài liệu tiêu đề có tối đa " + MAX_BYTES + " ký tự",
                            "a header document is at most " + MAX_BYTES + " characters"));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidDataException(at, null, null, Labels.of("JSON không hợp lệ: " + InvalidDataException.excerpt(e.getOriginalMessage()),
                            "not valid JSON: " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidDataException(at, null, null, Labels.of("tài liệu tiêu đề phải là một đối tượng JSON",
                            "a header document is a JSON object"));
        }
        checkFields(root, FIELDS, at, "");
        String schema = text(root, "schema", at, "");
        if (!schema.equals(SCHEMA)) {
            throw new InvalidDataException(at, null, "schema", Labels.of("cần '" + SCHEMA + "', không phải "
                            + InvalidDataException.excerpt(schema), "expected \"" + SCHEMA + "\", not \""
                    + InvalidDataException.excerpt(schema) + "\""));
        }
        String dateText = text(root, "date", at, "");
        LocalDate date;
        try {
            if (!dateText.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not yyyy-mm-dd", dateText, 0);
            }
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            throw new InvalidDataException(at, null, "date", Labels.of("không phải là ngày dạng năm-tháng-ngày: " + InvalidDataException.excerpt(dateText),
                            "not a date yyyy-mm-dd: \""
                    + InvalidDataException.excerpt(dateText) + "\""));
        }
        JsonNode signer = root.get("signer");
        if (signer == null || !signer.isObject()) {
            throw new InvalidDataException(at, null, "signer", Labels.of(signer == null ? "thiếu" : "phải là một đối tượng JSON",
                            signer == null ? "missing" : "must be an object"));
        }
        checkFields(signer, SIGNER_FIELDS, at, "signer.");
        String issuer = text(root, "issuer", at, "");
        String number = text(root, "number", at, "");
        String place = text(root, "place", at, "");
        String title = text(root, "title", at, "");
        String signerTitle = text(signer, "title", at, "signer.");
        String signerName = text(signer, "name", at, "signer.");
        return new OfficialHeader(issuer, number, place, date, title, signerTitle, signerName);
    }

    private static void checkFields(JsonNode node, Set<String> allowed, SourcePosition at, String prefix) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new InvalidDataException(at, null, prefix + (name.length() > 80 ? name.substring(0, 80) + "…" : name), Labels.of("trường không rõ (định dạng chỉ có các trường: "
                    + String.join(", ", allowed.stream().sorted().map(InvalidDataException::excerpt).toList()) + ")",
                                "unknown field (known: " + String.join(", ", allowed.stream().sorted().toList()) + ")"));
            }
        }
        for (String name : allowed) {
            if (!node.has(name)) {
                throw new InvalidDataException(at, null, prefix + name, Labels.of("thiếu",
                                "missing"));
            }
        }
    }

    private static String text(JsonNode node, String name, SourcePosition at, String prefix) {
        JsonNode v = node.get(name);
        if (v == null || !v.isTextual()) {
            throw new InvalidDataException(at, null, prefix + name, Labels.of(v == null ? "thiếu" : "phải là một chuỗi",
                            v == null ? "missing" : "must be a string"));
        }
        String s = v.asText().strip();
        if (s.isEmpty() || s.length() > 500) {
            throw new InvalidDataException(at, null, prefix + name, Labels.of("phải có từ 1 đến 500 ký tự",
                            "must be 1 to 500 characters"));
        }
        return s;
    }
}
