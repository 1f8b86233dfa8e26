package io.github.ntmlib.ocop.io;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.VietnameseText;
import io.github.ntmlib.base.internal.Choices;
import io.github.ntmlib.base.internal.CsvTable;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.certificate.Certificate;
import io.github.ntmlib.ocop.certificate.ProductCode;
import io.github.ntmlib.ocop.certificate.Revocation;
import io.github.ntmlib.ocop.certificate.RevocationReason;
import io.github.ntmlib.ocop.certificate.Subject;
import io.github.ntmlib.ocop.certificate.SubjectKind;
import io.github.ntmlib.ocop.rating.RatingAuthority;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Reads certificates from CSV (a provincial list of OCOP products), one certificate a row.
 *
 * <p>Columns (header row required; order free): {@code product_code} (T-X-STT-YYYY),
 * {@code product_name}, {@code subject_name}, {@code subject_kind} (an enum name of
 * {@link SubjectKind}, its Vietnamese label, or HTX / THT), {@code stars} (3, 4 or 5),
 * {@code authority} ({@link RatingAuthority} name or label), {@code issuer}, {@code decision},
 * {@code issued} (ISO date); optional: {@code expiry} (default 36 months after issue),
 * {@code proposed_for_five_stars} (true/false), {@code rerating_filed}, {@code rerating_decided},
 * {@code revoked_on}, {@code revocation_reason} ({@link RevocationReason} name),
 * {@code revocation_decision}. A bad value gives an {@link OcopDataException} naming the source,
 * line, product and column; nothing is returned from a file with a bad row.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CertificateCsv {

    private static final List<String> REQUIRED = List.of("product_code", "product_name", "subject_name",
            "subject_kind", "stars", "authority", "issuer", "decision", "issued");
    private static final Set<String> OPTIONAL = Set.of("expiry", "proposed_for_five_stars", "rerating_filed",
            "rerating_decided", "revoked_on", "revocation_reason", "revocation_decision");

    private CertificateCsv() {
    }

    /**
     * Reads all certificates of a CSV source.
     *
     * @param reader the CSV text
     * @param source the source name for messages (file name)
     * @return the certificates, in row order
     * @throws OcopDataException if the header or a row is bad, or the text cannot be read
     */
    public static List<Certificate> read(Reader reader, String source) {
        CsvTable table = CsvTable.read(reader, source, REQUIRED, OPTIONAL, null, CsvErrors.about(null));
        List<Certificate> certificates = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            certificates.add(row(row, row.position()));
        }
        return List.copyOf(certificates);
    }

    private static Certificate row(CsvTable.Row row, SourcePosition at) {
        String product = row.get("product_code");
        Field f = new Field(row, at, product);
        try {
            Certificate c = Certificate.issue(f.get("product_code", ProductCode::parse), f.text("product_name"),
                    new Subject(f.text("subject_name"), f.get("subject_kind", CertificateCsv::kind)),
                    f.get("stars", s -> Stars.of(Integer.parseInt(s))), f.get("authority", CertificateCsv::authority),
                    f.text("issuer"), f.text("decision"), f.get("issued", LocalDate::parse));
            Optional<LocalDate> expiry = f.optional("expiry", LocalDate::parse);
            if (expiry.isPresent()) {
                c = c.withExpiry(expiry.get());
            }
            if (f.optional("proposed_for_five_stars", CertificateCsv::bool).orElse(false)) {
                c = c.proposeForFiveStars();
            }
            Optional<LocalDate> filed = f.optional("rerating_filed", LocalDate::parse);
            if (filed.isPresent()) {
                c = c.withReratingFiled(filed.get());
            }
            Optional<LocalDate> decided = f.optional("rerating_decided", LocalDate::parse);
            if (decided.isPresent()) {
                c = c.withReratingDecided(decided.get());
            }
            Optional<LocalDate> revoked = f.optional("revoked_on", LocalDate::parse);
            if (revoked.isPresent()) {
                c = c.revoke(new Revocation(revoked.get(), f.get("revocation_reason", RevocationReason::valueOf),
                        f.text("revocation_decision")));
            }
            return c;
        } catch (OcopDataException e) {
            throw e.at(at, product, null);
        } catch (DateTimeException | ArithmeticException e) {
            throw new OcopDataException(at, product, null, Labels.of(
                    "không tính được các ngày của dòng", "the row's dates cannot be computed: " + e.getMessage()), e);
        }
    }

    /** The abbreviations of subject kinds. */
    private static final Map<String, SubjectKind> KIND_ABBREVIATIONS = Map.of(
            "HTX", SubjectKind.COOPERATIVE, "THT", SubjectKind.COOPERATIVE_GROUP, "DN", SubjectKind.ENTERPRISE);

    private static SubjectKind kind(String text) {
        return Choices.find(SubjectKind.class, text, KIND_ABBREVIATIONS).orElseThrow(() -> OcopDataException.api(
                null, null, Labels.of("không rõ loại hình chủ thể " + Limits.quote(text) + " (chấp nhận: "
                        + CsvErrors.acceptedVietnamese(SubjectKind.class, KIND_ABBREVIATIONS) + ")",
                        "bad value " + Limits.quote(text) + ": unknown subject kind (" + Choices.accepted(SubjectKind.class, KIND_ABBREVIATIONS) + ")")));
    }

    private static RatingAuthority authority(String text) {
        for (RatingAuthority a : RatingAuthority.values()) {
            if (a.name().equalsIgnoreCase(text) || VietnameseText.matches(a.vietnamese(), text)) {
                return a;
            }
        }
        throw OcopDataException.api(null, null, Labels.of("không rõ cấp công nhận " + Limits.quote(text)
                + " (chấp nhận: " + CsvErrors.acceptedVietnamese(RatingAuthority.class, Map.of()) + ")",
                "bad value " + Limits.quote(text) + ": unknown authority (" + Choices.accepted(RatingAuthority.class, Map.of()) + ")"));
    }

    private static boolean bool(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw OcopDataException.api(null, null, Labels.of("giá trị " + Limits.quote(text)
                + " không hợp lệ: cần 'true' (có) hoặc 'false' (không)",
                "bad value " + Limits.quote(text) + ": expected true or false"));
    }

    /** The cells of one row, parsed with errors that name the row and column. */
    private record Field(CsvTable.Row row, SourcePosition at, String product) {

        interface Parser<T> {
            T parse(String text);
        }

        String text(String column) {
            String value = row.get(column);
            if (value == null || value.isBlank()) {
                throw new OcopDataException(at, product, column, Labels.of("thiếu giá trị", "missing value"));
            }
            return value;
        }

        <T> T get(String column, Parser<T> parser) {
            String value = text(column);
            try {
                return parser.parse(value);
            } catch (OcopDataException e) {
                throw new OcopDataException(at, product, column, CsvErrors.reasons(e), e);
            } catch (DateTimeParseException e) {
                throw new OcopDataException(at, product, column, Labels.of("giá trị " + Limits.quote(value)
                        + " không phải là ngày dạng năm-tháng-ngày",
                        "bad value " + Limits.quote(value) + ": " + e.getMessage()), e);
            } catch (IllegalArgumentException e) {
                throw new OcopDataException(at, product, column, Labels.of("giá trị " + Limits.quote(value)
                        + " không hợp lệ", "bad value " + Limits.quote(value) + ": " + e.getMessage()), e);
            }
        }

        <T> Optional<T> optional(String column, Parser<T> parser) {
            String value = row.get(column);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(get(column, parser));
        }
    }
}
