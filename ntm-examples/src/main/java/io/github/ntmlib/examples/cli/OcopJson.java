package io.github.ntmlib.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.certificate.Certificate;
import io.github.ntmlib.ocop.portfolio.PortfolioReport;
import io.github.ntmlib.ocop.rating.CouncilResult;
import io.github.ntmlib.ocop.rating.GroupScore;
import io.github.ntmlib.ocop.rating.MarkerCheck;
import io.github.ntmlib.ocop.rating.OptionChange;
import io.github.ntmlib.ocop.rating.PartScore;
import io.github.ntmlib.ocop.rating.Rating;
import io.github.ntmlib.ocop.rating.Score;
import io.github.ntmlib.ocop.rating.Scorecard;
import io.github.ntmlib.ocop.rating.UpgradeAdvice;
import io.github.ntmlib.ocop.sheet.KnockOut;
import io.github.ntmlib.ocop.sheet.SheetCriterion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The JSON documents of {@code ntm ocop}: ntm.ocop-rating/1, ntm.ocop-upgrade/1, ntm.ocop-portfolio/1. */
final class OcopJson {

    /** The days ahead {@code ntm ocop portfolio} lists expiring certificates for. */
    static final int EXPIRING_DAYS = 90;

    /** A council's result and its rating. */
    record Rated(CouncilResult council, Rating rating) {
    }

    /** One evaluator's sheet, its stars on its own and the least change reaching the next star. */
    static final class Advised {
        private final Scorecard card;
        private final @Nullable Stars stars;
        private final @Nullable UpgradeAdvice advice;

        Advised(Scorecard card, Optional<Stars> stars, Optional<UpgradeAdvice> advice) {
            this.card = card;
            this.stars = stars.orElse(null);
            this.advice = advice.orElse(null);
        }

        Scorecard card() {
            return card;
        }

        /** The stars of the sheet on its own, or empty when it rates below 3 stars. */
        Optional<Stars> stars() {
            return Optional.ofNullable(stars);
        }

        /** The least change to the next star, or empty when none is reachable by options. */
        Optional<UpgradeAdvice> advice() {
            return Optional.ofNullable(advice);
        }
    }

    private OcopJson() {
    }

    static ObjectNode rating(Rated r) {
        Rating rating = r.rating();
        ObjectNode d = Json.document("ntm.ocop-rating/1").put("product", rating.product()).put("sheet", rating.sheetId())
                .put("council", r.council().council().name()).put("date", r.council().date().toString())
                .put("outcome", rating.outcome().name());
        stars(d, "awarded", rating.awarded());
        stars(d, "earned", rating.earned());
        d.put("fiveStarCandidate", rating.isFiveStarCandidate()).put("band", rating.band().count());
        d.set("total", score(rating.average()));
        ArrayNode parts = d.putArray("parts");
        for (PartScore p : rating.parts()) {
            ObjectNode part = parts.addObject().put("code", p.code()).put("title", p.title()).put("max", p.max());
            part.set("score", score(p.score()));
            ArrayNode groups = part.putArray("groups");
            for (GroupScore g : p.groups()) {
                groups.addObject().put("code", g.code()).put("title", g.title()).put("max", g.max())
                        .set("score", score(g.score()));
            }
        }
        ArrayNode markers = d.putArray("markers");
        for (MarkerCheck m : rating.markers()) {
            markers.addObject().put("stars", m.stars().count()).put("criterion", m.criterion()).put("option", m.option())
                    .put("required", m.required()).put("met", m.met()).set("achieved", score(m.achieved()));
        }
        ArrayNode knockOuts = d.putArray("knockOuts");
        for (KnockOut k : rating.knockOuts()) {
            ObjectNode n = knockOuts.addObject().put("id", k.id()).put("kind", k.kind().name()).put("text", k.text());
            k.criterion().ifPresentOrElse(c -> n.put("criterion", c), () -> n.putNull("criterion"));
        }
        d.put("markerPolicy", rating.policy().name());
        rating.recognisedBy().ifPresentOrElse(a -> d.put("authority", a.name()), () -> d.putNull("authority"));
        d.put("decidedBy", rating.decidedBy());
        ArrayNode evaluators = d.putArray("evaluators");
        for (Scorecard card : r.council().scorecards()) {
            ObjectNode e = evaluators.addObject().put("evaluator", card.evaluator()).put("total", card.total());
            ArrayNode points = e.putArray("points");
            for (SheetCriterion c : card.sheet().criteria()) {
                if (card.applies(c)) {
                    points.addObject().put("criterion", c.code()).put("points", card.points(c));
                }
            }
        }
        return d;
    }

    static ObjectNode upgrade(String product, List<Advised> advised) {
        ObjectNode d = Json.document("ntm.ocop-upgrade/1").put("product", product);
        d.put("sheet", advised.isEmpty() ? "" : advised.get(0).card().sheet().id());
        ArrayNode evaluators = d.putArray("evaluators");
        for (Advised a : advised) {
            ObjectNode e = evaluators.addObject().put("evaluator", a.card().evaluator()).put("total", a.card().total());
            stars(e, "stars", a.stars());
            if (a.advice().isEmpty()) {
                e.putNull("advice");
                continue;
            }
            UpgradeAdvice u = a.advice().get();
            ObjectNode advice = e.putObject("advice").put("current", u.current().count()).put("target", u.target().count())
                    .put("total", u.total()).put("gain", u.gain());
            ArrayNode changes = advice.putArray("changes");
            for (OptionChange c : u.changes()) {
                ObjectNode n = changes.addObject().put("criterion", c.criterion());
                if (c.from().isPresent()) {
                    n.put("from", c.from().getAsInt());
                } else {
                    n.putNull("from");
                }
                n.put("to", c.to()).put("pointsFrom", c.pointsFrom()).put("pointsTo", c.pointsTo());
            }
        }
        return d;
    }

    static ObjectNode portfolio(PortfolioReport report) {
        ObjectNode d = Json.document("ntm.ocop-portfolio/1").put("date", report.date().toString())
                .put("recognised", report.recognised()).put("valid", report.valid()).put("expired", report.expired())
                .put("revoked", report.revoked());
        ObjectNode byStars = d.putObject("byStars");
        for (Map.Entry<Stars, Integer> e : report.byStars().entrySet()) {
            byStars.put(Integer.toString(e.getKey().count()), e.getValue());
        }
        ArrayNode certificates = d.putArray("certificates");
        for (Certificate c : report.current()) {
            certificate(certificates.addObject(), c).put("status", c.status(report.date()).name());
        }
        d.put("expiringWithinDays", EXPIRING_DAYS);
        ArrayNode expiring = d.putArray("expiring");
        for (Certificate c : report.expiringWithin(EXPIRING_DAYS)) {
            certificate(expiring.addObject(), c);
        }
        return d;
    }

    private static ObjectNode certificate(ObjectNode n, Certificate c) {
        return n.put("product", c.product().toString()).put("productName", c.productName()).put("stars", c.stars().count())
                .put("authority", c.authority().name()).put("decision", c.decision()).put("issued", c.issued().toString())
                .put("expiry", c.expiry().toString());
    }

    private static void stars(ObjectNode n, String field, Optional<Stars> stars) {
        if (stars.isPresent()) {
            n.put(field, stars.get().count());
        } else {
            n.putNull(field);
        }
    }

    /** An exact score: {"numerator","denominator","exact"} and "rounded", half-up at two decimals. */
    private static ObjectNode score(Score s) {
        return Json.fraction(s.fraction()).put("rounded", Json.decimal(s.toBigDecimal(2)));
    }
}
