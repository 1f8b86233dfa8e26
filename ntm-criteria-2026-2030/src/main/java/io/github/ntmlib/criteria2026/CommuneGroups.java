package io.github.ntmlib.criteria2026;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.base.Language;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.criteria2026.GroupDerivation.Basis;
import io.github.ntmlib.criteria2026.GroupFacts.Area;
import io.github.ntmlib.criteria2026.GroupFacts.Fact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The commune group rule of Decision 51/2025/QĐ-TTg (nhóm xã), applied to facts a province
 * supplies.
 *
 * <p>The rule, as restated in the sources read (see {@link #RULE}): a commune of khu vực II or III
 * of the ethnic-minority and mountain area is in <b>group 3</b>; a commune adjacent to an existing
 * urban area and oriented to urbanise, or designated a new urban area, or whose economy has an
 * agriculture share under 10% is in <b>group 1</b>; every other commune is in <b>group 2</b>.
 * Beware the July 2025 draft, which numbered the groups the other way round: in the decision group 1
 * is the most urbanised and group 3 the ethnic-minority and mountain group.
 *
 * <p><b>Precedence.</b> When a commune has facts of both group 1 and group 3 (an area III commune
 * with agriculture under 10%, say) the sources read do not say which wins. The default, {@link
 * Precedence#AREA_FIRST}, puts it in group 3: the area classification is a designation by decision
 * of the State for the ethnic-minority and mountain communes (the programme that supports them was
 * merged with NTM by Resolution 257/2025/QH15), while the group 1 facts are planning orientations and
 * a statistic, and "group 2 — all others" shows that the decision defines groups 1 and 3 by
 * membership, not by an order. A province that reads the text otherwise passes {@link
 * Precedence#URBAN_FIRST}. Either way the derivation lists the facts set aside. A fact the rule
 * needs and does not have gives <b>not assessed</b>, never a default group.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CommuneGroups {

    /** The rule's source. */
    public static final Provenance RULE = new Provenance("51/2025/QĐ-TTg ngày 29/12/2025", "Phụ lục I", "commune groups",
            "restated by vietnamplus.vn post1085735, baonghean.vn/en 10317875, vneconomy.vn; the precedence between"
                    + " groups 1 and 3 is not stated there and is a parameter");

    private static final BigDecimal AGRICULTURE_LIMIT = BigDecimal.TEN;

    /** Which group wins when a commune has facts of both group 1 and group 3. */
    public enum Precedence {
        /** The area classification (group 3) wins: the default, see the class documentation. */
        AREA_FIRST,
        /** The urban facts (group 1) win. */
        URBAN_FIRST
    }

    private CommuneGroups() {
    }

    /**
     * Places one commune.
     *
     * @param unit       the commune's code
     * @param facts      its facts
     * @param precedence which group wins when facts conflict
     * @return the derivation
     */
    public static GroupDerivation derive(String unit, GroupFacts facts, Precedence precedence) {
        return placed(unit, facts, precedence).withFacts(facts);
    }

    /**
     * The decisive comparison of an agriculture share with the 10% limit, printed exactly: the
     * share as given, its percentage with as many digits as it takes to show the side of 10% it is
     * on (half-up, never rounding onto the limit), and the comparison: {@code "999/10.000 = 9,99% < 10%"}
     * in Vietnamese, {@code "999/10,000 = 9.99% < 10%"} in English; "1.000/10.000 = 10% ≥ 10%".
     *
     * @param share    the share of the economy
     * @param language the language
     * @return the comparison
     */
    public static String agricultureComparison(Fraction share, Language language) {
        BigDecimal part = new BigDecimal(share.numerator());
        BigDecimal whole = new BigDecimal(share.denominator());
        return Figures.format(part, language.locale()) + "/" + Figures.format(whole, language.locale()) + " = "
                + Figures.formatPercentConsistent(part, whole, AGRICULTURE_LIMIT, 1, language)
                + (share.comparePercent(AGRICULTURE_LIMIT) < 0 ? " < " : " ≥ ")
                + Figures.format(AGRICULTURE_LIMIT, language.locale()) + "%";
    }

    private static GroupDerivation placed(String unit, GroupFacts facts, Precedence precedence) {
        List<String> read = new ArrayList<>();
        read.add("area: " + facts.area());
        read.add("urban-adjacent: " + facts.urbanAdjacent());
        read.add("new urban area: " + facts.newUrbanArea());
        read.add("agriculture share: " + facts.agricultureShare().map(f -> agricultureComparison(f, Language.ENGLISH))
                .orElse("UNKNOWN"));
        read.add("source: " + facts.source());
        List<Basis> urban = new ArrayList<>();
        List<String> urbanMissing = new ArrayList<>();
        fact(facts.urbanAdjacent(), Basis.URBAN_ADJACENT, "urban-adjacent", urban, urbanMissing);
        fact(facts.newUrbanArea(), Basis.NEW_URBAN_AREA, "new urban area", urban, urbanMissing);
        facts.agricultureShare().ifPresentOrElse(share -> {
            if (share.comparePercent(AGRICULTURE_LIMIT) < 0) {
                urban.add(Basis.AGRICULTURE_UNDER_10_PERCENT);
            }
        }, () -> urbanMissing.add("agriculture share"));
        Fact area = facts.area() == Area.UNKNOWN ? Fact.UNKNOWN
                : facts.area() == Area.AREA_II || facts.area() == Area.AREA_III ? Fact.YES : Fact.NO;
        List<String> setAside = new ArrayList<>();
        if (precedence == Precedence.AREA_FIRST) {
            if (area == Fact.YES) {
                urban.forEach(b -> setAside.add(b + " (group 1)"));
                return new GroupDerivation(unit, "3", Basis.AREA_II_III, read, setAside, List.of(), precedence);
            }
            if (area == Fact.UNKNOWN) {
                return notAssessed(unit, read, List.of("area"), precedence);
            }
            return urbanOrOther(unit, urban, urbanMissing, "2", Basis.OTHERWISE, read, setAside, precedence);
        }
        if (!urban.isEmpty()) {
            if (area == Fact.YES) {
                setAside.add(Basis.AREA_II_III + " (group 3)");
            }
            return new GroupDerivation(unit, "1", urban.get(0), read, setAside, List.of(), precedence);
        }
        if (!urbanMissing.isEmpty()) {
            List<String> missing = new ArrayList<>(urbanMissing);
            if (area == Fact.UNKNOWN) {
                missing.add("area");
            }
            return notAssessed(unit, read, missing, precedence);
        }
        if (area == Fact.UNKNOWN) {
            return notAssessed(unit, read, List.of("area"), precedence);
        }
        return area == Fact.YES
                ? new GroupDerivation(unit, "3", Basis.AREA_II_III, read, setAside, List.of(), precedence)
                : new GroupDerivation(unit, "2", Basis.OTHERWISE, read, setAside, List.of(), precedence);
    }

    private static GroupDerivation urbanOrOther(String unit, List<Basis> urban, List<String> urbanMissing,
            String otherGroup, Basis otherBasis, List<String> read, List<String> setAside, Precedence precedence) {
        if (!urban.isEmpty()) {
            return new GroupDerivation(unit, "1", urban.get(0), read, setAside, List.of(), precedence);
        }
        if (!urbanMissing.isEmpty()) {
            return notAssessed(unit, read, urbanMissing, precedence);
        }
        return new GroupDerivation(unit, otherGroup, otherBasis, read, setAside, List.of(), precedence);
    }

    private static void fact(Fact fact, Basis basis, String name, List<Basis> found, List<String> missing) {
        if (fact == Fact.YES) {
            found.add(basis);
        } else if (fact == Fact.UNKNOWN) {
            missing.add(name);
        }
    }

    private static GroupDerivation notAssessed(String unit, List<String> read, List<String> missing,
            Precedence precedence) {
        return new GroupDerivation(unit, null, Basis.NOT_ASSESSED, read, List.of(), missing, precedence);
    }

    /**
     * Places every xã of a snapshot and classifies the snapshot with the groups (and, beside them,
     * the basis of each), so that threshold rules by group and their traces read them.
     *
     * @param snapshot   the hierarchy
     * @param facts      commune code to facts; a xã without facts is not assessed
     * @param precedence which group wins when facts conflict
     * @return the classified snapshot and every derivation
     * @throws InvalidDataException if facts name a unit that is not a xã of the snapshot
     */
    public static Assignment classify(Snapshot snapshot, Map<String, GroupFacts> facts, Precedence precedence) {
        facts.keySet().forEach(code -> {
            if (!snapshot.contains(code) || snapshot.require(code).kind() != UnitKind.COMMUNE) {
                throw new InvalidDataException(SourcePosition.API, code, "facts", Labels.of("dữ kiện phân nhóm cho một"
                        + " đơn vị không phải là xã vào ngày " + Language.VIETNAMESE.format(snapshot.date())
                        + ": nhóm xã chỉ áp dụng cho xã", "group facts for a unit that is not"
                        + " a xã on " + snapshot.date() + ": commune groups apply to xã only"));
            }
        });
        Map<String, GroupDerivation> derivations = new LinkedHashMap<>();
        Map<String, String> groups = new LinkedHashMap<>();
        Map<String, String> bases = new LinkedHashMap<>();
        for (AdminUnit commune : snapshot.units(UnitKind.COMMUNE)) {
            GroupFacts f = facts.get(commune.code());
            GroupDerivation d = f == null ? notAssessed(commune.code(), List.of(), List.of("every fact (none supplied)"),
                    precedence) : derive(commune.code(), f, precedence);
            derivations.put(commune.code(), d);
            d.group().ifPresent(g -> {
                groups.put(commune.code(), g);
                bases.put(commune.code(), d.basis().name());
            });
        }
        Snapshot classified = snapshot.withClassifications(NationalCriteria2026.COMMUNE_GROUP, groups)
                .withClassifications(NationalCriteria2026.COMMUNE_GROUP_BASIS, bases);
        return new Assignment(classified, Collections.unmodifiableMap(derivations));
    }

    /**
     * A snapshot classified by commune group, with the derivation of every xã.
     *
     * @param snapshot    the snapshot with the group and its basis on every placed xã
     * @param derivations commune code to derivation, placed or not
     */
    public record Assignment(Snapshot snapshot, Map<String, GroupDerivation> derivations) {

        /**
         * Copies the map.
         *
         * @param snapshot    the classified snapshot
         * @param derivations the derivations
         */
        public Assignment {
            derivations = Collections.unmodifiableMap(new LinkedHashMap<>(derivations));
        }
    }
}
