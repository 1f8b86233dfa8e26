import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.NumberStyle;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.core.criteria.io.CriteriaJson;
import io.github.ntmlib.core.data.io.DataCsv;
import io.github.ntmlib.core.locality.ClassificationScheme;
import io.github.ntmlib.core.locality.io.ChangesCsv;
import io.github.ntmlib.core.locality.io.ClassificationCsv;
import io.github.ntmlib.core.locality.io.LocalityJson;
import io.github.ntmlib.core.locality.io.MergeMapCsv;
import io.github.ntmlib.core.locality.io.UnitsCsv;
import io.github.ntmlib.claims.ReportClaims;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import io.github.ntmlib.finance.allocation.CommuneCoefficients;
import io.github.ntmlib.finance.disbursement.DeadlineRules;
import io.github.ntmlib.finance.disbursement.LedgerCsv;
import io.github.ntmlib.finance.money.Rate;
import io.github.ntmlib.finance.money.ReportUnit;
import io.github.ntmlib.finance.money.Vnd;
import io.github.ntmlib.finance.plan.CapitalSource;
import io.github.ntmlib.finance.support.CementNorms;
import io.github.ntmlib.finance.support.CementProgress;
import io.github.ntmlib.finance.support.CementWork;
import io.github.ntmlib.finance.support.CounterpartRules;
import io.github.ntmlib.finance.support.PilotModelCeilings;
import io.github.ntmlib.finance.support.RewardPolicy;
import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.certificate.ProductCode;
import io.github.ntmlib.ocop.io.CertificateCsv;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The closing table of issue 15: for every public reader and parser, N mutated inputs (from the
 * fuzz seeds: byte edits, truncation, line drops, swaps and duplicates, column drops, 1 MiB fields,
 * invalid UTF-8, BOMs, unbalanced quotes, long and exponent numbers, invalid dates, deep nesting,
 * nulls), each classified as accepted, typed error, untyped error, over the time bound or out of
 * memory; every seed (the project's data and the breach inputs) is tried unmutated first. Run against a build of main and of the fuzz branch with the same seeds and random seed:
 *
 *   java -Xmx512m -cp <module classes and dependencies> tools/reader-table/ReaderTable.java <repo> [N] [bound ms]
 *
 * (one stuck input's thread is abandoned; the JVM exits at the end).
 */
public final class ReaderTable {

    private static final byte[] MIB = "9".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
    private static final String[] TOKENS = {"1e999999999", "99999999999999999999", "-0", "2025-02-30", "+999999999-12-31",
        "null", "\"", ",", ",,,", "\uFEFF", "1.".repeat(2000) + "x", "{}", "[]", "\u00a0", "0,0", "1e-999999999", "NaN"};

    record Target(String module, String dir, Consumer<byte[]> read) {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        long bound = args.length > 2 ? Long.parseLong(args[2]) : 2000;
        Map<String, Target> targets = targets();
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        System.out.println("| entry point | inputs | accepted | typed | untyped | over " + bound + " ms | OOM | untyped kinds |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---|");
        for (Map.Entry<String, Target> e : targets.entrySet()) {
            List<byte[]> seeds = seeds(repo.resolve(e.getValue().module()).resolve("src/test/resources").resolve(e.getValue().dir()));
            Random random = new Random(15);
            int accepted = 0, typed = 0, untyped = 0, slow = 0, oom = 0;
            Map<String, Integer> kinds = new LinkedHashMap<>();
            int total = seeds.size() + n;
            for (int i = 0; i < total; i++) {
                // every seed as it is first (the breach inputs of issue 15 are among them), then N mutants
                byte[] input = i < seeds.size() ? seeds.get(i) : mutate(seeds.get(random.nextInt(seeds.size())), random);
                Future<String> f = pool.submit(() -> {
                    try {
                        e.getValue().read().accept(input);
                        return "ok";
                    } catch (InvalidDataException x) {
                        return "typed";
                    } catch (OutOfMemoryError x) {
                        return "oom";
                    } catch (Throwable x) {
                        return x.getClass().getSimpleName();
                    }
                });
                String r;
                try {
                    r = f.get(bound, TimeUnit.MILLISECONDS);
                } catch (TimeoutException x) {
                    f.cancel(true);
                    r = "slow";
                } catch (java.util.concurrent.ExecutionException x) {
                    r = x.getCause().getClass().getSimpleName();
                }
                switch (r) {
                    case "ok" -> accepted++;
                    case "typed" -> typed++;
                    case "slow" -> slow++;
                    case "oom" -> oom++;
                    default -> {
                        untyped++;
                        kinds.merge(r, 1, Integer::sum);
                    }
                }
            }
            System.out.println("| " + e.getKey() + " | " + total + " | " + accepted + " | " + typed + " | " + untyped + " | "
                    + slow + " | " + oom + " | " + kinds + " |");
        }
        System.exit(0);
    }

    private static List<byte[]> seeds(Path dir) throws Exception {
        List<byte[]> list = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                list.add(Files.readAllBytes(p));
            }
        }
        return list;
    }

    private static byte[] mutate(byte[] seed, Random r) {
        String text = new String(seed, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int kind = r.nextInt(14);
        switch (kind) {
            case 0 -> { // byte edits
                byte[] b = seed.clone();
                for (int k = 0; k < 1 + r.nextInt(4) && b.length > 0; k++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
                return b;
            }
            case 1 -> {
                return java.util.Arrays.copyOf(seed, r.nextInt(seed.length + 1));
            }
            case 2 -> lines.remove(r.nextInt(lines.size()));
            case 3 -> java.util.Collections.swap(lines, r.nextInt(lines.size()), r.nextInt(lines.size()));
            case 4 -> lines.add(r.nextInt(lines.size()), lines.get(r.nextInt(lines.size())));
            case 5 -> { // drop a column (a comma) on a line
                int l = r.nextInt(lines.size());
                lines.set(l, lines.get(l).replaceFirst(",", ""));
            }
            case 6 -> { // a 1 MiB field in place of a token
                int at = r.nextInt(seed.length + 1);
                byte[] b = new byte[seed.length + MIB.length];
                System.arraycopy(seed, 0, b, 0, at);
                System.arraycopy(MIB, 0, b, at, MIB.length);
                System.arraycopy(seed, at, b, at + MIB.length, seed.length - at);
                return r.nextInt(4) == 0 ? b : replaceToken(text, "9".repeat(1 + r.nextInt(5000)), r);
            }
            case 7 -> {
                byte[] b = seed.clone();
                if (b.length > 0) {
                    b[r.nextInt(b.length)] = (byte) 0xC3;
                }
                return b;
            }
            case 8 -> {
                return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            }
            case 9 -> {
                return (text.substring(0, r.nextInt(text.length() + 1)) + "\"" + text.substring(r.nextInt(text.length() + 1)))
                        .getBytes(StandardCharsets.UTF_8);
            }
            case 10 -> {
                return replaceToken(text, TOKENS[r.nextInt(TOKENS.length)], r);
            }
            case 11 -> {
                return ("[".repeat(10_000) + text).getBytes(StandardCharsets.UTF_8);
            }
            case 12 -> {
                return new byte[0];
            }
            default -> {
                return replaceToken(text, String.valueOf(r.nextLong()) + "1".repeat(r.nextInt(30)), r);
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** The text with one of its numbers, words or quoted strings replaced. */
    private static byte[] replaceToken(String text, String token, Random r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}.\\-]+").matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return (text + token).getBytes(StandardCharsets.UTF_8);
        }
        int[] s = spans.get(r.nextInt(spans.size()));
        return (text.substring(0, s[0]) + token + text.substring(s[1])).getBytes(StandardCharsets.UTF_8);
    }

    private static Reader reader(byte[] b) {
        return new InputStreamReader(new ByteArrayInputStream(b), StandardCharsets.UTF_8);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static Map<String, Target> targets() throws Exception {
        Map<String, Target> t = new LinkedHashMap<>();
        String base = "io/github/ntmlib/base/FiguresFuzzTestInputs/";
        String loc = "io/github/ntmlib/core/locality/LocalityReadersFuzzTestInputs/";
        String eng = "io/github/ntmlib/core/engine/EngineReadersFuzzTestInputs/";
        String fin = "io/github/ntmlib/finance/FinanceReadersFuzzTestInputs/";
        String ocop = "io/github/ntmlib/ocop/io/OcopReadersFuzzTestInputs/";
        LocalDate date = LocalDate.of(2025, 7, 1);
        t.put("Figures.parse (vi-VN)", new Target("ntm-base", base + "parseViVn", b -> Figures.parse(text(b), NumberStyle.VI_VN)));
        t.put("Figures.parse (plain)", new Target("ntm-base", base + "parsePlain", b -> Figures.parse(text(b), NumberStyle.PLAIN)));
        t.put("UnitsCsv.read", new Target("ntm-core", loc + "unitsCsv", b -> UnitsCsv.read(reader(b), "u.csv", date)));
        t.put("UnitsCsv.readVersions", new Target("ntm-core", loc + "unitVersionsCsv", b -> UnitsCsv.readVersions(reader(b), "v.csv", List.of())));
        t.put("MergeMapCsv.read", new Target("ntm-core", loc + "mergeMapCsv", b -> MergeMapCsv.read(reader(b), "m.csv", date)));
        t.put("ChangesCsv.read", new Target("ntm-core", loc + "changesCsv", b -> ChangesCsv.read(reader(b), "c.csv")));
        t.put("ClassificationCsv.read", new Target("ntm-core", loc + "classificationCsv", b -> ClassificationCsv.read(reader(b), "r.csv",
                new ClassificationScheme("ntm-region", true, java.util.Set.of("BAC_TRUNG_BO", "TAY_NGUYEN"), "regions"), "province_code", "ntm_region")));
        t.put("LocalityJson.readSnapshot", new Target("ntm-core", loc + "snapshotJson", b -> LocalityJson.readSnapshot(reader(b), "s.json")));
        t.put("LocalityJson.readHistory", new Target("ntm-core", loc + "historyJson", b -> LocalityJson.readHistory(reader(b), "h.json")));
        t.put("CriteriaJson.readSet", new Target("ntm-core", eng + "criteriaSetJson", b -> CriteriaJson.readSet(reader(b), "set.json", Map.of())));
        t.put("CriteriaJson.readOverlay", new Target("ntm-core", eng + "overlayJson", b -> CriteriaJson.readOverlay(reader(b), "o.json")));
        t.put("DataCsv.readObservations", new Target("ntm-core", eng + "observationsCsv", b -> DataCsv.readObservations(reader(b), "v.csv")));
        t.put("DataCsv.readOutcomes", new Target("ntm-core", eng + "outcomesCsv", b -> DataCsv.readOutcomes(reader(b), "o.csv")));
        t.put("DataCsv.readStatuses", new Target("ntm-core", eng + "statusesCsv", b -> DataCsv.readStatuses(reader(b), "r.csv")));
        t.put("ReportClaims.scan", new Target("ntm-claims", "io.github.ntmlib.claims.ClaimsFuzzTest#reportClaimsScan", b -> ReportClaims.scan(text(b))));
        t.put("ReportClaims.check", new Target("ntm-claims", "io.github.ntmlib.claims.ClaimsFuzzTest#reportClaimsCheck", b -> ReportClaims.check(new BigDecimal(69), new BigDecimal(169), text(b))));
        t.put("NationalCriteria2021.read", new Target("ntm-criteria-2021-2025", "io/github/ntmlib/criteria2021/Criteria2021FuzzTestInputs/read",
                b -> NationalCriteria2021.read(reader(b), "vn.json")));
        Method sheet = Class.forName("io.github.ntmlib.ocop.sheet.SheetCatalog").getDeclaredMethod("read", java.io.InputStream.class,
                Instrument.class, int.class, String.class);
        sheet.setAccessible(true);
        t.put("SheetCatalog.read (sheet JSON)", new Target("ntm-ocop", "io/github/ntmlib/ocop/sheet/SheetFuzzTestInputs/sheetJson", b -> {
            try {
                sheet.invoke(null, new ByteArrayInputStream(b), Instrument.QD_26_2026, 1, "sheet.json");
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new RuntimeException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }));
        t.put("CertificateCsv.read", new Target("ntm-ocop", ocop + "certificatesCsv", b -> CertificateCsv.read(reader(b), "c.csv")));
        io.github.ntmlib.ocop.sheet.Sheet sheet1 = io.github.ntmlib.ocop.sheet.SheetCatalog.of(Instrument.QD_26_2026).sheet(1);
        t.put("ScorecardCsv.read", new Target("ntm-ocop", ocop + "scorecardCsv",
                b -> io.github.ntmlib.ocop.io.ScorecardCsv.read(reader(b), "s.csv", sheet1, "p")));
        t.put("ProductCode.parse", new Target("ntm-ocop", ocop + "productCode", b -> ProductCode.parse(text(b))));
        t.put("Vnd.parse", new Target("ntm-finance", fin + "vndParse", b -> Vnd.parse(text(b))));
        t.put("Vnd.parse (style, unit)", new Target("ntm-finance", fin + "vndParseInUnit", b -> Vnd.parse(text(b), NumberStyle.VI_VN, ReportUnit.MILLION)));
        t.put("Rate.parsePercent", new Target("ntm-finance", fin + "ratePercent", b -> Rate.parsePercent(text(b), NumberStyle.VI_VN)));
        t.put("CapitalSource.parse", new Target("ntm-finance", fin + "capitalSource", b -> CapitalSource.parse(text(b), SourcePosition.API, null)));
        t.put("CementProgress.parse", new Target("ntm-finance", fin + "cementProgress", b -> {
            String s = text(b);
            int bar = s.indexOf('|');
            CementProgress.parse(CementWork.ROAD, bar < 0 ? s : s.substring(0, bar), bar < 0 ? "1" : s.substring(bar + 1));
        }));
        t.put("LedgerCsv.readPlan", new Target("ntm-finance", fin + "planCsv", b -> LedgerCsv.readPlan(reader(b), "p.csv")));
        t.put("LedgerCsv.readDisbursements", new Target("ntm-finance", fin + "disbursementsCsv", b -> LedgerCsv.readDisbursements(reader(b), "d.csv")));
        t.put("DeadlineRules.fromJson", new Target("ntm-finance", fin + "deadlineRulesJson", b -> DeadlineRules.fromJson(new ByteArrayInputStream(b), "t.json")));
        t.put("CommuneCoefficients.fromJson", new Target("ntm-finance", fin + "communeCoefficientsJson", b -> CommuneCoefficients.fromJson(new ByteArrayInputStream(b), "t.json")));
        t.put("CounterpartRules.fromJson", new Target("ntm-finance", fin + "counterpartRulesJson", b -> CounterpartRules.fromJson(new ByteArrayInputStream(b), "t.json")));
        t.put("RewardPolicy.fromJson", new Target("ntm-finance", fin + "rewardPolicyJson", b -> RewardPolicy.fromJson(new ByteArrayInputStream(b), "t.json")));
        t.put("CementNorms.fromJson", new Target("ntm-finance", fin + "cementNormsJson", b -> CementNorms.fromJson(new ByteArrayInputStream(b), "t.json")));
        t.put("PilotModelCeilings.fromJson", new Target("ntm-finance", fin + "pilotModelCeilingsJson", b -> PilotModelCeilings.fromJson(new ByteArrayInputStream(b), "t.json")));
        return t;
    }
}
