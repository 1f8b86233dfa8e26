package io.github.ntmlib.ocop.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.ocop.OcopDataException;
import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Reads a CSV source with a header row, handing each row and its line to a handler. */
final class CsvRows {

    private CsvRows() {
    }

    /**
     * Reads all rows.
     *
     * @param reader  the CSV text
     * @param source  the source name
     * @param subject the subject for errors that concern the whole source, or {@code null}
     * @param header  checks the column names (called once, before the first row)
     * @param handler handles a row at its position
     * @throws OcopDataException for unreadable text or what the checks throw
     */
    static void read(Reader reader, String source, String subject, Consumer<Set<String>> header,
            BiConsumer<Map<String, String>, SourcePosition> handler) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES)
                .enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            boolean first = true;
            while (rows.hasNextValue()) {
                Map<String, String> row = rows.nextValue();
                if (first) {
                    header.accept(row.keySet());
                    first = false;
                }
                handler.accept(row, SourcePosition.of(source, Math.max(rows.getCurrentLocation().getLineNr() - 1, 2)));
            }
        } catch (OcopDataException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new OcopDataException(SourcePosition.of(source), subject, null, "unreadable CSV: " + e.getMessage(),
                    e);
        }
    }
}
