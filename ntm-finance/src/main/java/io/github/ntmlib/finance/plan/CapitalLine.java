package io.github.ntmlib.finance.plan;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.finance.FinanceDataException;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * One line of a capital plan (dòng kế hoạch vốn): the capital of one unit, plan year, program
 * component, source, type and vintage.
 *
 * <p>The <em>vintage</em> is the year the capital was first allocated: a plan of year N may hold
 * capital of earlier years extended into N (vốn kéo dài), whose vintage is before N.
 *
 * @param unitCode  the GSO code of the administrative unit (2, 3 or 5 digits)
 * @param planYear  the plan year (năm kế hoạch)
 * @param component the program component or project code (nội dung thành phần), never blank
 * @param source    the capital source
 * @param type      the capital type
 * @param vintage   the year the capital was first allocated, not after the plan year
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CapitalLine(String unitCode, int planYear, String component, CapitalSource source,
        CapitalType type, int vintage) {

    private static final Pattern GSO_CODE = Pattern.compile("\\d{2}|\\d{3}|\\d{5}");

    /**
     * Validates the components.
     *
     * @param unitCode  the GSO code of the unit
     * @param planYear  the plan year
     * @param component the program component
     * @param source    the capital source
     * @param type      the capital type
     * @param vintage   the year of first allocation
     */
    public CapitalLine {
        if (unitCode == null || !GSO_CODE.matcher(unitCode).matches()) {
            throw FinanceDataException.api(String.valueOf(unitCode), "unitCode", Labels.of("mã đơn vị hành chính (GSO) gồm 2, 3 hoặc 5 chữ số: " + Limits.quote(unitCode),
                            "a GSO unit code has 2, 3 or 5 digits: " + Limits.quote(unitCode)));
        }
        String subject = unitCode + "/" + planYear;
        if (planYear < 2000 || planYear > 2100) {
            throw FinanceDataException.api(subject, "planYear", Labels.of("năm kế hoạch ngoài giới hạn: " + planYear,
                            "plan year out of range: " + planYear));
        }
        if (component == null || component.isBlank()) {
            throw FinanceDataException.api(subject, "component", Labels.of("thiếu hợp phần của chương trình",
                            "the program component is missing"));
        }
        if (source == null) {
            throw FinanceDataException.api(subject, "source", Labels.of("thiếu nguồn vốn",
                            "the capital source is missing"));
        }
        if (type == null) {
            throw FinanceDataException.api(subject, "type", Labels.of("thiếu loại vốn",
                            "the capital type is missing"));
        }
        if (vintage > planYear || vintage < planYear - 10) {
            throw FinanceDataException.api(subject, "vintage", Labels.of("năm vốn " + vintage + " phải là năm kế hoạch hoặc năm trước đó (tối đa 10 năm trước)",
                            "vintage " + vintage + " must be the plan year or an earlier year (at most 10 years before)"));
        }
    }

    /**
     * A line of capital allocated for its own plan year (not extended from an earlier year).
     *
     * @param unitCode  the GSO code of the unit
     * @param planYear  the plan year
     * @param component the program component
     * @param source    the capital source
     * @param type      the capital type
     * @return the line
     */
    public static CapitalLine of(String unitCode, int planYear, String component, CapitalSource source,
            CapitalType type) {
        return new CapitalLine(unitCode, planYear, component, source, type, planYear);
    }

    /**
     * Whether this line holds capital of an earlier year extended into the plan year.
     *
     * @return true if the vintage is before the plan year
     */
    public boolean isExtendedCapital() {
        return vintage < planYear;
    }

    /**
     * The line as a report names it, in a language: unit, plan year, component, source and type by
     * their names, and the year of first allocation when it is not the plan year.
     *
     * @param language the language
     * @return e.g. "42, năm 2024, NTM, ngân sách trung ương, vốn đầu tư phát triển"
     */
    public String describe(io.github.ntmlib.base.Language language) {
        boolean vi = language == io.github.ntmlib.base.Language.VIETNAMESE;
        return unitCode + (vi ? ", năm " : ", year ") + planYear + ", " + component + ", "
                + source.labels().in(language) + ", " + type.labels().in(language)
                + (vintage == planYear ? "" : (vi ? ", vốn năm " : ", capital of ") + vintage);
    }

    @Override
    public String toString() {
        return unitCode + "/" + planYear + "/" + component + "/" + source + "/" + type
                + (isExtendedCapital() ? "/vintage " + vintage : "");
    }
}
