package io.github.ntmlib.base.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.InvalidDataException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shared CSV reader and writer (every module's CSV formats go through it): the header is
 * checked column by column, each row knows its line, cells are typed with errors naming the
 * file, line and column, and what it writes it reads back unchanged.
 */
class CsvTableTest {

    /** What a reader's error function received, so a test can read every problem. */
    private static final class Problems extends InvalidDataException {
        private static final long serialVersionUID = 1L;
        final transient List<CsvTable.Issue> issues;

        Problems(List<CsvTable.Issue> issues) {
            super(issues.get(0).position(), null, issues.get(0).field(), issues.get(0).message());
            this.issues = issues;
        }
    }

    private static CsvTable read(String text, List<String> required, Set<String> allowed, String prefix) {
        return CsvTable.read(new StringReader(text), "u.csv", required, allowed, prefix, Problems::new);
    }

    private static List<CsvTable.Issue> problems(String text, List<String> required, Set<String> allowed,
            String prefix) {
        try {
            read(text, required, allowed, prefix);
        } catch (Problems e) {
            return e.issues;
        }
        throw new AssertionError("no problem reported for " + text);
    }

    private enum Kind { COMMUNE, WARD }

    private static String label(Kind kind) {
        return kind == Kind.COMMUNE ? "Xã" : "Phường";
    }

    @Test
    void headerColumnsAndCellsAreStrippedAndABomIsDropped() {
        CsvTable table = read("\uFEFFcode , name\n 01 ,  Hà Tĩnh \n", List.of("code", "name"), Set.of(), null);
        assertThat(table.header()).containsExactly("code", "name");
        assertThat(table.rows()).hasSize(1);
        CsvTable.Row row = table.rows().get(0);
        assertThat(row.get("code")).isEqualTo("01");
        assertThat(row.required("name")).isEqualTo("Hà Tĩnh");
        assertThat(row.position().toString()).isEqualTo("u.csv:2");
    }

    @Test
    void aMissingColumnIsNamedWithTheHeaderLine() {
        List<CsvTable.Issue> issues = problems("code\n1\n", List.of("code", "name"), Set.of(), null);
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("name");
            assertThat(i.position().line()).isEqualTo(1);
            assertThat(i.message()).startsWith("missing column 'name'").contains("[code]");
        });
    }

    @Test
    void onlyRequiredAllowedOrPrefixedColumnsAreAccepted() {
        CsvTable table = read("code,note,value_2024\n1,x,5\n", List.of("code"), Set.of("note"), "value_");
        assertThat(table.rows().get(0).get("value_2024")).isEqualTo("5");
        assertThat(problems("code,extra\n1,2\n", List.of("code"), Set.of("note"), "value_"))
                .singleElement().satisfies(i -> {
                    assertThat(i.field()).isEqualTo("extra");
                    assertThat(i.message()).isEqualTo("unknown column 'extra'");
                });
        // the prefix alone is no column name, and without a prefix nothing is admitted by one
        assertThat(problems("code,value_\n1,2\n", List.of("code"), Set.of(), "value_"))
                .extracting(CsvTable.Issue::field).containsExactly("value_");
        assertThat(problems("code,value_1\n1,2\n", List.of("code"), Set.of(), null))
                .extracting(CsvTable.Issue::field).containsExactly("value_1");
    }

    @Test
    void aColumnTwiceIsAnError() {
        assertThat(problems("code,code\n1,2\n", List.of("code"), Set.of(), null))
                .singleElement().satisfies(i -> assertThat(i.message()).isEqualTo("column 'code' appears twice"));
    }

    @Test
    void atMostEightProblemsAreListedThenACountOfTheRest() {
        String header = "code,a,b,c,d,e,f,g,h,i,j";
        List<CsvTable.Issue> issues = problems(header + "\n", List.of("code"), Set.of(), null);
        assertThat(issues).hasSize(9);
        assertThat(issues.get(7).field()).isEqualTo("h");
        assertThat(issues.get(8).field()).isNull();
        assertThat(issues.get(8).message()).isEqualTo("and 2 more problems");
        // eight problems are listed as they are
        assertThat(problems("code,a,b,c,d,e,f,g,h\n", List.of("code"), Set.of(), null)).hasSize(8)
                .extracting(CsvTable.Issue::field).containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
    }

    @Test
    void blankRowsAreSkippedAndRowsKeepTheirLines() {
        CsvTable table = read("code,name\n1,a\n\n2,b\n", List.of("code"), Set.of("name"), null);
        assertThat(table.rows()).extracting(r -> r.get("code")).containsExactly("1", "2");
        assertThat(table.rows()).extracting(r -> r.position().line()).containsExactly(2, 4);
    }

    @Test
    void aShortRowReadsItsMissingCellsAsEmpty() {
        CsvTable.Row row = read("code,name\n1\n", List.of("code"), Set.of("name"), null).rows().get(0);
        assertThat(row.get("name")).isEmpty();
        assertThat(row.get("absent")).isEmpty();
        assertThat(row.optional("name")).isEmpty();
        assertThatThrownBy(() -> row.required("name")).isInstanceOf(InvalidDataException.class)
                .hasMessage("u.csv:2 field 'name': the value is missing");
    }

    @Test
    void cellsAreTypedWithErrorsNamingLineAndColumn() {
        CsvTable.Row row = read("n,d,k,o\n42,2025-07-01,phuong,\u00a0x\u00a0 y\n", List.of("n", "d", "k", "o"),
                Set.of(), null).rows().get(0);
        assertThat(row.integer("n")).isEqualTo(42);
        assertThat(row.date("d")).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(row.constant("k", Kind.class, CsvTableTest::label)).isEqualTo(Kind.WARD); // by label, folded
        assertThat(row.optional("o")).contains("x y"); // no-break spaces count as spaces
        CsvTable.Row bad = read("n,d,k\n4x,1/7/2025,thon\n", List.of("n", "d", "k"), Set.of(), null).rows().get(0);
        assertThatThrownBy(() -> bad.integer("n")).hasMessage("u.csv:2 field 'n': '4x' is not a whole number");
        assertThatThrownBy(() -> bad.date("d"))
                .hasMessage("u.csv:2 field 'd': '1/7/2025' is not a date (yyyy-mm-dd)");
        assertThatThrownBy(() -> bad.constant("k", Kind.class, CsvTableTest::label))
                .hasMessage("u.csv:2 field 'k': unknown k 'thon'");
        CsvTable.Row byName = read("k\ncommune\n", List.of("k"), Set.of(), null).rows().get(0);
        assertThat(byName.constant("k", Kind.class, CsvTableTest::label)).isEqualTo(Kind.COMMUNE);
    }

    @Test
    void aCellOfTheLimitIsReadAndOneMoreCharacterIsAnError() {
        String limit = "x".repeat(Limits.CSV_CELL);
        assertThat(read("a\n" + limit + "\n", List.of("a"), Set.of(), null).rows().get(0).get("a")).isEqualTo(limit);
        assertThat(problems("a\n" + limit + "y\n", List.of("a"), Set.of(), null)).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("column 1");
            assertThat(i.position().line()).isEqualTo(2);
            assertThat(i.message()).isEqualTo("a cell of 4097 characters is too long (at most 4096)");
        });
        // in the header there is no column to name yet
        assertThat(problems(limit + "y\n", List.of("a"), Set.of(), null)).singleElement()
                .satisfies(i -> assertThat(i.field()).isNull());
    }

    @Test
    void malformedCsvIsAnErrorAtItsLine() {
        assertThat(problems("a,b\n1,2\n\"open,3\n", List.of("a", "b"), Set.of(), null)).singleElement()
                .satisfies(i -> {
                    assertThat(i.field()).isNull();
                    assertThat(i.position().line()).isGreaterThanOrEqualTo(3);
                    assertThat(i.message()).startsWith("not readable as CSV: '");
                });
    }

    @Test
    void aFailingReaderIsReportedAfterTheLastRowRead() {
        Reader failing = Failing.reader("a,b\n1,2\n3,4\n");
        List<CsvTable.Issue> seen = new ArrayList<>();
        assertThatThrownBy(() -> CsvTable.read(failing, "f.csv", List.of("a"), Set.of("b"), null, issues -> {
            seen.addAll(issues);
            return new IllegalStateException("reported");
        })).hasMessage("reported");
        assertThat(seen).singleElement().satisfies(i -> {
            assertThat(i.message()).isEqualTo("not readable as CSV: 'disk gone'");
            assertThat(i.position().line()).isBetween(3, 4);
        });
        Reader failsAtOnce = Failing.reader("");
        seen.clear();
        assertThatThrownBy(() -> CsvTable.read(failsAtOnce, "f.csv", List.of("a"), Set.of(), null, issues -> {
            seen.addAll(issues);
            return new IllegalStateException("reported");
        })).hasMessage("reported");
        assertThat(seen).singleElement().satisfies(i -> assertThat(i.position().line()).isEqualTo(1));
    }

    @Test
    void writtenTablesReadBackCellForCell() {
        List<String> header = List.of("code", "name", "note");
        List<List<String>> rows = List.of(
                List.of("01", "Hà Tĩnh", "plain"),
                List.of("02", "Thạch Hà, Hà Tĩnh", "say \"hi\""),
                List.of("03", "two\nlines", " padded "),
                List.of("04", "cr\rhere", ""));
        StringWriter out = new StringWriter();
        CsvTable.write(new java.io.BufferedWriter(out), header, rows); // flushed when written, not left buffered
        String text = out.toString();
        assertThat(text).startsWith("code,name,note\r\n01,Hà Tĩnh,plain\r\n")
                .contains("02,\"Thạch Hà, Hà Tĩnh\",\"say \"\"hi\"\"\"\r\n")
                .contains("\" padded \"");
        CsvTable back = read(text, header, Set.of(), null);
        assertThat(back.rows()).hasSize(4);
        assertThat(back.rows().get(1).get("name")).isEqualTo("Thạch Hà, Hà Tĩnh");
        assertThat(back.rows().get(1).get("note")).isEqualTo("say \"hi\"");
        assertThat(back.rows().get(2).get("name")).isEqualTo("two\nlines");
        assertThat(back.rows().get(3).get("name")).isEqualTo("cr\rhere");
    }

    @Test
    void aWriterThatFailsIsAnUncheckedIoError() {
        java.io.Writer broken = new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> CsvTable.write(broken, List.of("a"), List.of()))
                .isInstanceOf(java.io.UncheckedIOException.class);
    }
}
