package io.github.ntmlib.examples.cli;

import io.github.ntmlib.core.criteria.Overlay;
import io.github.ntmlib.core.criteria.io.OverlayTemplate;
import io.github.ntmlib.core.criteria.io.OverlayTemplateJson;
import io.github.ntmlib.core.criteria.io.TemplateCheck;
import java.nio.file.Path;

/** Overlays and their fill-in templates as files: JSON (an overlay or a template) or an XLSX workbook. */
final class OverlayFiles {

    private OverlayFiles() {
    }

    static boolean isWorkbook(Path file) {
        return Workbooks.isWorkbook(file);
    }

    /** An overlay from a filled template (JSON or XLSX) or an overlay file. */
    static Overlay read(Path file) {
        if (isWorkbook(file)) {
            return TemplateWorkbooks.checkTemplate(file).orThrow(file.toString()).toOverlay(file.toString());
        }
        return Inputs.read(file, OverlayTemplateJson::readOverlay);
    }

    /** A filled template with what is empty and invalid, by JSON path or sheet and cell. */
    static TemplateCheck check(Path file) {
        return isWorkbook(file) ? TemplateWorkbooks.checkTemplate(file) : Inputs.read(file, OverlayTemplateJson::check);
    }

    /** Writes a template. */
    static void write(OverlayTemplate template, Path file, boolean workbook) {
        if (workbook) {
            TemplateWorkbooks.writeTemplate(template, file);
        } else {
            try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(file)) {
                OverlayTemplateJson.write(template, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
