package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.io.OverlayTemplate;
import io.github.ntmlib.core.criteria.io.TemplateCheck;
import io.github.ntmlib.intake.template.OverlayTemplateXlsx;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The XLSX fill-in forms (module ntm-intake, package template): a missing or unreadable workbook is invalid input naming it. */
final class TemplateWorkbooks {

    private TemplateWorkbooks() {
    }

    static TemplateCheck checkTemplate(Path file) {
        Workbooks.isWorkbook(file); // POI's logging set up once, in Workbooks
        try (InputStream in = Files.newInputStream(file)) {
            return OverlayTemplateXlsx.check(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(SourcePosition.of(file.toString()), null, null, Inputs.NO_SUCH_FILE);
        } catch (IOException e) {
            throw new InvalidDataException(SourcePosition.of(file.toString()), null, null, Inputs.unreadable(e), e);
        }
    }

    static void writeTemplate(OverlayTemplate template, Path file) {
        Workbooks.isWorkbook(file);
        try (OutputStream out = Files.newOutputStream(file)) {
            OverlayTemplateXlsx.write(template, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
