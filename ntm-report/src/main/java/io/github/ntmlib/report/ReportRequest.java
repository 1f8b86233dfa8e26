package io.github.ntmlib.report;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.locality.Level;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.report.Plan;
import io.github.ntmlib.finance.allocation.Allocation;
import io.github.ntmlib.ocop.portfolio.Portfolio;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a report is made of: the evaluation, the unit reported on (a province, or one of its
 * districts), the language, the official header, and optionally plans, an OCOP portfolio and a
 * capital allocation.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportRequest {

    private final Evaluation evaluation;
    private final OfficialHeader header;
    private final String province;
    private final @Nullable String district;
    private final Language language;
    private final List<Plan> plans;
    private final @Nullable Portfolio ocop;
    private final @Nullable Allocation finance;

    private ReportRequest(Builder b, String province) {
        this.evaluation = b.evaluation;
        this.header = b.header;
        this.province = province;
        this.district = b.district;
        this.language = b.language;
        this.plans = List.copyOf(b.plans);
        this.ocop = b.ocop;
        this.finance = b.finance;
    }

    /**
     * Starts a request.
     *
     * @param evaluation the evaluation reported on
     * @param header     the official header
     * @return a builder: Vietnamese, the evaluation's only province, no plans, no OCOP or finance
     */
    public static Builder builder(Evaluation evaluation, OfficialHeader header) {
        return new Builder(evaluation, header);
    }

    /**
     * The evaluation.
     *
     * @return the evaluation
     */
    public Evaluation evaluation() {
        return evaluation;
    }

    /**
     * The official header.
     *
     * @return the header
     */
    public OfficialHeader header() {
        return header;
    }

    /**
     * The province (tỉnh) reported on.
     *
     * @return its code
     */
    public String province() {
        return province;
    }

    /**
     * The district reported on, when the report covers one district of the province.
     *
     * @return its code, if any
     */
    public Optional<String> district() {
        return Optional.ofNullable(district);
    }

    /**
     * The unit the report covers: the district if given, else the province.
     *
     * @return its code
     */
    public String scope() {
        return district != null ? district : province;
    }

    /**
     * The language.
     *
     * @return the language
     */
    public Language language() {
        return language;
    }

    /**
     * The plans whose progress is reported.
     *
     * @return the plans
     */
    public List<Plan> plans() {
        return plans;
    }

    /**
     * The OCOP portfolio (chứng nhận OCOP), when given.
     *
     * @return the portfolio, if any
     */
    public Optional<Portfolio> ocop() {
        return Optional.ofNullable(ocop);
    }

    /**
     * The capital allocation (phân bổ vốn), when given.
     *
     * @return the allocation, if any
     */
    public Optional<Allocation> finance() {
        return Optional.ofNullable(finance);
    }

    /** Builds a {@link ReportRequest}. */
    public static final class Builder {
        private final Evaluation evaluation;
        private final OfficialHeader header;
        private @Nullable String province;
        private @Nullable String district;
        private Language language = Language.VIETNAMESE;
        private final List<Plan> plans = new ArrayList<>();
        private @Nullable Portfolio ocop;
        private @Nullable Allocation finance;

        private Builder(Evaluation evaluation, OfficialHeader header) {
            this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
            this.header = Objects.requireNonNull(header, "header");
        }

        /**
         * The province reported on (default: the evaluation's only province-level unit).
         *
         * @param code the province's code
         * @return this builder
         */
        public Builder province(String code) {
            this.province = Objects.requireNonNull(code, "province");
            return this;
        }

        /**
         * Restricts the report to one district of the province.
         *
         * @param code the district's code
         * @return this builder
         */
        public Builder district(String code) {
            this.district = Objects.requireNonNull(code, "district");
            return this;
        }

        /**
         * The language (default Vietnamese).
         *
         * @param value the language
         * @return this builder
         */
        public Builder language(Language value) {
            this.language = Objects.requireNonNull(value, "language");
            return this;
        }

        /**
         * Adds a plan.
         *
         * @param plan the plan, for the year of the evaluation
         * @return this builder
         */
        public Builder plan(Plan plan) {
            plans.add(Objects.requireNonNull(plan, "plan"));
            return this;
        }

        /**
         * The OCOP portfolio.
         *
         * @param portfolio the portfolio
         * @return this builder
         */
        public Builder ocop(Portfolio portfolio) {
            this.ocop = Objects.requireNonNull(portfolio, "ocop");
            return this;
        }

        /**
         * The capital allocation.
         *
         * @param allocation the allocation
         * @return this builder
         */
        public Builder finance(Allocation allocation) {
            this.finance = Objects.requireNonNull(allocation, "finance");
            return this;
        }

        /**
         * Checks and builds the request.
         *
         * @return the request
         * @throws IllegalArgumentException when the province is not a province-level unit of the
         *                                  evaluation (or none or several when not given), the district
         *                                  is not a district-level unit under it, or a plan is for
         *                                  another year than the evaluation's
         */
        public ReportRequest build() {
            Snapshot snapshot = evaluation.snapshot();
            String p = province;
            if (p == null) {
                List<String> roots = snapshot.units(Level.PROVINCE).stream().map(u -> u.code()).toList();
                if (roots.size() != 1) {
                    throw new IllegalArgumentException("the evaluation has " + roots.size()
                            + " province-level units: name the province");
                }
                p = roots.get(0);
            }
            String code = p;
            if (snapshot.unit(code).filter(u -> u.level() == Level.PROVINCE).isEmpty()) {
                throw new IllegalArgumentException("no province-level unit " + code + " in the evaluation");
            }
            String d = district;
            if (d != null && (snapshot.unit(d).filter(u -> u.level() == Level.DISTRICT).isEmpty()
                    || snapshot.ancestors(d).stream().noneMatch(a -> a.code().equals(code)))) {
                throw new IllegalArgumentException("no district-level unit " + d + " under " + code);
            }
            int year = evaluation.request().asOf().getYear();
            for (Plan plan : plans) {
                if (plan.year() != year) {
                    throw new IllegalArgumentException("a plan for " + plan.year() + " in a report as of "
                            + evaluation.request().asOf());
                }
                evaluation.standard(plan.standard());
            }
            return new ReportRequest(this, code);
        }
    }
}
