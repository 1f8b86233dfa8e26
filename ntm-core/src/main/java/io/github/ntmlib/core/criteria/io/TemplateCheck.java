package io.github.ntmlib.core.criteria.io;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

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
                    : f.standard() + "/" + f.indicator(), f.where(), f.message());
        }
        return template;
    }
}
