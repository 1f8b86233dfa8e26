package io.github.ntmlib.ocop.rating;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.sheet.Condition;
import io.github.ntmlib.ocop.sheet.SheetCriterion;
import io.github.ntmlib.ocop.sheet.KnockOut;
import io.github.ntmlib.ocop.sheet.Option;
import io.github.ntmlib.ocop.sheet.Sheet;
import io.github.ntmlib.ocop.sheet.SheetCase;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One evaluator's scoring of a product on a sheet (phiếu đánh giá): the option ticked for every
 * criterion that applies, and the knock-out findings recorded.
 *
 * <p>An answer is an option number (1-based, as printed) or {@link #NONE_MET} when the product meets
 * none of the criterion's options (0 points; some criteria have no 0 option). Every criterion must be
 * answered unless it is conditional and its condition is false (e.g. 5.2 when 5.1 says there is no
 * product story, or when 5.1 is {@link #NONE_MET}); such a criterion must then be left unanswered.
 *
 * @param product   the product's name or code (for messages)
 * @param sheet     the sheet it was scored on; names the instrument
 * @param evaluator the evaluator (council member) or "self-assessment"
 * @param answers   criterion code to option number, in printed order
 * @param findings  the ids of the knock-outs the evaluator found (e.g. "H1", "1.1-K1")
 * @param caseChoice the case the product is scored in, on a sheet with cases (sheet 26: "Trường hợp 1"
 *                   or "Trường hợp 2"; required there, and every answered option must be of that case
 *                   or of none); {@code null} on a sheet without cases. Read it with {@link #sheetCase()}.
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Scorecard(String product, Sheet sheet, String evaluator, Map<String, Integer> answers,
        Set<String> findings, @Nullable SheetCase caseChoice) {

    /** The answer "none of the options is met" (0 points). */
    public static final int NONE_MET = 0;

    /**
     * Validates and copies.
     *
     * @param product   the product
     * @param sheet     the sheet
     * @param evaluator the evaluator
     * @param answers   the answers
     * @param findings  the findings
     * @param caseChoice the case, or {@code null} on a sheet without cases
     * @throws OcopDataException for an unknown criterion or knock-out, an option not on the sheet, a
     *                           missing answer, an answer to a criterion that does not apply, a missing
     *                           case on a sheet with cases, or options of two cases
     */
    public Scorecard {
        if (product == null || product.isBlank()) {
            throw OcopDataException.api(null, "product", Labels.of("phiếu chấm phải nêu sản phẩm",
                    "an evaluation names its product"));
        }
        if (sheet == null) {
            throw OcopDataException.api(product, "sheet", Labels.of("phiếu chấm phải nêu phiếu đánh giá",
                    "an evaluation names its sheet"));
        }
        if (evaluator == null || evaluator.isBlank()) {
            throw OcopDataException.api(product, "evaluator", Labels.of("phiếu chấm phải nêu người chấm",
                    "an evaluation names its evaluator"));
        }
        if (answers == null || findings == null) {
            throw OcopDataException.api(product, null, Labels.of(
                    "phải có các câu trả lời và các phát hiện (có thể để trống)",
                    "answers and findings must be given (possibly empty)"));
        }
        String subject = product + " / " + sheet.id() + " / " + evaluator;
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (SheetCriterion c : sheet.criteria()) {
            Integer answer = answers.get(c.code());
            boolean applies = applies(c, answers);
            if (answer == null) {
                if (applies) {
                    throw OcopDataException.api(subject, c.code(), Labels.of("tiêu chí " + c.code()
                            + " chưa được trả lời", "criterion " + c.code() + " is not answered"));
                }
                continue;
            }
            if (!applies) {
                throw OcopDataException.api(subject, c.code(), Labels.of("tiêu chí " + c.code()
                        + " không áp dụng (" + c.applicableWhen().map(Condition::text).orElse("")
                        + ") nhưng lại được trả lời", "criterion " + c.code()
                        + " does not apply (" + c.applicableWhen().map(Condition::text).orElse("") + ") but is answered"));
            }
            if (answer != NONE_MET && c.option(answer).isEmpty()) {
                throw OcopDataException.api(subject, c.code(), Labels.of("tiêu chí " + c.code()
                        + " không có lựa chọn " + answer + " (các lựa chọn từ 1 đến " + c.options().size() + ")",
                        "option " + answer + " is not on criterion "
                        + c.code() + " (options 1 to " + c.options().size() + ")"));
            }
            ordered.put(c.code(), answer);
        }
        for (String code : answers.keySet()) {
            if (!ordered.containsKey(code)) {
                sheet.requireCriterion(code);
            }
        }
        Set<String> known = new LinkedHashSet<>();
        sheet.knockOuts().forEach(k -> known.add(k.id()));
        for (String f : findings) {
            if (!known.contains(f)) {
                throw OcopDataException.api(subject, f, Labels.of(phieu(sheet)
                        + " không có điều kiện loại " + Limits.quote(f), "no knock-out " + f + " on " + sheet.id()));
            }
        }
        checkCase(sheet, subject, ordered, caseChoice);
        answers = Collections.unmodifiableMap(ordered);
        findings = Collections.unmodifiableSet(new LinkedHashSet<>(findings));
    }

    /**
     * A scorecard on a sheet without cases (every sheet but 26).
     *
     * @param product   the product
     * @param sheet     the sheet
     * @param evaluator the evaluator
     * @param answers   the answers
     * @param findings  the findings
     * @throws OcopDataException as the canonical constructor; on a sheet with cases, always (the case
     *                           must be chosen)
     */
    public Scorecard(String product, Sheet sheet, String evaluator, Map<String, Integer> answers,
            Set<String> findings) {
        this(product, sheet, evaluator, answers, findings, null);
    }

    private static void checkCase(Sheet sheet, String subject, Map<String, Integer> answers,
            @Nullable SheetCase chosen) {
        Set<SheetCase> cases = sheet.cases();
        if (cases.isEmpty()) {
            if (chosen != null) {
                throw OcopDataException.api(subject, "case", Labels.of(phieu(sheet)
                        + " không chia trường hợp; " + chosen.vietnamese() + " không áp dụng",
                        sheet.id() + " has no cases; " + chosen.vietnamese() + " does not apply"));
            }
            return;
        }
        Map<SheetCase, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> a : answers.entrySet()) {
            if (a.getValue() != NONE_MET) {
                sheet.requireCriterion(a.getKey()).option(a.getValue()).flatMap(Option::sheetCase)
                        .ifPresent(c -> seen.putIfAbsent(c, a.getKey()));
            }
        }
        if (chosen != null) {
            for (Map.Entry<SheetCase, String> e : seen.entrySet()) {
                if (e.getKey() != chosen) {
                    throw OcopDataException.api(subject, e.getValue(), Labels.of("tiêu chí "
                            + e.getValue() + " được trả lời bằng lựa chọn của " + e.getKey().vietnamese()
                            + ", nhưng phiếu chấm theo " + chosen.vietnamese(), "criterion " + e.getValue()
                            + " is answered with an option of " + e.getKey().vietnamese()
                            + ", but the scorecard is in " + chosen.vietnamese()));
                }
            }
            return;
        }
        if (seen.size() > 1) {
            throw OcopDataException.api(subject, "case", Labels.of("trộn lẫn lựa chọn của hai trường hợp: "
                    + seen.entrySet().stream().map(e -> e.getKey().vietnamese() + " (tiêu chí " + e.getValue() + ")")
                            .collect(Collectors.joining(" và ")) + "; mỗi sản phẩm chỉ chấm theo một trường hợp",
                    "options of two cases mixed: " + seen.entrySet().stream()
                    .map(e -> e.getKey().vietnamese() + " (criterion " + e.getValue() + ")")
                    .collect(Collectors.joining(" and ")) + "; a product is scored in one case"));
        }
        String listed = cases.stream().map(SheetCase::vietnamese).collect(Collectors.joining(", "));
        throw OcopDataException.api(subject, "case", Labels.of(phieu(sheet) + " được chấm theo một trong các "
                + "trường hợp (" + listed + "): hãy chọn trường hợp", sheet.id() + " is scored in one of its cases ("
                + listed + "): choose it (Builder.inCase)"));
    }

    /**
     * The case the product is scored in.
     *
     * @return the case, or empty on a sheet without cases
     */
    public Optional<SheetCase> sheetCase() {
        return Optional.ofNullable(caseChoice);
    }

    /**
     * Whether an option may be answered on this scorecard: it belongs to no case, or to the chosen one.
     *
     * @param option an option of the sheet
     * @return true if the option is open to this product
     */
    public boolean admits(Option option) {
        return option.sheetCase().map(c -> c == caseChoice).orElse(true);
    }

    private static boolean applies(SheetCriterion c, Map<String, Integer> answers) {
        if (c.applicableWhen().isEmpty()) {
            return true;
        }
        Condition cond = c.applicableWhen().get();
        Integer control = answers.get(cond.criterion());
        return control != null && control != NONE_MET && !cond.notOptions().contains(control);
    }

    /**
     * Whether a criterion applies given these answers.
     *
     * @param criterion the criterion
     * @return false only for a conditional criterion whose condition is false
     */
    public boolean applies(SheetCriterion criterion) {
        return applies(criterion, answers);
    }

    /**
     * The points given on a criterion: the ticked option's points, or 0 for {@link #NONE_MET} and for
     * a criterion that does not apply.
     *
     * @param code the criterion code
     * @return the points
     * @throws OcopDataException if the sheet has no such criterion
     */
    public int points(String code) {
        return points(sheet.requireCriterion(code));
    }

    /**
     * The points given on a criterion of the sheet.
     *
     * @param criterion a criterion of this evaluation's sheet
     * @return the points, as {@link #points(String)}
     */
    public int points(SheetCriterion criterion) {
        Integer answer = answers.get(criterion.code());
        return answer == null || answer == NONE_MET ? 0 : criterion.option(answer).orElseThrow().points();
    }

    /**
     * The total points (tổng điểm) of this evaluation.
     *
     * @return 0 to 100
     */
    public int total() {
        return sheet.criteria().stream().mapToInt(this::points).sum();
    }

    /**
     * The same evaluation with one answer changed (and, when that makes a conditional criterion apply
     * or stop applying, with that criterion's answer given or removed).
     *
     * @param changes criterion code to new answer; a {@code null}-free map
     * @return the changed evaluation
     * @throws OcopDataException if the result is not a valid evaluation
     */
    public Scorecard with(Map<String, Integer> changes) {
        Map<String, Integer> next = new LinkedHashMap<>(answers);
        next.putAll(changes);
        for (SheetCriterion c : sheet.criteria()) {
            if (!applies(c, next) && !changes.containsKey(c.code())) {
                next.remove(c.code());
            }
        }
        return new Scorecard(product, sheet, evaluator, next, findings, caseChoice);
    }

    /**
     * Starts an evaluation.
     *
     * @param product   the product's name or code
     * @param sheet     the sheet
     * @param evaluator the evaluator
     * @return a builder
     */
    public static Builder builder(String product, Sheet sheet, String evaluator) {
        return new Builder(product, sheet, evaluator);
    }

    /**
     * An evaluation from points written on a paper sheet: each criterion's points must be 0 or the
     * points of one of its options.
     *
     * @param product   the product
     * @param sheet     the sheet
     * @param evaluator the evaluator
     * @param points    criterion code to points
     * @return the evaluation
     * @throws OcopDataException if a value is above the criterion's maximum or matches no option, or the
     *                           sheet has cases (use {@link #ofPoints(String, Sheet, String, SheetCase, Map)})
     */
    public static Scorecard ofPoints(String product, Sheet sheet, String evaluator, Map<String, Integer> points) {
        return ofPoints(builder(product, sheet, evaluator), points);
    }

    /**
     * A scorecard from points written on a paper sheet with cases (sheet 26), in the case chosen.
     *
     * @param product   the product
     * @param sheet     the sheet
     * @param evaluator the evaluator
     * @param sheetCase the case the product is scored in
     * @param points    criterion code to points
     * @return the scorecard
     * @throws OcopDataException if a value matches no option of that case
     */
    public static Scorecard ofPoints(String product, Sheet sheet, String evaluator, SheetCase sheetCase,
            Map<String, Integer> points) {
        return ofPoints(builder(product, sheet, evaluator).inCase(sheetCase), points);
    }

    private static Scorecard ofPoints(Builder b, Map<String, Integer> points) {
        for (Map.Entry<String, Integer> e : points.entrySet()) {
            b.points(e.getKey(), OcopDataException.requirePresent(e.getValue(), null, "points"));
        }
        return b.build();
    }

    /**
     * Collects the answers of an evaluation; each criterion may be answered once. Not thread-safe: fill a builder
     * from one thread (or synchronise around it); the objects it builds are immutable and may be shared freely.
     */
    public static final class Builder {
        private final String product;
        private final Sheet sheet;
        private final String evaluator;
        private final Map<String, Integer> answers = new LinkedHashMap<>();
        private final Set<String> findings = new LinkedHashSet<>();
        private @Nullable SheetCase caseChoice;

        private Builder(String product, Sheet sheet, String evaluator) {
            this.product = product;
            this.sheet = sheet;
            this.evaluator = evaluator;
        }

        /**
         * Ticks an option.
         *
         * @param criterion the criterion code
         * @param option    the 1-based option number
         * @return this builder
         * @throws OcopDataException if the criterion is unknown, the option is not on it or the criterion
         *                           was already answered
         */
        public Builder choose(String criterion, int option) {
            SheetCriterion c = requireSheet().requireCriterion(criterion);
            if (c.option(option).isEmpty()) {
                throw OcopDataException.api(product, criterion, Labels.of("tiêu chí " + criterion
                        + " của " + phieu(sheet) + " không có lựa chọn " + option, "option " + option
                        + " is not on criterion " + criterion + " of " + sheet.id()));
            }
            return put(criterion, option);
        }

        /**
         * Chooses the case the product is scored in, on a sheet with cases (sheet 26: "Trường hợp 1"
         * or "Trường hợp 2"). Give it before {@link #points} on a criterion with cases.
         *
         * @param sheetCase the case
         * @return this builder
         * @throws OcopDataException if another case was chosen already
         */
        public Builder inCase(SheetCase sheetCase) {
            OcopDataException.requirePresent(sheetCase, product, "case");
            if (caseChoice != null && caseChoice != sheetCase) {
                throw OcopDataException.api(product, "case", Labels.of("đã chọn hai trường hợp: "
                        + caseChoice.vietnamese() + " và " + sheetCase.vietnamese(), "two cases chosen: "
                        + caseChoice.vietnamese() + " and " + sheetCase.vietnamese()));
            }
            caseChoice = sheetCase;
            return this;
        }

        /**
         * Records the points written for a criterion: 0 or the points of one of its options (the
         * first option with those points, among the options of the chosen case when the criterion has
         * cases: the points alone never choose a case).
         *
         * @param criterion the criterion code
         * @param points    the points
         * @return this builder
         * @throws OcopDataException if the points are outside 0 to the criterion's maximum or match no option
         */
        public Builder points(String criterion, int points) {
            SheetCriterion c = requireSheet().requireCriterion(criterion);
            String subject = product + " / " + sheet.id() + " / " + evaluator;
            if (points > c.points() || points < 0) {
                throw OcopDataException.api(subject, criterion, Labels.of(points
                        + " điểm nằm ngoài khoảng 0 đến " + c.points() + " của tiêu chí " + criterion,
                        points + " points is outside criterion " + criterion + "'s range 0 to " + c.points()));
            }
            boolean byCase = c.options().stream().anyMatch(o -> o.sheetCase().isPresent());
            if (byCase && caseChoice == null && points != 0) {
                throw OcopDataException.api(subject, criterion, Labels.of("tiêu chí "
                        + criterion + " được chấm theo trường hợp (Trường hợp 1 hoặc 2): hãy chọn trường hợp trước "
                        + "khi cho điểm", "criterion " + criterion + " is scored by case ("
                        + "Trường hợp 1 or 2): choose the case (inCase) before giving points"));
            }
            Optional<Option> match = c.options().stream()
                    .filter(o -> o.points() == points && o.sheetCase().map(k -> k == caseChoice).orElse(true))
                    .findFirst();
            if (match.isPresent()) {
                return choose(criterion, match.get().number());
            }
            if (points == 0) {
                return noneMet(criterion);
            }
            throw OcopDataException.api(subject, criterion, Labels.of(points
                    + " điểm không khớp lựa chọn nào của tiêu chí " + criterion,
                    points + " points matches no option of criterion " + criterion));
        }

        /**
         * Records that the product meets none of a criterion's options (0 points).
         *
         * @param criterion the criterion code
         * @return this builder
         * @throws OcopDataException if the criterion is unknown or already answered
         */
        public Builder noneMet(String criterion) {
            requireSheet().requireCriterion(criterion);
            return put(criterion, NONE_MET);
        }

        /**
         * Records a knock-out finding.
         *
         * @param knockOut the knock-out id, e.g. "H1"
         * @return this builder
         */
        public Builder finding(String knockOut) {
            if (requireSheet().knockOuts().stream().map(KnockOut::id).noneMatch(knockOut::equals)) {
                throw OcopDataException.api(product, knockOut, Labels.of(phieu(sheet)
                        + " không có điều kiện loại " + Limits.quote(knockOut),
                        "no knock-out " + knockOut + " on " + sheet.id()));
            }
            findings.add(knockOut);
            return this;
        }

        /**
         * Ticks, for every criterion in printed order, the option the function picks (used to fill a
         * sheet in one go); a criterion that does not apply is skipped.
         *
         * @param pick criterion to option number (or {@link #NONE_MET})
         * @return this builder
         */
        public Builder chooseAll(java.util.function.ToIntFunction<SheetCriterion> pick) {
            for (SheetCriterion c : requireSheet().criteria()) {
                if (!answers.containsKey(c.code()) && applies(c, answers)) {
                    int option = pick.applyAsInt(c);
                    if (option == NONE_MET) {
                        noneMet(c.code());
                    } else {
                        choose(c.code(), option);
                    }
                }
            }
            return this;
        }

        private Sheet requireSheet() {
            if (sheet == null) {
                throw OcopDataException.api(product, "sheet", Labels.of("phiếu chấm phải nêu phiếu đánh giá",
                        "an evaluation names its sheet"));
            }
            return sheet;
        }

        private Builder put(String criterion, int option) {
            if (answers.containsKey(criterion)) {
                throw OcopDataException.api(product, criterion, Labels.of("tiêu chí " + criterion
                        + " được trả lời hai lần (lựa chọn " + answers.get(criterion) + " và " + option + ")",
                        "criterion " + criterion + " answered twice (options "
                        + answers.get(criterion) + " and " + option + ")"));
            }
            answers.put(criterion, option);
            return this;
        }

        /**
         * Builds and validates the evaluation.
         *
         * @return the evaluation
         * @throws OcopDataException if an applicable criterion is unanswered
         */
        public Scorecard build() {
            return new Scorecard(product, sheet, evaluator, answers, findings, caseChoice);
        }
    }

    /** A sheet as a Vietnamese sentence names it: {@code phiếu 3 của 148/QĐ-TTg}. */
    private static String phieu(Sheet sheet) {
        return "phiếu " + sheet.number() + " của " + sheet.instrument().number();
    }
}
