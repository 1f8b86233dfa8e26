package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.certificate.Certificate;
import io.github.ntmlib.ocop.io.CertificateCsv;
import io.github.ntmlib.ocop.io.PortfolioJson;
import io.github.ntmlib.ocop.io.RatingJson;
import io.github.ntmlib.ocop.io.RatingText;
import io.github.ntmlib.ocop.io.ScorecardCsv;
import io.github.ntmlib.ocop.io.UpgradeJson;
import io.github.ntmlib.ocop.portfolio.Portfolio;
import io.github.ntmlib.ocop.portfolio.PortfolioReport;
import io.github.ntmlib.ocop.rating.CouncilResult;
import io.github.ntmlib.ocop.rating.OptionChange;
import io.github.ntmlib.ocop.rating.Rater;
import io.github.ntmlib.ocop.rating.Rating;
import io.github.ntmlib.ocop.rating.RatingAuthority;
import io.github.ntmlib.ocop.rating.Scorecard;
import io.github.ntmlib.ocop.rating.UpgradeAdvice;
import io.github.ntmlib.ocop.sheet.Sheet;
import io.github.ntmlib.ocop.sheet.SheetCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ntm ocop}: score a product from a council's answers, upgrade advice, the portfolio on a date. */
@Command(name = "ocop", mixinStandardHelpOptions = true,
        description = "OCOP (mỗi xã một sản phẩm) under Decision 26/2026/QĐ-TTg: score, upgrade, portfolio.",
        subcommands = {OcopCommand.Score.class, OcopCommand.Upgrade.class, OcopCommand.PortfolioAsOf.class})
final class OcopCommand implements Runnable {

    /** The days ahead {@code ntm ocop portfolio} lists expiring certificates for. */
    static final int EXPIRING_DAYS = 90;

    /** A council's result and its rating. */
    record Rated(CouncilResult council, Rating rating) {
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw Usage.of(spec.commandLine(), "cần một lệnh con: score, upgrade hoặc portfolio",
                "a subcommand is needed: score, upgrade or portfolio");
    }

    /** The council's answers of one product on one sheet. */
    static final class Answers {
        @Parameters(index = "0", paramLabel = "FILE", description = "the council's answers CSV (ScorecardCsv)")
        Path file = Path.of("");

        @Option(names = "--sheet", required = true, paramLabel = "N", description = "the scoring sheet, 1-26")
        int sheet;

        @Option(names = "--product", required = true, paramLabel = "NAME", description = "the product's name")
        String product = "";

        Sheet sheet(CommandLine cl) {
            if (sheet < 1 || sheet > 26) {
                throw Usage.of(cl, "--sheet phải từ 1 đến 26, không phải " + sheet, "--sheet must be 1 to 26, not " + sheet);
            }
            return SheetCatalog.of(Instrument.QD_26_2026).sheet(sheet);
        }

        List<Scorecard> read(CommandLine cl) {
            Sheet s = sheet(cl);
            return Inputs.csv(file, (r, f) -> ScorecardCsv.read(r, f, s, product));
        }
    }

    @Command(name = "score", mixinStandardHelpOptions = true,
            description = "Rates a product from its council's scoring sheets: average, star band, markers, knock-outs.")
    static final class Score extends Report<Rated> {
        @Mixin
        Answers answers = new Answers();

        @Option(names = "--council", defaultValue = "PROVINCE", description = "DISTRICT, PROVINCE (default) or CENTRAL")
        RatingAuthority council = RatingAuthority.PROVINCE;

        @Option(names = "--date", required = true, paramLabel = "DATE", description = "the council's date")
        LocalDate date = LocalDate.MIN;

        @Override
        Rated compute() {
            CouncilResult result = new CouncilResult(answers.product, council, date, answers.read(spec.commandLine()));
            return new Rated(result, Rater.standard().rate(result));
        }

