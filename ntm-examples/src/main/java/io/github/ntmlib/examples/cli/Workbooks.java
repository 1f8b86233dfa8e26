package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.io.OverlayTemplate;
import io.github.ntmlib.core.criteria.io.TemplateCheck;
import java.nio.file.Path;

/** The XLSX forms (module ntm-intake). */
final class Workbooks {

    private Workbooks() {
    }

    static TemplateCheck checkTemplate(Path file) {
        throw new InvalidDataException(SourcePosition.of(file.toString()), null, null, "XLSX is not available yet");
    }

    static void writeTemplate(OverlayTemplate template, Path file) {
        throw new InvalidDataException(SourcePosition.of(file.toString()), null, null, "XLSX is not available yet");
    }
}
