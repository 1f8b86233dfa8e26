package io.github.ntmlib.core.criteria.io;

import io.github.ntmlib.base.internal.ExactJson;
import java.io.Writer;
import org.apiguardian.api.API;

/**
 * The JSON document of a checked overlay template ({@value #SCHEMA}, docs/formats.md; JSON Schema
 * {@code docs/schemas/overlay-check-1.schema.json}): {@code file}, {@code criteriaSet},
 * {@code jurisdiction}, {@code rows} and {@code filled} (counts), and each {@link TemplateFinding}
 * ({@code kind} EMPTY or INVALID, {@code where}, {@code standard}, {@code indicator}, {@code found},
 * {@code allowed}, {@code message}).
 *
 * <p>A rendered view with no reader: it holds the findings and counts, not the template's rows, so
 * no {@link TemplateCheck} can be restored from it (read the template itself with
 * {@link OverlayTemplateJson#check}).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OverlayCheckJson {

    /** The schema id. */
    public static final String SCHEMA = "ntm.overlay-check/1";

    private OverlayCheckJson() {
    }

    /**
     * Writes the document, indented, and a line break.
     *
     * @param file  the template as the caller named it
     * @param check the check
     * @param out   where to write; flushed, not closed
     */
    public static void write(String file, TemplateCheck check, Writer out) {
        OverlayTemplate template = check.template();
        ExactJson.Obj d = ExactJson.document(SCHEMA).put("file", file).put("criteriaSet", template.criteriaSet())
                .put("jurisdiction", template.jurisdiction()).put("rows", template.rows().size())
                .put("filled", template.rows().size() - template.empty().size());
        ExactJson.Arr list = d.array("findings");
        for (TemplateFinding f : check.findings()) {
            list.object().put("kind", f.kind().name()).put("where", f.where()).put("standard", f.standard())
                    .put("indicator", f.indicator()).put("found", f.found()).put("allowed", f.allowed())
                    .put("message", f.message())
                    .put("message_vi", f.message(io.github.ntmlib.base.Language.VIETNAMESE));
        }
        d.write(out);
    }
}
