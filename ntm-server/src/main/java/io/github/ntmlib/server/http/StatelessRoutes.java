package io.github.ntmlib.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.claims.ReportClaims;
import io.github.ntmlib.claims.io.CheckReportJson;
import io.github.ntmlib.finance.allocation.Allocation;
import io.github.ntmlib.finance.allocation.ApportionmentMethod;
import io.github.ntmlib.finance.allocation.Claimant;
import io.github.ntmlib.finance.io.AllocationJson;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.io.RatingJson;
import io.github.ntmlib.ocop.io.ScorecardCsv;
import io.github.ntmlib.ocop.rating.CouncilResult;
import io.github.ntmlib.ocop.rating.Rater;
import io.github.ntmlib.ocop.rating.RatingAuthority;
import io.github.ntmlib.ocop.sheet.Sheet;
import io.github.ntmlib.ocop.sheet.SheetCatalog;
import io.github.ntmlib.server.ServerConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Stateless calls: the library's computations on what the request carries, nothing stored. OCOP
 * rating (ntm.ocop-rating/1), finance allocation (ntm.finance-allocation/1) and the check of a
 * report's text (ntm.check-report/1). They need the reader role (or none with anonymous reads).
 */
public final class StatelessRoutes implements RouteModule {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OCOP = ApiRoutes.PREFIX + "/ocop/rating";
    private static final String ALLOCATION = ApiRoutes.PREFIX + "/finance/allocation";
    private static final String CHECK = ApiRoutes.PREFIX + "/check-report";

    private final ServerConfig config;

    /**
     * The stateless calls.
     *
     * @param config the configuration (body limit)
     */
    public StatelessRoutes(ServerConfig config) {
        this.config = config;
    }

    @Override
    public Access.@Nullable Need need(String method, String path) {
        return path.equals(OCOP) || path.equals(ALLOCATION) || path.equals(CHECK) ? Access.Need.READ : null;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(OCOP, this::ocop);
        routes.post(ALLOCATION, this::allocation);
        routes.post(CHECK, this::check);
    }

    private static InvalidDataException bad(String field, Labels reason) {
        return new InvalidDataException(SourcePosition.API, null, field, reason);
    }

    private static void document(Context ctx, String json) {
        ctx.status(200).contentType("application/json").result(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The body as UTF-8 text, within the body limit. */
    private String text(Context ctx, String source) {
        byte[] bytes;
        try (InputStream in = ctx.bodyInputStream()) {
            bytes = in.readNBytes((int) Math.min(config.maxBodyBytes() + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > config.maxBodyBytes()) {
            throw new Problems.TooLarge(config.maxBodyBytes());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidDataException(SourcePosition.of(source), null, null, Labels.of(
                    "nội dung không phải văn bản UTF-8 (bảng mã không đúng)", "the body is not UTF-8 text (wrong encoding)"));
        }
    }

    private static String query(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isEmpty()) {
            throw bad(name, Labels.of("thiếu tham số bắt buộc", "a required parameter is missing"));
        }
        return v;
    }

    /** POST ocop/rating?sheet=N&product=NAME&date=DATE[&council=PROVINCE]: a council's scorecard CSV rated. */
    private void ocop(Context ctx) {
        int number;
        try {
            number = Integer.parseInt(query(ctx, "sheet"));
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1 || number > 26) {
            throw bad("sheet", Labels.of("phiếu chấm điểm là số nguyên từ 1 đến 26", "the scoring sheet is 1 to 26"));
        }
        String product = query(ctx, "product");
        if (product.length() > 200) {
            throw bad("product", Labels.of("tên sản phẩm quá dài", "the product's name is too long"));
        }
        LocalDate date;
        try {
            date = LocalDate.parse(query(ctx, "date"));
        } catch (DateTimeParseException e) {
            throw bad("date", Labels.of("ngày phải viết yyyy-mm-dd", "the date is yyyy-mm-dd"));
        }
        String councilText = ctx.queryParam("council");
        RatingAuthority council;
        try {
            council = councilText == null ? RatingAuthority.PROVINCE
                    : RatingAuthority.valueOf(councilText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad("council", Labels.of("hội đồng là DISTRICT, PROVINCE hoặc CENTRAL",
                    "the council is DISTRICT, PROVINCE or CENTRAL"));
        }
        Sheet sheet = SheetCatalog.of(Instrument.QD_26_2026).sheet(number);
        String source = "scorecard.csv";
        CouncilResult result = new CouncilResult(product, council, date,
                ScorecardCsv.read(new StringReader(text(ctx, source)), source, sheet, product));
        StringWriter out = new StringWriter();
        RatingJson.write(result, Rater.standard().rate(result), out);
        document(ctx, out.toString());
    }

    /** POST finance/allocation {pool, points: {unit: points}, method}: a pool apportioned exactly. */
    private void allocation(Context ctx) {
        JsonNode body;
        try {
            body = JSON.readTree(text(ctx, "allocation.json"));
        } catch (IOException e) {
            throw bad("body", Labels.of("nội dung không phải JSON hợp lệ", "the body is not valid JSON"));
        }
        if (body == null || !body.isObject() || !body.path("pool").isTextual() || !body.path("points").isObject()) {
            throw bad("body", Labels.of("nội dung là đối tượng JSON có trường 'pool' (chuỗi) và 'points' (đối tượng)",
                    "the body is a JSON object with 'pool' (a string) and 'points' (an object)"));
        }
        Vnd pool = Vnd.parse(body.get("pool").asText(), SourcePosition.of("pool"), null, "pool");
        List<Claimant> claimants = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : body.get("points").properties()) {
            if (!e.getValue().isTextual() && !e.getValue().isNumber()) {
                throw bad("points", Labels.of("điểm của mỗi đơn vị là một số", "each unit's points are a number"));
            }
            BigDecimal points = Figures.parse(e.getValue().isNumber() ? e.getValue().decimalValue().toPlainString()
                    : e.getValue().asText(), NumberStyle.PLAIN, SourcePosition.of("points"), e.getKey(), "points");
            claimants.add(Claimant.withPoints(e.getKey(), "points", points));
        }
        ApportionmentMethod method;
        try {
            method = body.hasNonNull("method") ? ApportionmentMethod.valueOf(body.get("method").asText())
                    : ApportionmentMethod.LARGEST_REMAINDER;
        } catch (IllegalArgumentException e) {
            throw bad("method", Labels.of("cách chia là LARGEST_REMAINDER, D_HONDT hoặc SAINTE_LAGUE",
                    "the method is LARGEST_REMAINDER, D_HONDT or SAINTE_LAGUE"));
        }
        StringWriter out = new StringWriter();
        AllocationJson.write(Allocation.of(pool, claimants, method), out);
        document(ctx, out.toString());
    }

    /** POST check-report (text/plain, UTF-8): the report's figures rechecked. */
    private void check(Context ctx) {
        String text = text(ctx, "report.txt");
        StringWriter out = new StringWriter();
        CheckReportJson.write(text, ReportClaims.scan(text), Problems.language(ctx), out);
        document(ctx, out.toString());
    }
}
