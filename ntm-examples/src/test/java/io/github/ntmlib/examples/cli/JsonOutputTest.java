package io.github.ntmlib.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.io.CertificateCsv;
import io.github.ntmlib.ocop.io.ScorecardCsv;
import io.github.ntmlib.ocop.portfolio.Portfolio;
import io.github.ntmlib.ocop.portfolio.PortfolioReport;
import io.github.ntmlib.ocop.rating.CouncilResult;
import io.github.ntmlib.ocop.rating.Rater;
import io.github.ntmlib.ocop.rating.Rating;
import io.github.ntmlib.ocop.rating.RatingAuthority;
import io.github.ntmlib.ocop.rating.Scorecard;
import io.github.ntmlib.ocop.sheet.SheetCatalog;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --format json} of every report subcommand (docs/formats.md): valid JSON in its schema, its
 * figures the text's and the library's, on the example files and on other inputs; a format a
 * command does not offer is a usage error.
 */
class JsonOutputTest {

    static final String EX = FormatsDocTest.EX;
    static final String[] COUNCIL = {EX + "ocop-council.csv", "--sheet", "1", "--product", "Bưởi Phúc Trạch"};
    static final String[] LEDGER = {"--plan", EX + "plan-2024.csv", "--disbursements", EX + "disbursements-2024.csv",
        "--year", "2024", "--as-of", "2025-02-25", "--extension", "2024=2025-12-31"};
    static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("ntm.ocop-rating/1", join(new String[] {"ocop", "score", "--date", "2026-06-20"}, COUNCIL)),
                Arguments.of("ntm.ocop-upgrade/1", join(new String[] {"ocop", "upgrade"}, COUNCIL)),
                Arguments.of("ntm.ocop-portfolio/1",
                        new String[] {"ocop", "portfolio", EX + "ocop-certificates.csv", "--date", "2024-12-31"}),
                Arguments.of("ntm.finance-rates/1", join(new String[] {"finance", "rates"}, LEDGER)),
                Arguments.of("ntm.finance-deadlines/1", join(new String[] {"finance", "deadlines"}, LEDGER)),
                Arguments.of("ntm.finance-allocation/1", new String[] {"finance", "allocate", "--pool", "1.000 triệu đồng",
                    "--points", "42=9", "--points", "40=11"}),
                Arguments.of("ntm.units-check/1", new String[] {"units", "check", EX + "units.csv", "--date", "2024-12-31"}),
                Arguments.of("ntm.units-diff/1", new String[] {"units", "diff", "2024-11-01", "2025-03-01"}),
                Arguments.of("ntm.units-lineage/1", new String[] {"units", "lineage", "18409"}),
                Arguments.of("ntm.units-carry/1", new String[] {"units", "carry", "--statuses",
                    EX + "statuses-ha-tinh-2024.csv", "--unit", "18409"}),
                Arguments.of("ntm.check-report/1", new String[] {"check-report", EX + "report.txt"}),
                Arguments.of("ntm.plan/1", new String[] {"plan", "--demo", "--goal", "commune-advanced=+20"}));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everyReportPrintsOneJsonDocumentInItsSchemaAndRefusesHtml(String schema, String[] args) {
        JsonNode doc = json(args);
        assertThat(doc.get("schema").asText()).isEqualTo(schema);
        assertThat(doc.fieldNames().next()).isEqualTo("schema");
        Run text = Run.of(args);
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).doesNotContain("\"schema\"");
        Run html = Run.of(join(args, new String[] {"--format", "html"}));
        assertThat(html.code()).isEqualTo(Ntm.USAGE);
        assertThat(html.out()).isEmpty();
        assertThat(html.err()).contains("--format=html: ntm " + args[0]).contains("chỉ in 'text' hoặc 'json'");
    }

    @ParameterizedTest
    @MethodSource("reports")
    void docsFormatsShowsEverySchemaWithTheFieldsTheCommandPrints(String schema, String[] args) throws IOException {
        String doc = Files.readString(FormatsDocTest.DOCS.resolve("formats.md"), StandardCharsets.UTF_8);
        assertThat(doc).contains("### `" + schema + "`");
        Matcher m = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL).matcher(doc);
        List<JsonNode> examples = new ArrayList<>();
        while (m.find()) {
            examples.add(STRICT.readTree(m.group(1)));
        }
        assertThat(examples).filteredOn(e -> e.get("schema").asText().equals(schema)).singleElement()
                .satisfies(e -> assertSameShape(schema, e, json(args)));
    }

    /** The same fields in the same order, recursively (arrays by their first element; null stands for any value). */
    private static void assertSameShape(String path, JsonNode documented, JsonNode printed) {
        if (documented.isNull() || printed.isNull()) {
            return;
        }
        assertThat(documented.getNodeType()).as(path).isEqualTo(printed.getNodeType());
        if (documented.isObject()) {
            List<String> names = new ArrayList<>();
            documented.fieldNames().forEachRemaining(names::add);
            List<String> actual = new ArrayList<>();
            printed.fieldNames().forEachRemaining(actual::add);
            assertThat(names).as(path).containsExactlyElementsOf(actual);
            names.forEach(n -> assertSameShape(path + "." + n, documented.get(n), printed.get(n)));
        } else if (documented.isArray() && !documented.isEmpty() && !printed.isEmpty()) {
            assertSameShape(path + "[0]", documented.get(0), printed.get(0));
        }
    }

    @Test
    void thePortfolioRefusesHtmlNamingTheFormatsItOffers() {
        Run r = Run.of("ocop", "portfolio", EX + "ocop-certificates.csv", "--date", "2024-12-31", "--format", "html");
        assertThat(r.code()).isEqualTo(Ntm.USAGE);
        assertThat(r.err()).contains("--format=html: ntm ocop portfolio chỉ in 'text' hoặc 'json'");
        assertThat(r.out()).isEmpty();
        assertThat(Run.of("evaluate", "--as-of", "2024-12-31", "--format", "html").err())
                .as("evaluate writes html, as a report under an official header").contains("cần phần đầu văn bản chính thức");
    }

    @Test
    void theRatingOfTheExampleCouncil() {
        JsonNode r = json(join(new String[] {"ocop", "score", "--date", "2026-06-20"}, COUNCIL));
        Run text = Run.of(join(new String[] {"ocop", "score", "--date", "2026-06-20"}, COUNCIL));
        assertThat(text.out()).contains("98,67/100", "4 sao", "5 sao tại tiêu chí 1.3");
        assertThat(r.get("total").get("numerator").asText() + "/" + r.get("total").get("denominator").asText())
                .isEqualTo("296/3");
        assertThat(r.get("total").get("exact").isNull()).isTrue();
        assertThat(r.get("total").get("rounded").asText()).isEqualTo("98.67");
        assertThat(r.get("awarded").asInt()).isEqualTo(4);
        assertThat(r.get("earned").asInt()).isEqualTo(4);
        assertThat(r.get("band").asInt()).isEqualTo(5);
        assertThat(r.get("outcome").asText()).isEqualTo("RATED");
        assertThat(r.get("authority").asText()).isEqualTo("PROVINCE");
        assertThat(r.get("knockOuts")).isEmpty();
        assertThat(r.get("markers")).anySatisfy(m -> {
            assertThat(m.get("stars").asInt()).isEqualTo(5);
            assertThat(m.get("criterion").asText()).isEqualTo("1.3");
            assertThat(m.get("met").asBoolean()).isFalse();
        });
        assertThat(r.get("evaluators")).hasSize(3).allSatisfy(e -> assertThat(e.get("points"))
                .filteredOn(c -> c.get("criterion").asText().equals("1.3")).singleElement()
                .satisfies(c -> assertThat(c.get("points").asInt()).isEqualTo(2)));
        assertThat(r.get("evaluators").get(0).get("points")).hasSize(32);
        assertThat(r.get("evaluators").get(0).get("total").asInt()).isEqualTo(99);
        assertThat(r.get("parts")).extracting(p -> p.get("code").asText()).containsExactly("A", "B", "C");
    }

    @Test
    void theRatingAndUpgradeOfAnotherCouncilAreTheLibrarys(@TempDir Path dir) throws IOException {
        // two members, each answer one option lower where it can be
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(EX + "ocop-council.csv"), StandardCharsets.UTF_8)) {
            String[] cells = line.split(",", -1);
            if (lines.isEmpty()) {
                lines.add(line);
            } else if (!cells[0].equals("Thành viên 3")) {
                int option = Integer.parseInt(cells[2]);
                cells[2] = Integer.toString(cells[0].equals("Thành viên 1") && option > 1 ? option - 1 : option);
                lines.add(String.join(",", cells));
            }
        }
        Path council = dir.resolve("council.csv");
        Files.write(council, lines, StandardCharsets.UTF_8);
        List<Scorecard> cards = ScorecardCsv.read(new StringReader(Files.readString(council)), "council.csv",
                SheetCatalog.of(Instrument.QD_26_2026).sheet(1), "Mật ong");
        Rating expected = Rater.standard().rate(new CouncilResult("Mật ong", RatingAuthority.PROVINCE,
                LocalDate.of(2026, 9, 2), cards));
        String[] args = {"ocop", "score", council.toString(), "--sheet", "1", "--product", "Mật ong", "--date",
            "2026-09-02", "--council", "PROVINCE"};
        JsonNode r = json(args);
        assertThat(r.get("product").asText()).isEqualTo("Mật ong");
        assertThat(r.get("council").asText()).isEqualTo("PROVINCE");
        assertThat(new BigInteger(r.get("total").get("numerator").asText()))
                .isEqualTo(expected.average().fraction().numerator());
        assertThat(new BigInteger(r.get("total").get("denominator").asText()))
                .isEqualTo(expected.average().fraction().denominator());
        assertThat(r.get("outcome").asText()).isEqualTo(expected.outcome().name());
        assertThat(r.get("awarded").isNull()).isEqualTo(expected.awarded().isEmpty());
        expected.awarded().ifPresent(s -> assertThat(r.get("awarded").asInt()).isEqualTo(s.count()));
        assertThat(r.get("evaluators")).hasSize(2);
        assertThat(r.get("evaluators").get(0).get("total").asInt()).isEqualTo(cards.get(0).total())
                .isLessThan(cards.get(1).total());
        assertThat(Run.of(args).out()).contains("Mật ong");

        String[] upgrade = {"ocop", "upgrade", council.toString(), "--sheet", "1", "--product", "Mật ong", "--lang", "en"};
        JsonNode u = json(upgrade);
        String text = Run.of(upgrade).out();
        assertThat(u.get("evaluators")).hasSize(2);
        for (JsonNode e : u.get("evaluators")) {
            assertThat(text).contains(e.get("evaluator").asText() + ": " + e.get("total").asInt() + " points, "
                    + (e.get("stars").isNull() ? "not rated" : e.get("stars").asInt() + " stars"));
            if (!e.get("advice").isNull()) {
                JsonNode a = e.get("advice");
                assertThat(text).contains("to reach " + a.get("target").asInt() + " stars (total " + a.get("total").asInt());
                for (JsonNode c : a.get("changes")) {
                    assertThat(text).contains(c.get("criterion").asText() + ": " + c.get("from").asInt() + " -> "
                            + c.get("to").asInt() + " (" + c.get("pointsFrom").asInt() + " -> " + c.get("pointsTo").asInt());
                }
                assertThat(a.get("gain").asInt()).isEqualTo(a.get("total").asInt() - e.get("total").asInt());
            }
        }
    }

    @Test
    void theUpgradeOfTheExampleCouncil() {
        JsonNode u = json(join(new String[] {"ocop", "upgrade"}, COUNCIL));
        assertThat(u.get("evaluators").get(0).get("total").asInt()).isEqualTo(99);
        assertThat(u.get("evaluators")).hasSize(3).allSatisfy(e -> {
            assertThat(e.get("stars").asInt()).isEqualTo(4);
            assertThat(e.get("advice").get("target").asInt()).isEqualTo(5);
        });
        JsonNode change = u.get("evaluators").get(0).get("advice").get("changes").get(0);
        assertThat(change.get("criterion").asText()).isEqualTo("1.3");
        assertThat(change.get("from").asInt()).isEqualTo(2);
        assertThat(change.get("to").asInt()).isEqualTo(3);
    }

    @Test
    void thePortfolioOnTwoInputs(@TempDir Path dir) throws IOException {
        JsonNode p = json("ocop", "portfolio", EX + "ocop-certificates.csv", "--date", "2024-12-31");
        assertThat(Run.of("ocop", "portfolio", EX + "ocop-certificates.csv", "--date", "2024-12-31").out())
                .contains("đã công nhận 3, còn hiệu lực 2, hết hạn 1, thu hồi 0");
        assertThat(List.of(p.get("recognised").asInt(), p.get("valid").asInt(), p.get("expired").asInt(),
                p.get("revoked").asInt())).containsExactly(3, 2, 1, 0);
        assertThat(p.get("byStars").get("3").asInt()).isEqualTo(1);
        assertThat(p.get("byStars").get("4").asInt()).isEqualTo(1);
        assertThat(p.get("expiring")).singleElement().satisfies(c ->
                assertThat(c.get("product").asText()).isEqualTo("42-18001-2-2022"));
        assertThat(p.get("certificates")).extracting(c -> c.get("status").asText())
                .containsExactlyInAnyOrder("EXPIRED", "VALID", "VALID");

        Path file = dir.resolve("certificates.csv");
        Files.writeString(file, "product_code,product_name,subject_name,subject_kind,stars,authority,issuer,decision,issued,"
                + "revoked_on,revocation_reason,revocation_decision\n"
                + "42-18325-1-2024,Trà xanh,HTX Trà,COOPERATIVE,5,CENTRAL,Bộ NN&MT,11/QĐ-BNN,2024-02-01,,,\n"
                + "42-18001-2-2023,Kẹo cu đơ,Cơ sở Kẹo,HOUSEHOLD,3,DISTRICT,UBND huyện,22/QĐ-UBND,2023-05-01,"
                + "2025-04-01,LEGAL_VIOLATION,33/QĐ-UBND\n", StandardCharsets.UTF_8);
        LocalDate date = LocalDate.of(2025, 6, 30);
        PortfolioReport expected = Portfolio.of(CertificateCsv.read(new StringReader(Files.readString(file)), "c.csv"))
                .asOf(date);
        JsonNode q = json("ocop", "portfolio", file.toString(), "--date", date.toString(), "--lang", "en");
        assertThat(List.of(q.get("recognised").asInt(), q.get("valid").asInt(), q.get("expired").asInt(),
                q.get("revoked").asInt())).containsExactly(expected.recognised(), expected.valid(), expected.expired(),
                expected.revoked());
        assertThat(q.get("revoked").asInt()).isEqualTo(1);
        assertThat(q.get("byStars").get("5").asInt()).isEqualTo(1);
        assertThat(q.get("certificates")).extracting(c -> c.get("status").asText()).contains("REVOKED");
        assertThat(Run.of("ocop", "portfolio", file.toString(), "--date", date.toString(), "--lang", "en").out())
                .contains("recognised " + expected.recognised() + ", valid " + expected.valid());
    }

    @Test
    void theRatesOfTheExampleLedgerAreExact() {
        JsonNode r = json(join(new String[] {"finance", "rates"}, LEDGER));
        String text = Run.of(join(new String[] {"finance", "rates"}, LEDGER)).out();
        assertThat(text).contains("365.695 triệu đồng / 504.912 triệu đồng (đạt 72,43% KH)");
        JsonNode investment = r.get("types").get(0);
        assertThat(investment.get("type").asText()).isEqualTo("DEVELOPMENT_INVESTMENT");
        assertThat(investment.get("disbursed").isIntegralNumber()).isTrue();
        assertThat(investment.get("disbursed").asLong()).isEqualTo(365_695_000_000L);
        assertThat(investment.get("plan").asLong()).isEqualTo(504_912_000_000L);
        assertThat(investment.get("rate").get("percent").asText()).isEqualTo("72.43");
        assertThat(r.get("types").get(1).get("rate").get("percent").asText()).isEqualTo("52.06");
        long disbursed = 0;
        long plan = 0;
        for (JsonNode t : r.get("types")) {
            disbursed += t.get("disbursed").asLong();
            plan += t.get("plan").asLong();
            assertRateIs(t);
        }
        assertThat(r.get("total").get("disbursed").asLong()).isEqualTo(disbursed).isEqualTo(411_626_000_000L);
        assertThat(r.get("total").get("plan").asLong()).isEqualTo(plan);
        assertRateIs(r.get("total"));
        assertThat(text).contains("Tổng: 411.626 triệu đồng / 593.140 triệu đồng (đạt "
                + r.get("total").get("rate").get("percent").asText().replace('.', ',') + "% KH)");
    }

    @Test
    void ratesDeadlinesOfAnotherLedger(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("plan.csv");
        Files.writeString(plan, "date,decision,kind,unit,plan_year,component,source,type,vintage,amount\n"
                + "2025-01-10,05/QĐ-UBND,ALLOCATION,42,2025,NTM,CENTRAL_BUDGET,DEVELOPMENT_INVESTMENT,,1.000 triệu đồng\n",
                StandardCharsets.UTF_8);
        Path paid = dir.resolve("paid.csv");
        Files.writeString(paid, "date,reference,unit,plan_year,component,source,type,vintage,amount\n"
                + "2025-05-01,KB-9,42,2025,NTM,CENTRAL_BUDGET,DEVELOPMENT_INVESTMENT,,333 triệu đồng\n",
                StandardCharsets.UTF_8);
        String[] ledger = {"--plan", plan.toString(), "--disbursements", paid.toString(), "--year", "2025", "--as-of",
            "2025-06-30", "--lang", "en"};
        JsonNode r = json(join(new String[] {"finance", "rates"}, ledger));
        JsonNode total = r.get("total");
        assertThat(total.get("disbursed").asLong()).isEqualTo(333_000_000L);
        assertThat(total.get("plan").asLong()).isEqualTo(1_000_000_000L);
        assertThat(total.get("rate").get("exact").asText()).isEqualTo("0.333");
        assertThat(total.get("rate").get("percent").asText()).isEqualTo("33.30");
        assertThat(r.get("types").get(1).get("rate").isNull()).isTrue();
        assertThat(Run.of(join(new String[] {"finance", "rates"}, ledger)).out())
                .contains("Total: 333 million VND / 1000 million VND (33.30% of plan)");

        JsonNode d = json(join(new String[] {"finance", "deadlines"}, ledger));
        String text = Run.of(join(new String[] {"finance", "deadlines"}, ledger)).out();
        assertThat(d.get("lines")).singleElement().satisfies(l -> {
            assertThat(l.get("plan").asLong()).isEqualTo(1_000_000_000L);
            assertThat(l.get("disbursed").asLong()).isEqualTo(333_000_000L);
            assertThat(l.get("undisbursed").asLong()).isEqualTo(667_000_000L);
            assertThat(l.get("pastDeadline").asBoolean()).isFalse();
            assertThat(l.get("lapsed").asLong()).isZero();
            assertThat(text).contains("deadline " + l.get("deadline").asText() + " (" + l.get("basis").asText() + ")");
        });
        JsonNode ex = json(join(new String[] {"finance", "deadlines"}, LEDGER));
        assertThat(ex.get("lines")).hasSize(2).allSatisfy(l -> assertThat(l.get("deadline").asText())
                .isEqualTo("2025-12-31"));
    }

    @Test
    void allocationsSumExactlyToThePool() {
        JsonNode a = json("finance", "allocate", "--pool", "1.000 triệu đồng", "--points", "42=9", "--points", "40=11");
        assertThat(a.get("pool").asLong()).isEqualTo(1_000_000_000L).isEqualTo(a.get("sum").asLong());
        assertThat(a.get("shares")).extracting(s -> s.get("unit").asText() + "=" + s.get("amount").asLong())
                .containsExactlyInAnyOrder("42=450000000", "40=550000000");

        String[] three = {"finance", "allocate", "--pool", "1.000 triệu đồng", "--points", "1=1", "--points", "2=1",
            "--points", "3=1.5", "--method", "SAINTE_LAGUE", "--lang", "en"};
        JsonNode b = json(three);
        long sum = 0;
        for (JsonNode s : b.get("shares")) {
            sum += s.get("amount").asLong();
            assertThat(s.get("amount").asLong() % 1_000_000L).isZero();
            assertThat(Run.of(three).out()).contains(s.get("unit").asText() + ": " + s.get("amount").asLong() / 1_000_000L
                    + " million VND — ");
        }
        assertThat(sum).isEqualTo(b.get("sum").asLong()).isEqualTo(b.get("pool").asLong());
        assertThat(b.get("method").asText()).isEqualTo("SAINTE_LAGUE");
        assertThat(b.get("shares").get(0).get("points").isTextual()).isTrue();
    }

    @Test
    void unitsCheckAndDiffOnTwoInputs(@TempDir Path dir) throws IOException {
        JsonNode c = json("units", "check", EX + "units.csv", "--date", "2024-12-31");
        assertThat(c.get("units").asInt()).isEqualTo(5);
        assertThat(c.get("byKind").get("COMMUNE").asInt()).isEqualTo(2);
        assertThat(c.get("byKind").get("TOWNSHIP").asInt()).isEqualTo(1);
        Path before = dir.resolve("before.csv");
        Files.writeString(before, "code,parent_code,level,type,name\n42,,PROVINCE,Tỉnh,Tỉnh Hà Tĩnh\n"
                + "445,42,DISTRICT,Huyện,Huyện Thạch Hà\n18001,445,COMMUNE,Xã,Xã Thạch Một\n"
                + "18002,445,COMMUNE,Xã,Xã Thạch Hai\n", StandardCharsets.UTF_8);
        Path after = dir.resolve("after.csv");
        Files.writeString(after, "code,parent_code,level,type,name\n42,,PROVINCE,Tỉnh,Tỉnh Hà Tĩnh\n"
                + "18001,42,COMMUNE,Xã,Xã Thạch Mới\n", StandardCharsets.UTF_8);
        JsonNode c2 = json("units", "check", after.toString(), "--date", "2025-07-01");
        assertThat(c2.get("units").asInt()).isEqualTo(2);
        assertThat(Run.of("units", "check", after.toString(), "--lang", "en").out()).contains("2 units, valid");

        JsonNode d = json("units", "diff", before.toString(), after.toString());
        assertThat(d.get("count").asInt()).isEqualTo(d.get("changes").size()).isEqualTo(4);
        assertThat(d.get("changes")).extracting(x -> x.get("type").asText() + " " + x.get("code").asText())
                .containsExactlyInAnyOrder("GONE 445", "GONE 18002", "MOVED 18001", "RENAMED_OR_RECLASSIFIED 18001");
        assertThat(d.get("changes")).filteredOn(x -> x.get("type").asText().startsWith("RENAMED")).singleElement()
                .satisfies(x -> {
                    assertThat(x.get("oldName").asText()).isEqualTo("Xã Thạch Một");
                    assertThat(x.get("newParent").asText()).isEqualTo("42");
                });
        assertThat(Run.of("units", "diff", before.toString(), after.toString(), "--lang", "en").out())
                .contains("4 changes", "renamed or reclassified 18001 Xã Thạch Một -> Xã Thạch Mới (under 445 -> 42)");
        JsonNode shipped = json("units", "diff", "2024-11-01", "2025-03-01");
        assertThat(shipped.get("count").asInt()).isEqualTo(47);
        assertThat(Run.of("units", "diff", "2024-11-01", "2025-03-01").out()).contains("47 thay đổi");
    }

    @Test
    void lineageAndCarryOfTwoUnits() {
        JsonNode l = json("units", "lineage", "18409");
        JsonNode last = l.get("versions").get(l.get("versions").size() - 1);
        assertThat(last.get("name").asText()).isEqualTo("Xã Hồng Lộc");
        assertThat(last.get("validUntil").isNull()).isTrue();
        assertThat(last.get("predecessors")).extracting(p -> p.get("code").asText() + " " + p.get("cause").asText())
                .contains("18412 MERGED", "18409 MERGED");
        JsonNode other = json("units", "lineage", "18412");
        assertThat(other.get("versions").get(other.get("versions").size() - 1).get("successors"))
                .extracting(s -> s.get("code").asText() + " " + s.get("share").asText()).containsExactly("18409 FULL");

        String[] carry = {"units", "carry", "--statuses", EX + "statuses-ha-tinh-2024.csv", "--unit", "18409", "--lang", "en"};
        JsonNode c = json(carry);
        String text = Run.of(carry).out();
        assertThat(c.get("carryOvers")).isNotEmpty().allSatisfy(x -> {
            assertThat(x.get("code").asText()).isEqualTo("18409");
            assertThat(x.get("outcome").asText()).isEqualTo("REACKNOWLEDGEMENT_REQUIRED");
            assertThat(text).contains(x.get("explanationEn").asText());
        });
        JsonNode all = json("units", "carry", "--statuses", EX + "statuses-ha-tinh-2024.csv", "--policy",
                "ALL_FULL_PREDECESSORS");
        assertThat(all.get("policy").asText()).isEqualTo("ALL_FULL_PREDECESSORS");
        assertThat(all.get("carryOvers")).anySatisfy(x -> {
            assertThat(x.get("code").asText()).isEqualTo("18409");
            assertThat(x.get("standard").asText()).isEqualTo("commune-advanced");
            assertThat(x.get("carriedOver").asBoolean())
                    .isEqualTo(x.get("outcome").asText().equals("CARRIED_OVER"));
        });
    }

    /** The exact fraction of a rate is disbursed/plan, and its percent that fraction half-up at two digits. */
    private static void assertRateIs(JsonNode row) {
        BigInteger n = new BigInteger(row.get("rate").get("numerator").asText());
        BigInteger d = new BigInteger(row.get("rate").get("denominator").asText());
        BigInteger disbursed = BigInteger.valueOf(row.get("disbursed").asLong());
        BigInteger plan = BigInteger.valueOf(row.get("plan").asLong());
        assertThat(disbursed.multiply(d)).isEqualTo(plan.multiply(n));
        assertThat(new java.math.BigDecimal(disbursed.multiply(BigInteger.valueOf(100))).divide(
                new java.math.BigDecimal(plan), 2, java.math.RoundingMode.HALF_UP).toPlainString())
                .isEqualTo(row.get("rate").get("percent").asText());
    }

    static JsonNode json(String... args) {
        Run r = Run.of(join(args, new String[] {"--format", "json"}));
        assertThat(r.code()).as(r.err()).isZero();
        try {
            return STRICT.readTree(r.out());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String[] join(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
