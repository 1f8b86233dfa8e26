package io.github.ntmlib.ocop.io;

import io.github.ntmlib.base.internal.ExactJson;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.certificate.Certificate;
import io.github.ntmlib.ocop.portfolio.PortfolioReport;
import java.io.Writer;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The JSON document of the certificates on a date ({@value #SCHEMA}, docs/formats.md; JSON Schema
 * {@code docs/schemas/ocop-portfolio-1.schema.json}): the date, the counts recognised, valid,
 * expired and revoked, the count by stars, every current certificate with its status, and those
 * expiring within a number of days.
 *
 * <p>A rendered view with no reader: a certificate's issuer, subject and revocation are not in it
 * (the certificates' own form is {@link CertificateCsv}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PortfolioJson {

    /** The schema id. */
    public static final String SCHEMA = "ntm.ocop-portfolio/1";

    private PortfolioJson() {
    }

    /**
     * Writes the document, indented, and a line break.
     *
     * @param report             the portfolio on its date
     * @param expiringWithinDays the days ahead expiring certificates are listed for
     * @param out                where to write; flushed, not closed
     */
    public static void write(PortfolioReport report, int expiringWithinDays, Writer out) {
        ExactJson.Obj d = ExactJson.document(SCHEMA).put("date", report.date()).put("recognised", report.recognised())
                .put("valid", report.valid()).put("expired", report.expired()).put("revoked", report.revoked());
        ExactJson.Obj byStars = d.object("byStars");
        for (Map.Entry<Stars, Integer> e : report.byStars().entrySet()) {
            byStars.put(Integer.toString(e.getKey().count()), e.getValue().intValue());
        }
        ExactJson.Arr certificates = d.array("certificates");
        for (Certificate c : report.current()) {
            certificate(certificates.object(), c).put("status", c.status(report.date()).name());
        }
        d.put("expiringWithinDays", expiringWithinDays);
        ExactJson.Arr expiring = d.array("expiring");
        for (Certificate c : report.expiringWithin(expiringWithinDays)) {
            certificate(expiring.object(), c);
        }
        d.write(out);
    }

    private static ExactJson.Obj certificate(ExactJson.Obj n, Certificate c) {
        return n.put("product", c.product().toString()).put("productName", c.productName()).put("stars", c.stars().count())
                .put("authority", c.authority().name()).put("decision", c.decision()).put("issued", c.issued())
                .put("expiry", c.expiry());
    }
}
