package io.github.ntmlib.core.criteria.io;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.core.criteria.Comparison;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A filled template as read, with what its check found: the values still empty and the values
 * not allowed (each left empty in {@link #template()}), each with its place in the form.
 *
 * @param template the template read; a value not allowed is left empty
 * @param findings the empty and invalid values, in the form's order
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TemplateCheck(OverlayTemplate template, List<TemplateFinding> findings) {

    /**
     * Validates the components.
     *
     * @param template the template
     * @param findings the findings
     */
    public TemplateCheck {
        Objects.requireNonNull(template, "template");
        findings = List.copyOf(findings);
    }

    /**
     * The values not allowed.
     *
     * @return the invalid findings
     */
    public List<TemplateFinding> invalid() {
        return findings.stream().filter(f -> f.kind() == TemplateFinding.Kind.INVALID).toList();
    }

    /**
     * The values still empty.
     *
     * @return the empty findings
     */
    public List<TemplateFinding> empty() {
        return findings.stream().filter(f -> f.kind() == TemplateFinding.Kind.EMPTY).toList();
    }

    /**
     * The template, if no value is invalid.
     *
     * @param source the file, for the error
     * @return the template (empty rows stay empty)
     * @throws InvalidDataException naming the first invalid value's place, standard and indicator
     */
    public OverlayTemplate orThrow(String source) {
        for (TemplateFinding f : invalid()) {
            throw new InvalidDataException(SourcePosition.of(source), f.standard().isEmpty() ? null
                    : f.standard() + "/" + f.indicator(), f.where(), f.reason());
        }
        return template;
    }

    /**
     * A builder for readers of a form: each value as found, in the form's order.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the values of a form as a reader finds them, judging each. Not thread-safe. */
    public static final class Builder {

        private final List<OverlayTemplate.Row> rows = new ArrayList<>();
        private final List<TemplateFinding> findings = new ArrayList<>();
        private String decision = "";

        private Builder() {
        }

        /**
         * The province's decision as found.
         *
         * @param text  the text, possibly blank
         * @param where its place in the form
         * @return this builder
         */
        public Builder decision(String text, String where) {
            decision = text.strip();
            if (decision.isEmpty()) {
                findings.add(new TemplateFinding(TemplateFinding.Kind.EMPTY, where, "", "", "", "",
                        OverlayTemplate.DECISION_EMPTY));
            }
            return this;
        }

        /**
         * A row whose value is empty.
         *
         * @param row   the row
         * @param where the value's place
         * @return this builder
         */
        public Builder empty(OverlayTemplate.Row row, String where) {
            findings.add(TemplateFinding.of(TemplateFinding.Kind.EMPTY, where, row, "", Labels.of(
                    "chưa có giá trị (cho phép: " + row.allowed() + ")", "no value yet (allowed: " + row.allowed() + ")")));
            rows.add(row.withValue(null));
            return this;
        }

        /**
         * A row whose value is a number.
         *
         * @param row    the row
         * @param where  the value's place
         * @param number the number
         * @return this builder
         */
        public Builder number(OverlayTemplate.Row row, String where, BigDecimal number) {
            Labels problem = row.comparison() == Comparison.MET ? Labels.of("giá trị duy nhất của một quy định"
                    + " đạt/không đạt là \"" + OverlayTemplate.MET_TEXT + "\", không phải số "
                    + Limits.quote(number.toPlainString()), "a flag rule's only value is \""
                    + OverlayTemplate.MET_TEXT + "\", not the number " + Limits.quote(number.toPlainString()))
                    : row.reason(number);
            return add(row, where, number.toPlainString(), number, problem);
        }

        /**
         * A row whose value is text, the way a number is written given in one language only (shown
         * as given in both): for code outside ntm, which gives it in both with {@link
         * #text(OverlayTemplate.Row, String, String, Labels)}.
         *
         * @param row      the row
         * @param where    the value's place
         * @param text     the text
         * @param required how the form says a number is written, e.g. "a JSON number" or "a number cell"
         * @return this builder
         */
        public Builder text(OverlayTemplate.Row row, String where, String text, String required) {
            return text(row, where, text, Labels.of(required, required));
        }

        /**
         * A row whose value is text: "Đạt" for a flag rule, invalid for any other.
         *
         * @param row      the row
         * @param where    the value's place
         * @param text     the text
         * @param required how the form says a number is written, in each language: "một số JSON" / "a JSON number"
         * @return this builder
         * @since 0.1
         */
        public Builder text(OverlayTemplate.Row row, String where, String text, Labels required) {
            if (row.comparison() == Comparison.MET) {
                boolean met = text.strip().equals(OverlayTemplate.MET_TEXT);
                return add(row, where, text, met ? BigDecimal.ONE : null, met ? null : Labels.of("giá trị duy nhất"
                        + " của một quy định đạt/không đạt là \"" + OverlayTemplate.MET_TEXT + "\", không phải "
                        + Limits.quote(text), "a flag rule's only value is \""
                        + OverlayTemplate.MET_TEXT + "\", not " + Limits.quote(text)));
            }
            return add(row, where, text, null, Labels.of("cần " + required.vietnamese() + ", không phải văn bản "
                    + Limits.quote(text), required.english() + " is required, not the text " + Limits.quote(text)));
        }

        private Builder add(OverlayTemplate.Row row, String where, String found, @Nullable BigDecimal value,
                @Nullable Labels problem) {
            if (problem != null || value == null) {
                findings.add(TemplateFinding.of(TemplateFinding.Kind.INVALID, where, row, found,
                        problem == null ? Labels.of("không có giá trị", "no value") : problem));
                rows.add(row.withValue(null));
            } else {
                rows.add(row.withValue(value));
            }
            return this;
        }

        /**
         * The check.
         *
         * @param form the form read (its rows' values are ignored; the values found replace them)
         * @return the template with the values found, and the findings
         */
        public TemplateCheck build(OverlayTemplate form) {
            return new TemplateCheck(new OverlayTemplate(form.id(), form.criteriaSet(), form.jurisdiction(),
                    form.province(), decision, rows), findings);
        }
    }
}
