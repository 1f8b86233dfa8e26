package io.github.ntmlib.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.io.DataCsv;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.core.locality.io.LocalityJson;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.core.report.io.EvaluationJson;
import io.github.ntmlib.server.store.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The server end to end over HTTP, on the database {@link #config()} gives: import, evaluate, read,
 * compare against the library's in-process evaluation; idempotent and conflicting imports; tokens;
 * limits; SQL-looking input. Every response is checked against docs/openapi/ntm-server.yaml.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerContract {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String API = "/api/v1";
    static final int UPLOAD_LIMIT = 3 * 1024 * 1024;

    NtmServer server;
    Http http;
    String admin;
    String importer;
    String reader;

    abstract ServerConfig config();

    @BeforeAll
    void start() {
        server = NtmServer.start(config().withLimits(UPLOAD_LIMIT, 16 * 1024));
        http = new OpenApiCheckedHttp(server.url());
        admin = server.store().tokens().create(Role.ADMIN, "test admin", "test");
        importer = server.store().tokens().create(Role.IMPORTER, "test importer", "test");
        reader = server.store().tokens().create(Role.READER, "test reader", "test");
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = NtmServer.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    static JsonNode json(Http.Response r) throws IOException {
        return JSON.readTree(r.body());
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    Http.Response upload(String kind, String target, String file, byte[] body, String token) {
        return http.post(API + "/imports?kind=" + kind + "&target=" + target + "&file=" + file, token,
                "application/octet-stream", body);
    }

    Http.Response run(String hierarchy, String dataset, String asOf) {
        return run(hierarchy, dataset, asOf, "{\"commune-ntm\":5}");
    }

    Http.Response run(String hierarchy, String dataset, String asOf, String plans) {
        String body = "{\"hierarchy\":\"" + hierarchy + "\",\"dataset\":\"" + dataset + "\",\"asOf\":\"" + asOf
                + "\",\"plans\":" + plans + "}";
        return http.post(API + "/runs?wait=120000", importer, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    void haTinh() {
        StringWriter history = new StringWriter();
        LocalityJson.write(GsoLists.haTinh(), history);
        Http.Response r = upload("hierarchy", "ha_tinh", "ha_tinh.history.json",
                history.toString().getBytes(StandardCharsets.UTF_8), importer);
        assertThat(r.status()).as(r.body()).isIn(200, 201);
    }

    /** What the library gives in process for the same inputs. */
    static String inProcess(byte[] statuses, String file, LocalDate asOf) {
        CriteriaRegistry registry = CriteriaRegistry.load();
        CriteriaSet set = registry.pick(asOf.getYear(), asOf).set();
        var register = StatusRegister.of(DataCsv.readStatuses(new StringReader(new String(statuses,
                StandardCharsets.UTF_8)), file));
        Evaluation e = Evaluator.of(set).evaluate(EvaluationRequest.of(asOf, asOf.getYear(), CountingMode.OFFICIAL),
                registry.classify(GsoLists.haTinh().asOf(asOf)), Dataset.empty(), register);
        StringWriter out = new StringWriter();
        EvaluationJson.write(e, java.util.List.of(new io.github.ntmlib.core.report.Plan("42", "commune-ntm",
                java.util.Set.of(io.github.ntmlib.core.locality.UnitKind.COMMUNE), asOf.getYear(), 5)),
                EvaluationJson.Form.FULL, out);
        return out.toString();
    }

    @Test
    void importEvaluateReadCompareGivesTheLibrarysResults() throws Exception {
        haTinh();
        byte[] s2024 = resource("demo/statuses-ha-tinh-2024.csv");
        byte[] s2025 = resource("demo/statuses-ha-tinh-2025.csv");
        assertThat(upload("statuses", "e2024", "statuses-ha-tinh-2024.csv", s2024, importer).status()).isEqualTo(201);
        assertThat(upload("statuses", "e2025", "statuses-ha-tinh-2025.csv", s2025, importer).status()).isEqualTo(201);

        Http.Response first = run("ha_tinh", "e2024", "2024-12-31");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode run2024 = json(first);
        assertThat(run2024.get("status").asText()).as(first.body()).isEqualTo("FINISHED");
        JsonNode run2025 = json(run("ha_tinh", "e2025", "30/09/2025"));
        assertThat(run2025.get("status").asText()).isEqualTo("FINISHED");

        // the stored results are the library's, to the byte: same digest as the in-process document
        assertThat(run2024.get("resultsDigest").asText()).isEqualTo(sha256(inProcess(s2024, "statuses-ha-tinh-2024.csv",
                LocalDate.of(2024, 12, 31))));
        // same inputs, same results
        JsonNode again = json(run("ha_tinh", "e2024", "2024-12-31"));
        assertThat(again.get("resultsDigest").asText()).isEqualTo(run2024.get("resultsDigest").asText());
        assertThat(again.get("inputsDigest").asText()).isEqualTo(run2024.get("inputsDigest").asText());

        long id = run2024.get("id").asLong();
        assertThat(json(http.get(API + "/runs/" + id, reader)).get("resultsDigest").asText())
                .isEqualTo(run2024.get("resultsDigest").asText());
        JsonNode summary = json(http.get(API + "/runs/" + id + "/summary", reader));
        assertThat(summary.get("schema").asText()).isEqualTo("ntm.evaluation/3");
        assertThat(summary.get("form").asText()).isEqualTo("summary");

        JsonNode en = json(http.get(API + "/runs/" + id + "/units/18409?lang=en", reader));
        assertThat(en.get("standards").get(0).get("criteria").size()).isPositive();
        JsonNode vi = json(http.get(API + "/runs/" + id + "/units/18409?lang=vi", reader));
        assertThat(vi.get("standards").get(0).get("explanation").asText())
                .isNotEqualTo(en.get("standards").get(0).get("explanation").asText());

        JsonNode tallies = json(http.get(API + "/runs/" + id + "/tallies?unit=42&standard=commune-ntm", reader));
        assertThat(tallies.get("items").size()).isPositive();
        assertThat(tallies.get("items").get(0).get("unit").asText()).isEqualTo("42");
        JsonNode progress = json(http.get(API + "/runs/" + id + "/progress", reader));
        assertThat(progress.get("items").get(0).get("target").asInt()).isEqualTo(5);
        assertThat(http.get(API + "/runs/" + id + "/closest?standard=commune-ntm&limit=2", reader).status())
                .isEqualTo(200);

        Http.Response compared = http.get(API + "/comparisons?from=" + id + "&to=" + run2025.get("id").asLong(), reader);
        assertThat(compared.status()).as(compared.body()).isEqualTo(200);
        assertThat(json(compared).get("schema").asText()).isEqualTo("ntm.comparison/1");

        assertThat(http.get(API + "/runs?limit=2", reader).status()).isEqualTo(200);
        assertThat(http.get(API + "/hierarchies", reader).status()).isEqualTo(200);
        assertThat(json(http.get(API + "/hierarchies/ha_tinh/units?asOf=2024-12-31&limit=5", reader)).get("items").size())
                .isEqualTo(5);
        assertThat(http.get(API + "/datasets", reader).status()).isEqualTo(200);
        assertThat(http.get(API + "/overlays", reader).status()).isEqualTo(200);
    }

    @Test
    void theSameFileTwiceAddsNothingAndGivesTheFirstBatch() throws Exception {
        byte[] file = "unit,standard,step,date,decision,authority\n18001,commune-ntm,RECOGNISED,2023-05-04,1/QĐ,UBND\n"
                .getBytes(StandardCharsets.UTF_8);
        Http.Response a = upload("statuses", "twice", "s.csv", file, importer);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        long total = json(http.get(API + "/batches", reader)).get("total").asLong();
        Http.Response b = upload("statuses", "twice", "s-copy.csv", file, importer);
        assertThat(b.status()).isEqualTo(200);
        assertThat(json(b).get("id").asLong()).isEqualTo(json(a).get("id").asLong());
        assertThat(json(b).get("created").asBoolean()).isFalse();
        assertThat(json(b).get("fileName").asText()).isEqualTo("s.csv");
        assertThat(json(http.get(API + "/batches", reader)).get("total").asLong()).isEqualTo(total);
    }

    @Test
    void aConflictingRowAtTheEndNamesFileAndLineAndLeavesNoPartialBatch() throws Exception {
        String header = "unit,standard,step,date,decision,authority\n";
        assertThat(upload("statuses", "conflict", "first.csv", (header
                + "18001,commune-ntm,RECOGNISED,2023-05-04,1/QĐ,UBND\n").getBytes(StandardCharsets.UTF_8), importer)
                .status()).isEqualTo(201);
        long batches = json(http.get(API + "/batches", reader)).get("total").asLong();
        JsonNode before = datasetRows("conflict");
        // two new rows, then one contradicting the stored decision: the transaction is killed at line 4
        Http.Response r = upload("statuses", "conflict", "second.csv", (header
                + "18002,commune-ntm,RECOGNISED,2023-06-01,2/QĐ,UBND\n"
                + "18003,commune-ntm,RECOGNISED,2023-06-02,3/QĐ,UBND\n"
                + "18001,commune-ntm,RECOGNISED,2023-05-04,99/QĐ,UBND\n").getBytes(StandardCharsets.UTF_8), importer);
        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode p = json(r);
        assertThat(p.get("file").asText()).isEqualTo("second.csv");
        assertThat(p.get("line").asInt()).isEqualTo(4);
        assertThat(p.get("field").asText()).isEqualTo("decision");
        assertThat(p.get("detail").asText()).contains("second.csv", "dòng này mâu thuẫn với dữ liệu đã lưu")
                .doesNotContain("Exception", "at io.");
        assertThat(json(http.get(API + "/batches", reader)).get("total").asLong()).isEqualTo(batches);
        assertThat(datasetRows("conflict")).isEqualTo(before);
    }

    @Test
    void aBadRowIsTheLibrarysErrorWithFileLineAndFieldInTheCallersLanguage() throws Exception {
        Http.Response r = http.post(API + "/imports?kind=statuses&target=bad&file=bad.csv&lang=en", importer,
                "text/csv", ("unit,standard,step,date,decision,authority\n"
                        + "18001,commune-ntm,RECOGNISED,31-02-2024,1/QĐ,UBND\n").getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonNode p = json(r);
        assertThat(p.get("file").asText()).isEqualTo("bad.csv");
        assertThat(p.get("line").asInt()).isEqualTo(2);
        assertThat(p.get("field").asText()).isEqualTo("date");
        assertThat(p.get("messages").get("vi").asText()).isNotEqualTo(p.get("messages").get("en").asText());
        assertThat(p.get("detail").asText()).isEqualTo(p.get("messages").get("en").asText());
    }

    private JsonNode datasetRows(String name) throws IOException {
        for (JsonNode d : json(http.get(API + "/datasets", reader)).get("items")) {
            if (d.get("name").asText().equals(name)) {
                return d;
            }
        }
        return JSON.nullNode();
    }

    @Test
    void writesNeedATokenWithTheRole() throws Exception {
        byte[] file = "unit,standard,step,date,decision,authority\n".getBytes(StandardCharsets.UTF_8);
        Http.Response none = upload("statuses", "tok", "t.csv", file, null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(json(none).get("detail").asText()).isEqualTo("cần mã truy cập (Authorization: Bearer <mã>)");
        assertThat(upload("statuses", "tok", "t.csv", file, "ntm_wrong").status()).isEqualTo(401);
        assertThat(upload("statuses", "tok", "t.csv", file, reader).status()).isEqualTo(403);
        assertThat(http.get(API + "/batches", null).status()).isEqualTo(401);
        assertThat(http.post(API + "/tokens", importer, "application/json",
                "{\"role\":\"admin\",\"label\":\"x\"}".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
        Http.Response created = http.post(API + "/tokens", admin, "application/json",
                "{\"role\":\"reader\",\"label\":\"portal\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).isEqualTo(201);
        assertThat(http.get(API + "/batches", json(created).get("token").asText()).status()).isEqualTo(200);
        assertThat(http.get(API + "/health", null).status()).isEqualTo(200);
    }

    @Test
    void anOversizeUploadIs413AndWritesNothing() throws Exception {
        long total = json(http.get(API + "/batches", reader)).get("total").asLong();
        byte[] big = new byte[UPLOAD_LIMIT + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        Http.Response r = http.postLarge(API + "/imports?kind=statuses&target=big&file=big.csv", importer,
                "application/octet-stream", big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(json(http.get(API + "/batches", reader)).get("total").asLong()).isEqualTo(total);
    }

    @Test
    void sqlLookingInputIsRejectedOrStoredVerbatim() throws Exception {
        long total = json(http.get(API + "/batches", reader)).get("total").asLong();
        // a name with quotes is refused before anything is read
        Http.Response bad = upload("statuses", "x%27%3B%20DROP%20TABLE%20audit%3B--", "a.csv",
                "unit,standard,step,date,decision,authority\n".getBytes(StandardCharsets.UTF_8), importer);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(json(http.get(API + "/batches", reader)).get("total").asLong()).isEqualTo(total);
        // quotes in a file name and in cells are data: stored as they are
        String file = "s%27);%20DROP%20TABLE%20import_batch;--.csv";
        Http.Response ok = upload("statuses", "sql", file, ("unit,standard,step,date,decision,authority\n"
                + "18001,commune-ntm,RECOGNISED,2023-05-04,\"1'); DELETE FROM audit;--\",UBND\n")
                .getBytes(StandardCharsets.UTF_8), importer);
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(json(ok).get("fileName").asText()).isEqualTo("s'); DROP TABLE import_batch;--.csv");
        assertThat(json(http.get(API + "/batches", reader)).get("total").asLong()).isEqualTo(total + 1);
        assertThat(datasetRows("sql").get("statuses").asLong()).isEqualTo(1);
        JsonNode audit = json(http.get(API + "/audit?limit=1", admin)).get("items").get(0);
        assertThat(audit.get("detail").asText()).contains("s'); DROP TABLE import_batch;--.csv");
        assertThat(audit.get("actor").asText()).isEqualTo("test importer");
    }

    @Test
    void unknownThingsAre404Problems() throws Exception {
        Http.Response r = http.get(API + "/runs/999999", reader);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(http.get(API + "/runs/abc", reader).status()).isEqualTo(400);
        assertThat(http.get(API + "/hierarchies/nowhere/units", reader).status()).isEqualTo(404);
        long runs = json(http.get(API + "/runs", reader)).get("total").asLong();
        Http.Response noData = run("nowhere", "nothing", "2024-12-31");
        assertThat(noData.status()).isEqualTo(404);
        assertThat(json(noData).get("field").asText()).isEqualTo("hierarchy");
        assertThat(json(http.get(API + "/runs", reader)).get("total").asLong()).isEqualTo(runs);
    }

    @Test
    void aPlanIsComputedOnARunsOwnInputsAndRefusedOnceTheyChanged() throws Exception {
        haTinh();
        CriteriaSet set = CriteriaRegistry.load().pick(2024, LocalDate.of(2024, 12, 31)).set();
        java.util.List<String> basic = set.standard("commune-ntm").orElseThrow().criteria().stream()
                .filter(c -> !(c instanceof io.github.ntmlib.core.criteria.AggregateCriterion)).map(c -> c.code()).toList();
        java.util.List<String> advanced = set.standard("commune-advanced").orElseThrow().criteria().stream()
                .filter(c -> !(c instanceof io.github.ntmlib.core.criteria.AggregateCriterion)).map(c -> c.code()).toList();
        java.util.List<String> communes = GsoLists.haTinh().asOf(LocalDate.of(2024, 12, 31))
                .units(io.github.ntmlib.core.locality.UnitKind.COMMUNE).stream().map(u -> u.code()).sorted().limit(4)
                .toList();
        StringBuilder csv = new StringBuilder("unit,standard,criterion,assessment,completion_low,completion_high,date,"
                + "reporter,reference\n");
        for (int i = 0; i < communes.size(); i++) {
            for (String c : basic) {
                csv.append(communes.get(i)).append(",commune-ntm,").append(c).append(",đạt,,,2024-12-01,Sở,BC\n");
            }
            for (int k = 0; k < advanced.size(); k++) {
                // two communes miss the first criterion, two the first and the second
                boolean missing = k == 0 || (k == 1 && i >= 2);
                csv.append(communes.get(i)).append(",commune-advanced,").append(advanced.get(k))
                        .append(missing ? ",chưa đạt" : ",đạt").append(",,,2024-12-01,Sở,BC\n");
            }
        }
        assertThat(upload("outcomes", "plan2024", "outcomes.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                importer).status()).isEqualTo(201);
        JsonNode run = json(run("ha_tinh", "plan2024", "2024-12-31"));
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("FINISHED");
        long id = run.get("id").asLong();
        String body = "{\"scope\":\"42\",\"goals\":[{\"standard\":\"commune-advanced\",\"target\":\"+3\"}],"
                + "\"budget\":10000000000,\"costs\":{\"schema\":\"ntm.plan-costs/1\",\"synthetic\":true,"
                + "\"criteria\":[{\"standard\":\"commune-advanced\",\"criterion\":\"" + advanced.get(0)
                + "\",\"cost\":1000000000},{\"standard\":\"commune-advanced\",\"criterion\":\"" + advanced.get(1)
                + "\",\"cost\":2000000000}]}}";
        // a reader may ask (nothing is stored); the cheapest three: 1 + 1 + 3 billion
        Http.Response plan = http.post(API + "/runs/" + id + "/plan", reader, "application/json",
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        JsonNode p = json(plan);
        assertThat(p.get("schema").asText()).isEqualTo("ntm.plan/1");
        assertThat(p.get("status").asText()).isEqualTo("COMPLETE");
        assertThat(p.get("cost").asLong()).isEqualTo(5_000_000_000L);
        assertThat(p.get("units").size()).isEqualTo(3);
        assertThat(p.get("units").get(0).get("unit").asText()).isEqualTo(communes.get(0));
        Http.Response text = http.post(API + "/runs/" + id + "/plan?format=text&lang=vi", reader, "application/json",
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(text.body()).startsWith("KẾ HOẠCH PHẤN ĐẤU NĂM 2025").contains("5.000 triệu đồng");
        Http.Response badTarget = http.post(API + "/runs/" + id + "/plan?lang=en", reader, "application/json",
                body.replace("+3", "+x").getBytes(StandardCharsets.UTF_8));
        assertThat(badTarget.status()).isEqualTo(400);
        assertThat(json(badTarget).get("field").asText()).isEqualTo("target");
        assertThat(http.post(API + "/runs/" + id + "/plan", null, "application/json",
                body.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(401);
        // new data in the run's dataset: the run's inputs are gone, a plan on them is refused
        assertThat(upload("outcomes", "plan2024", "more.csv", (csv.substring(0, csv.indexOf("\n") + 1) + communes.get(0)
                + ",commune-advanced," + advanced.get(2) + ",chưa đạt,,,2024-12-02,Sở,BC\n").getBytes(StandardCharsets.UTF_8),
                importer).status()).isEqualTo(201);
        Http.Response changed = http.post(API + "/runs/" + id + "/plan", reader, "application/json",
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(changed.status()).as(changed.body()).isEqualTo(409);
    }

    @Test
    void statelessCallsGiveTheLibrarysDocuments() throws Exception {
        java.nio.file.Path examples = java.nio.file.Path.of("..", "docs", "examples");
        String product = java.net.URLEncoder.encode("Bưởi Phúc Trạch", StandardCharsets.UTF_8);
        Http.Response rating = http.post(API + "/ocop/rating?sheet=1&date=2026-06-01&product=" + product, reader,
                "text/csv", java.nio.file.Files.readAllBytes(examples.resolve("ocop-council.csv")));
        assertThat(rating.status()).as(rating.body()).isEqualTo(200);
        assertThat(json(rating).get("schema").asText()).isEqualTo("ntm.ocop-rating/1");

        Http.Response allocation = http.post(API + "/finance/allocation", reader, "application/json",
                "{\"pool\":\"1.000 triệu đồng\",\"points\":{\"42\":\"9\",\"40\":11}}".getBytes(StandardCharsets.UTF_8));
        assertThat(allocation.status()).as(allocation.body()).isEqualTo(200);
        assertThat(json(allocation).get("schema").asText()).isEqualTo("ntm.finance-allocation/1");

        Http.Response check = http.post(API + "/check-report?lang=vi", reader, "text/plain",
                java.nio.file.Files.readAllBytes(examples.resolve("report.txt")));
        assertThat(check.status()).as(check.body()).isEqualTo(200);
        assertThat(json(check).get("schema").asText()).isEqualTo("ntm.check-report/1");

        Http.Response badSheet = http.post(API + "/ocop/rating?sheet=99&date=2026-06-01&product=x", reader, "text/csv",
                new byte[0]);
        assertThat(badSheet.status()).isEqualTo(400);
        assertThat(json(badSheet).get("field").asText()).isEqualTo("sheet");
        Http.Response badRow = http.post(API + "/ocop/rating?sheet=1&date=2026-06-01&product=x", reader, "text/csv",
                "evaluator,criterion,option,points,knock_out\nA,99.9,3,,\n".getBytes(StandardCharsets.UTF_8));
        assertThat(badRow.status()).as(badRow.body()).isEqualTo(422);
        assertThat(json(badRow).get("line").asInt()).isEqualTo(2);
        assertThat(http.post(API + "/check-report", null, "text/plain", new byte[] {'x'}).status()).isEqualTo(401);
    }

    @Test
    void aWorkbookIsReadByTheLibrarysWorkbookReadersAndEvaluatedAsInProcess() throws Exception {
        String file = "ho-so-ha-tinh-2024.xlsx";
        byte[] book = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("..", "docs", "examples", file));
        LocalDate date = LocalDate.of(2024, 12, 31);
        Http.Response units = http.post(API + "/imports?kind=hierarchy&target=xlsx&file=" + file + "&validFrom=" + date,
                importer, "application/octet-stream", book);
        assertThat(units.status()).as(units.body()).isEqualTo(201);
        for (String kind : new String[] {"observations", "outcomes", "statuses"}) {
            Http.Response r = upload(kind, "xlsx-data", file, book, importer);
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            assertThat(json(r).get("rowCount").asInt()).isPositive();
        }
        JsonNode run = json(run("xlsx", "xlsx-data", date.toString(), "{}"));
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("FINISHED");

        var workbook = io.github.ntmlib.intake.XlsxReader.read(new java.io.ByteArrayInputStream(book), file,
                io.github.ntmlib.intake.WorkbookLimits.defaults());
        CriteriaRegistry registry = CriteriaRegistry.load();
        Dataset.Builder data = Dataset.builder();
        data.addAll(io.github.ntmlib.intake.WorkbookInputs.observations(workbook, null, null).value());
        data.addAllOutcomes(io.github.ntmlib.intake.WorkbookInputs.outcomes(workbook, null, null).value());
        Evaluation e = Evaluator.of(registry.pick(2024, date).set()).evaluate(EvaluationRequest.of(date, 2024,
                CountingMode.OFFICIAL), registry.classify(io.github.ntmlib.intake.WorkbookInputs.units(workbook, null, date)
                .value()), data.build(), StatusRegister.of(io.github.ntmlib.intake.WorkbookInputs.statuses(workbook, null)
                .value()));
        assertThat(run.get("resultsDigest").asText()).isEqualTo(sha256(EvaluationJson.toJson(e, EvaluationJson.Form.FULL)));
    }
}