        @Override
        void text(Rated r, PrintWriter out, Language language) {
            out.println(language == Language.VIETNAMESE ? RatingText.vietnamese(r.rating()) : r.rating().explain());
        }

        @Override
        void json(Rated r, PrintWriter out) {
            RatingJson.write(r.council(), r.rating(), out);
        }
    }

    @Command(name = "upgrade", mixinStandardHelpOptions = true,
            description = "For each evaluator's sheet, the least change of options that reaches the next star.")
    static final class Upgrade extends Report<List<Scorecard>> {
        @Mixin
        Answers answers = new Answers();

        @Override
        List<Scorecard> compute() {
            return answers.read(spec.commandLine());
        }

        @Override
        void text(List<Scorecard> cards, PrintWriter out, Language language) {
            boolean vi = language == Language.VIETNAMESE;
            for (Scorecard card : cards) {
                Optional<UpgradeAdvice> advice = Rater.standard().advise(card);
                out.println(card.evaluator() + ": " + card.total() + (vi ? " điểm, " : " points, ")
                        + Rater.standard().stars(card).map(s -> s.count() + (vi ? " sao" : " stars")).orElse(vi ? "chưa xếp hạng" : "not rated"));
                if (advice.isEmpty()) {
                    out.println(vi ? "  không có bậc sao cao hơn đạt được bằng thay đổi lựa chọn"
                            : "  no higher star is reachable by changing options");
                }
                advice.ifPresent(u -> {
                    out.println((vi ? "  để đạt " : "  to reach ") + u.target().count() + (vi ? " sao (tổng " : " stars (total ")
                            + u.total() + "):");
                    for (OptionChange c : u.changes()) {
                        out.println("    " + c.criterion() + ": " + (c.from().isPresent() ? c.from().getAsInt() : "—")
                                + " -> " + c.to() + " (" + c.pointsFrom() + " -> " + c.pointsTo() + (vi ? " điểm)" : " points)"));
                    }
                });
            }
        }

        @Override
        void json(List<Scorecard> cards, PrintWriter out) {
            UpgradeJson.write(answers.product, cards, Rater.standard(), out);
        }
    }

    @Command(name = "portfolio", mixinStandardHelpOptions = true,
            description = "The certificates on a date: valid, expired, revoked, by stars, expiring within 90 days.")
    static final class PortfolioAsOf extends Report<PortfolioReport> {
        @Parameters(index = "0", paramLabel = "FILE", description = "the certificates CSV (CertificateCsv)")
        Path file = Path.of("");

        @Option(names = "--date", required = true, paramLabel = "DATE", description = "the date")
        LocalDate date = LocalDate.MIN;

        @Override
        PortfolioReport compute() {
            return Portfolio.of(Inputs.csv(file, CertificateCsv::read)).asOf(date);
        }

        @Override
        void text(PortfolioReport report, PrintWriter out, Language language) {
            boolean vi = language == Language.VIETNAMESE;
            out.println((vi ? "Ngày " : "As of ") + language.format(report.date()) + (vi ? ": đã công nhận " : ": recognised ")
                    + report.recognised() + (vi ? ", còn hiệu lực " : ", valid ") + report.valid()
                    + (vi ? ", hết hạn " : ", expired ") + report.expired() + (vi ? ", thu hồi " : ", revoked ")
                    + report.revoked());
            for (Map.Entry<Stars, Integer> e : report.byStars().entrySet()) {
                out.println("  " + e.getKey().count() + (vi ? " sao: " : " stars: ") + e.getValue());
            }
            for (Certificate c : report.expiringWithin(EXPIRING_DAYS)) {
                out.println((vi ? "  sắp hết hạn: " : "  expiring soon: ") + c.product() + " " + c.productName() + " "
                        + language.format(c.expiry()));
            }
        }

        @Override
        void json(PortfolioReport report, PrintWriter out) {
            PortfolioJson.write(report, EXPIRING_DAYS, out);
        }
    }
}
