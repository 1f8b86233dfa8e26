package io.github.ntmlib.core.report;

import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.LineageLink;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Share;
import io.github.ntmlib.core.locality.UnknownUnitException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Matches the units of two evaluations through the lineage and groups them: a unit after is joined
 * to the units before it descends from (or, comparing backwards in time, that descend from it),
 * following the links that continue a code and the mergers and splits within one level ({@link
 * StatusCarrier#territorial}); the groups are the connected sets of joined units.
 */
final class LineageMatch {

    private final Evaluation earlier;
    private final Evaluation later;
    private final CountingMode mode;
    /** Pairs (code before, code after) to their composed share. */
    private final Map<String, Map<String, Share>> pairs = new LinkedHashMap<>();
    private final Map<String, String> parent = new HashMap<>();

    private LineageMatch(Evaluation earlier, Evaluation later, LocalityHistory history, CountingMode mode) {
        this.earlier = earlier;
        this.later = later;
        this.mode = mode;
        LocalDate from = later.snapshot().date();
        LocalDate to = earlier.snapshot().date();
        for (UnitResult u : earlier.units()) {
            parent.put(before(u.unit()), before(u.unit()));
        }
        for (UnitResult u : later.units()) {
            parent.put(after(u.unit()), after(u.unit()));
            AdminUnit start = history.version(u.unit(), from).orElseThrow(() -> new UnknownUnitException(u.unit(),
                    Labels.of("đơn vị " + Limits.quote(u.unit()) + " của kết quả đánh giá ngày "
                            + Language.VIETNAMESE.format(later.request().asOf())
                            + " không có trong lịch sử đơn vị hành chính ngày " + Language.VIETNAMESE.format(from),
                            "unit " + u.unit() + " of the evaluation of " + later.request().asOf()
                            + " is not in the lineage on " + from)));
            for (Map.Entry<AdminUnit, Share> found : trace(history, start, to).entrySet()) {
                String code = found.getKey().code();
                if (!earlier.snapshot().contains(code)) {
                    throw new InvalidDataException(SourcePosition.API, code, "unit", Labels.of("lịch sử đơn vị hành chính nối "
                            + Limits.quote(u.unit()) + " với " + Limits.quote(code) + " ngày "
                            + Language.VIETNAMESE.format(to) + ", đơn vị này không có trong kết quả đánh giá ngày "
                            + Language.VIETNAMESE.format(earlier.request().asOf())
                            + " (kết quả được đánh giá theo một danh mục đơn vị hành chính khác?)", "the lineage joins "
                            + u.unit() + " to " + code + " on " + to + ", which is not in the evaluation of "
                            + earlier.request().asOf() + " (evaluated on another hierarchy than the lineage's?)"));
                }
                pairs.computeIfAbsent(code, c -> new LinkedHashMap<>()).put(u.unit(), found.getValue());
                union(before(code), after(u.unit()));
            }
        }
    }

    static List<StandardComparison> compare(Evaluation earlier, Evaluation later, LocalityHistory history,
            CountingMode mode, List<Standard> standards) {
        return new LineageMatch(earlier, later, history, mode).standards(standards);
    }

    private static String before(String code) {
        return "b" + code;
    }

    private static String after(String code) {
        return "a" + code;
    }

    private String find(String node) {
        String p = Objects.requireNonNull(parent.get(node));
        if (p.equals(node)) {
            return node;
        }
        String root = find(p);
        parent.put(node, root);
        return root;
    }

    private void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }

    /** The versions in force on {@code target} joined to {@code start}, with the composed share. */
    private static Map<AdminUnit, Share> trace(LocalityHistory history, AdminUnit start, LocalDate target) {
        Map<AdminUnit, Share> found = new LinkedHashMap<>();
        Map<AdminUnit, Share> seen = new HashMap<>();
        Deque<Map.Entry<AdminUnit, Share>> queue = new ArrayDeque<>();
        queue.add(Map.entry(start, Share.FULL));
        boolean backwards = target.isBefore(start.validity().start());
        while (!queue.isEmpty()) {
            Map.Entry<AdminUnit, Share> next = queue.poll();
            AdminUnit unit = next.getKey();
            Share share = next.getValue();
            Share before = seen.get(unit);
            if (before == Share.PARTIAL || before == share) {
                continue;
            }
            seen.put(unit, share);
            if (unit.validity().contains(target)) {
                found.merge(unit, share, (a, b) -> a == Share.PARTIAL || b == Share.PARTIAL ? Share.PARTIAL : Share.FULL);
                continue;
            }
            for (LineageLink link : backwards ? history.predecessors(unit) : history.successors(unit)) {
                boolean continued = link.cause() == LineageLink.Cause.CONTINUED
                        && link.from().level() == link.to().level();
                if (continued || StatusCarrier.territorial(link)) {
                    Share composed = share == Share.PARTIAL || link.share() == Share.PARTIAL ? Share.PARTIAL : Share.FULL;
                    queue.add(Map.entry(backwards ? link.from() : link.to(), composed));
                }
            }
        }
        return found;
    }

    private List<StandardComparison> standards(List<Standard> standards) {
        Map<String, List<String>> groupsBefore = new LinkedHashMap<>();
        Map<String, List<String>> groupsAfter = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (UnitResult u : later.units()) {
            String root = find(after(u.unit()));
            if (!groupsAfter.containsKey(root) && !groupsBefore.containsKey(root)) {
                order.add(root);
            }
            groupsAfter.computeIfAbsent(root, r -> new ArrayList<>()).add(u.unit());
        }
        for (UnitResult u : earlier.units()) {
            String root = find(before(u.unit()));
            if (!groupsAfter.containsKey(root) && !groupsBefore.containsKey(root)) {
                order.add(root);
            }
            groupsBefore.computeIfAbsent(root, r -> new ArrayList<>()).add(u.unit());
        }
        List<StandardComparison> list = new ArrayList<>();
        for (Standard standard : standards) {
            List<UnitChange> changes = new ArrayList<>();
            for (String root : order) {
                UnitChange c = change(standard.id(), groupsBefore.getOrDefault(root, List.of()),
                        groupsAfter.getOrDefault(root, List.of()));
                if (c != null) {
                    changes.add(c);
                }
            }
            Labels labels = standard.labels();
            list.add(new StandardComparison(standard.id(), labels, changes));
        }
        return list;
    }

    private @Nullable UnitChange change(String standard, List<String> before, List<String> after) {
        List<UnitChange.Member> b = members(earlier, standard, before);
        List<UnitChange.Member> a = members(later, standard, after);
        boolean applies = b.stream().anyMatch(m -> m.standing() != Standing.NOT_APPLICABLE)
                || a.stream().anyMatch(m -> m.standing() != Standing.NOT_APPLICABLE);
        if (!applies) {
            return null;
        }
        List<UnitChange.Link> links = new ArrayList<>();
        List<CriterionChange> criteria = new ArrayList<>();
        boolean pairwise = before.size() == 1 || after.size() == 1;
        for (String from : before) {
            for (Map.Entry<String, Share> to : pairs.getOrDefault(from, Map.of()).entrySet()) {
                links.add(new UnitChange.Link(from, to.getKey(), to.getValue()));
                if (pairwise) {
                    criteria.addAll(criteria(standard, from, to.getKey()));
                }
            }
        }
        return new UnitChange(standard, b, a, links, criteria);
    }

    private List<UnitChange.Member> members(Evaluation evaluation, String standard, List<String> codes) {
        List<UnitChange.Member> members = new ArrayList<>();
        for (String code : codes) {
            UnitResult u = evaluation.unit(code);
            members.add(new UnitChange.Member(code, u.name(), u.kind(), Standing.of(u.standard(standard), mode)));
        }
        return members;
    }

    private List<CriterionChange> criteria(String standard, String from, String to) {
        Optional<StandardResult> b = earlier.unit(from).standard(standard);
        Optional<StandardResult> a = later.unit(to).standard(standard);
        if (b.isEmpty() || a.isEmpty()) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        b.get().criteria().forEach(c -> codes.add(c.code()));
        a.get().criteria().forEach(c -> codes.add(c.code()));
        List<CriterionChange> changes = new ArrayList<>();
        for (String code : codes) {
            Verdict vb = b.get().criterion(code).map(CriterionResult::verdict).orElse(null);
            Verdict va = a.get().criterion(code).map(CriterionResult::verdict).orElse(null);
            if (vb != va) {
                changes.add(new CriterionChange(from, to, code, vb, va));
            }
        }
        return changes;
    }
}
