package io.github.ntmlib.ocop.sheet;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A scoring sheet (bộ tiêu chí, "kiêm phiếu đánh giá sản phẩm OCOP") of one product subgroup.
 *
 * <p>The constructor checks the sheet's arithmetic: every group total equals the sum of its criteria
 * maxima (and every subgroup likewise), every criterion's top option equals its maximum, the parts
 * are A 40, B 25 and C 35 points and the sheet totals 100; codes are unique; conditions and
 * knock-outs name criteria and options of the sheet.
 *
 * @param instrument the instrument the sheet belongs to
 * @param number     the sheet number in the instrument's appendix (1 to 26 for 26/2026)
 * @param title      the sheet's title (bộ sản phẩm)
 * @param branch     the product branch (sản phẩm), from Phụ lục I
 * @param group      the product group (nhóm), from Phụ lục I
 * @param subgroup   the product subgroup (phân nhóm), or the group when it has none
 * @param ministries the managing ministries (cơ quan chủ trì quản lý)
 * @param knockOuts  the knock-outs of the header and of the criteria
 * @param parts      the parts A, B and C
 * @param source     where the data comes from
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Sheet(Instrument instrument, int number, String title, String branch, String group, String subgroup,
        List<String> ministries, List<KnockOut> knockOuts, List<Part> parts, SheetSource source) {

    /** The maximum total of a sheet. */
    public static final int TOTAL = 100;

    private static final Map<String, Integer> PART_POINTS = Map.of("A", 40, "B", 25, "C", 35);

    /**
     * Validates, copies and checks the sheet's sums.
     *
     * @param instrument the instrument
     * @param number     the sheet number
     * @param title      the title
     * @param branch     the branch
     * @param group      the group
     * @param subgroup   the subgroup
     * @param ministries the ministries
     * @param knockOuts  the knock-outs
     * @param parts      the parts, A, B and C in order
     * @param source     the source
     * @throws OcopDataException if a sum, code or reference does not check
     */
    public Sheet {
        OcopDataException.requirePresent(instrument, null, "instrument");
        OcopDataException.requirePresent(title, null, "title");
        OcopDataException.requirePresent(branch, null, "branch");
        OcopDataException.requirePresent(group, null, "group");
        OcopDataException.requirePresent(subgroup, null, "subgroup");
        OcopDataException.requirePresent(source, null, "source");
        ministries = List.copyOf(ministries);
        knockOuts = List.copyOf(knockOuts);
        parts = List.copyOf(parts);
        check(number, parts, knockOuts);
    }

    private static void check(int number, List<Part> parts, List<KnockOut> knockOuts) {
        String subject = "sheet " + number;
        if (parts.size() != 3) {
            throw OcopDataException.api(subject, "parts", Labels.of("phiếu có các phần A, B và C, "
                    + "nhưng có " + parts.size() + " phần", "a sheet has parts A, B and C, found " + parts.size()));
        }
        Map<String, SheetCriterion> byCode = new LinkedHashMap<>();
        int total = 0;
        for (int p = 0; p < 3; p++) {
            Part part = parts.get(p);
            String expected = "ABC".substring(p, p + 1);
            int expectedPoints = Objects.requireNonNull(PART_POINTS.get(expected));
            if (!part.code().equals(expected) || part.points() != expectedPoints) {
                throw OcopDataException.api(subject, "part " + part.code(), Labels.of("phần " + expected
                        + " phải có tổng " + expectedPoints + " điểm, nhưng phần " + part.code() + " = " + part.points(),
                        "part " + expected + " must total "
                        + expectedPoints + " points, found " + part.code() + " = " + part.points()));
            }
            int partSum = 0;
            for (CriterionGroup g : part.groups()) {
                int groupSum = 0;
                Map<String, Integer> subSums = new LinkedHashMap<>();
                for (SheetCriterion c : g.criteria()) {
                    if (byCode.put(c.code(), c) != null) {
                        throw OcopDataException.api(subject, c.code(), Labels.of("mã tiêu chí bị trùng",
                                "criterion code appears twice"));
                    }
                    if (c.topPoints() != c.points()) {
                        throw OcopDataException.api(subject, c.code(), Labels.of("lựa chọn cao nhất cho "
                                + c.topPoints() + " điểm nhưng điểm tối đa của tiêu chí là " + c.points(),
                                "top option gives " + c.topPoints()
                                + " points but the criterion's maximum is " + c.points()));
                    }
                    groupSum += c.points();
                    c.subgroup().ifPresent(s -> subSums.merge(s, c.points(), Integer::sum));
                }
                for (Subgroup s : g.subgroups()) {
                    int sum = subSums.getOrDefault(s.code(), 0);
                    if (sum != s.points()) {
                        throw OcopDataException.api(subject, s.code(), Labels.of("tổng của nhóm con "
                                + s.points() + " khác tổng điểm các tiêu chí " + sum, "subgroup total " + s.points()
                                + " differs from the sum of its criteria " + sum));
                    }
                }
                if (groupSum != g.points()) {
                    throw OcopDataException.api(subject, g.code(), Labels.of("tổng của nhóm "
                            + g.points() + " khác tổng điểm tối đa các tiêu chí " + groupSum, "group total " + g.points()
                            + " differs from the sum of its criteria maxima " + groupSum));
                }
                partSum += groupSum;
            }
            if (partSum != part.points()) {
                throw OcopDataException.api(subject, "part " + part.code(), Labels.of("tổng của phần "
                        + part.points() + " khác tổng điểm các nhóm " + partSum, "part total " + part.points()
                        + " differs from the sum of its groups " + partSum));
            }
            total += partSum;
        }
        if (total != TOTAL) {
            throw OcopDataException.api(subject, null, Labels.of("tổng điểm của phiếu là " + total
                    + ", không phải 100", "sheet totals " + total + ", not 100"));
        }
        Set<String> ids = new HashSet<>();
        for (KnockOut k : knockOuts) {
            if (!ids.add(k.id())) {
                throw OcopDataException.api(subject, k.id(), Labels.of("mã điều kiện loại bị trùng",
                        "knock-out id appears twice"));
            }
            for (String code : k.zeroPointsIn()) {
                if (!byCode.containsKey(code)) {
                    throw OcopDataException.api(subject, k.id(), Labels.of(
                            "điều kiện loại nêu tiêu chí không có: " + code, "knock-out names unknown criterion " + code));
                }
            }
        }
        for (SheetCriterion c : byCode.values()) {
            if (c.applicableWhen().isPresent()) {
                Condition cond = c.applicableWhen().get();
                SheetCriterion control = byCode.get(cond.criterion());
                if (control == null || control.applicableWhen().isPresent()
                        || cond.notOptions().stream().anyMatch(n -> control.option(n).isEmpty())) {
                    throw OcopDataException.api(subject, c.code(), Labels.of(
                            "điều kiện nêu tiêu chí hoặc lựa chọn không có: " + cond.criterion() + " "
                            + cond.notOptions(), "condition names an unknown criterion or option: "
                            + cond.criterion() + " " + cond.notOptions()));
                }
            }
        }
    }

    /**
     * All criteria of the sheet, in printed order.
     *
     * @return the criteria
     */
    public List<SheetCriterion> criteria() {
        List<SheetCriterion> all = new ArrayList<>();
        for (Part p : parts) {
            for (CriterionGroup g : p.groups()) {
                all.addAll(g.criteria());
            }
        }
        return List.copyOf(all);
    }

    /**
     * The criterion with this code.
     *
     * @param code the code as printed, e.g. "1.3"
     * @return the criterion, or empty
     */
    public Optional<SheetCriterion> criterion(String code) {
        return criteria().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * The criterion with this code, or a typed error naming the sheet.
     *
     * @param code the code
     * @return the criterion
     * @throws OcopDataException if the sheet has no such criterion
     */
    public SheetCriterion requireCriterion(String code) {
        return criterion(code).orElseThrow(() -> OcopDataException.api(id(), code,
                Labels.of("phiếu " + number + " không có tiêu chí " + Limits.quote(code),
                        "no criterion " + code + " on sheet " + number)));
    }

    /**
     * The cases an evaluator chooses between on this sheet (sheet 26: {@link SheetCase#CASE_1} and
     * {@link SheetCase#CASE_2}); empty for a sheet without cases.
     *
     * @return the cases, in order
     */
    public Set<SheetCase> cases() {
        Set<SheetCase> cases = java.util.EnumSet.noneOf(SheetCase.class);
        for (SheetCriterion c : criteria()) {
            c.options().forEach(o -> o.sheetCase().ifPresent(cases::add));
        }
        return Collections.unmodifiableSet(cases);
    }

    /**
     * The options marked as minimums for a star level.
     *
     * @param stars the level
     * @return criterion code to marked option, in printed order
     */
    public Map<String, Option> markers(Stars stars) {
        Map<String, Option> markers = new LinkedHashMap<>();
        for (SheetCriterion c : criteria()) {
            c.marker(stars).ifPresent(o -> markers.put(c.code(), o));
        }
        return Collections.unmodifiableMap(markers);
    }

    /**
     * A short identifier: "26/2026/QĐ-TTg sheet 7".
     *
     * @return the identifier
     */
    public String id() {
        return instrument.number() + " sheet " + number;
    }
}
