package io.github.ntmlib.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.LineageLink;
import io.github.ntmlib.core.locality.PlainChange;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.report.CarryOver;
import io.github.ntmlib.core.report.CarryOverPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON documents of {@code ntm units}: ntm.units-check/1, ntm.units-diff/1, ntm.units-lineage/1,
 * ntm.units-carry/1; and the words of a lineage link in the text.
 */
final class UnitsJson {

    /** A version of a unit with the links into and out of it. */
    record Version(AdminUnit unit, List<LineageLink> predecessors, List<LineageLink> successors) {
    }

    private UnitsJson() {
    }

    /**
     * A link's share, date and cause as the text prints them.
     *
     * @param l        the link
     * @param language the language
     * @return e.g. "full, 2025-07-01, merged" or "toàn bộ, 01/07/2025, sáp nhập"
     */
    static String words(LineageLink l, Language language) {
        return l.share().labels().in(language) + ", " + language.format(l.date()) + ", "
                + l.cause().labels().in(language);
    }

    static ObjectNode check(String file, LocalDate date, Snapshot s) {
        ObjectNode d = Json.document("ntm.units-check/1").put("file", file).put("date", date.toString())
                .put("valid", true).put("units", s.size());
        ObjectNode kinds = d.putObject("byKind");
        for (Map.Entry<UnitKind, Integer> e : s.countByKind().entrySet()) {
            kinds.put(e.getKey().name(), e.getValue());
        }
        return d;
    }

    static ObjectNode diff(String a, String b, List<PlainChange> changes) {
        ObjectNode d = Json.document("ntm.units-diff/1").put("from", a).put("to", b).put("count", changes.size());
        ArrayNode list = d.putArray("changes");
        for (PlainChange c : changes) {
            ObjectNode n = list.addObject().put("type", c.type().name()).put("code", c.code());
            text(n, "oldName", c.oldName());
            text(n, "newName", c.newName());
            text(n, "oldParent", c.oldParent());
            text(n, "newParent", c.newParent());
        }
        return d;
    }

    static ObjectNode lineage(String list, String code, List<Version> versions) {
        ObjectNode d = Json.document("ntm.units-lineage/1").put("list", list).put("code", code);
        ArrayNode array = d.putArray("versions");
        for (Version v : versions) {
            ObjectNode n = unit(array.addObject(), v.unit());
            n.put("validFrom", v.unit().validity().start().toString());
            text(n, "validUntil", v.unit().validity().end().map(LocalDate::toString));
            ArrayNode from = n.putArray("predecessors");
            v.predecessors().forEach(l -> link(unit(from.addObject(), l.from()), l));
            ArrayNode to = n.putArray("successors");
            v.successors().forEach(l -> link(unit(to.addObject(), l.to()), l));
        }
        return d;
    }

    static ObjectNode carry(String list, LocalDate date, CarryOverPolicy policy, Snapshot after, List<CarryOver> carried) {
        ObjectNode d = Json.document("ntm.units-carry/1").put("list", list).put("date", date.toString())
                .put("policy", policy.name());
        ArrayNode array = d.putArray("carryOvers");
        for (CarryOver c : carried) {
            ObjectNode n = unit(array.addObject(), after.require(c.unit())).put("standard", c.standard())
                    .put("formedOn", c.formedOn().toString()).put("outcome", c.outcome().name())
                    .put("carriedOver", c.carriedOver()).put("counted", c.counted()).put("holding", c.holding());
            ArrayNode predecessors = n.putArray("predecessors");
            for (CarryOver.PredecessorStanding p : c.predecessors()) {
                ObjectNode q = unit(predecessors.addObject(), p.predecessor()).put("share", p.share().name())
                        .put("standing", p.standing().name());
                Optional<StatusEvent> r = p.recognition();
                if (r.isPresent()) {
                    q.putObject("recognition").put("date", r.get().date().toString()).put("decision", r.get().decision())
                            .put("authority", r.get().authority());
                } else {
                    q.putNull("recognition");
                }
            }
            n.put("explanationVi", c.explanation(Language.VIETNAMESE)).put("explanationEn", c.explanation(Language.ENGLISH));
        }
        return d;
    }

    private static ObjectNode unit(ObjectNode n, AdminUnit u) {
        n.put("code", u.code()).put("name", u.name()).put("kind", u.kind().name());
        text(n, "parent", u.parent());
        return n;
    }

    private static void link(ObjectNode n, LineageLink l) {
        n.put("date", l.date().toString()).put("share", l.share().name()).put("cause", l.cause().name());
    }

    private static void text(ObjectNode n, String field, Optional<String> value) {
        if (value.isPresent()) {
            n.put(field, value.get());
        } else {
            n.putNull(field);
        }
    }
}
