package io.github.ntmlib.examples.cli;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.certificate.Certificate;
import io.github.ntmlib.ocop.io.CertificateCsv;
import io.github.ntmlib.ocop.io.RatingText;
import io.github.ntmlib.ocop.io.ScorecardCsv;
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
import java.util.concurrent.Callable;
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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: score, upgrade or portfolio");
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
                throw new CommandLine.ParameterException(cl, "--sheet must be 1 to 26, not " + sheet);
            }
            return SheetCatalog.of(Instrument.QD_26_2026).sheet(sheet);
        }

        List<Scorecard> read(CommandLine cl) {
            Sheet s = sheet(cl);
            return Inputs.read(file, (r, f) -> ScorecardCsv.read(r, f, s, product));
        }
    }

    @Command(name = "score", mixinStandardHelpOptions = true,
            description = "Rates a product from its council's scoring sheets: average, star band, markers, knock-outs.")
    static final class Score implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        Answers answers = new Answers();

        @Option(names = "--council", defaultValue = "PROVINCE", description = "DISTRICT, PROVINCE (default) or CENTRAL")
        RatingAuthority council = RatingAuthority.PROVINCE;

        @Option(names = "--date", required = true, paramLabel = "DATE", description = "the council's date")
        LocalDate date = LocalDate.MIN;

        @Mixin
        Options options = new Options();

        @Override
        public Integer call() {
            Rating rating = Rater.standard().rate(new CouncilResult(answers.product, council, date,
                    answers.read(spec.commandLine())));
            PrintWriter out = spec.commandLine().getOut();
            out.println(options.language() == Language.VIETNAMESE ? RatingText.vietnamese(rating) : rating.explain());
            out.flush();
            return Ntm.OK;
        }
    }

    @Command(name = "upgrade", mixinStandardHelpOptions = true,
            description = "For each evaluator's sheet, the least change of options that reaches the next star.")
    static final class Upgrade implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        Answers answers = new Answers();

        @Mixin
        Options options = new Options();

        @Override
        public Integer call() {
            boolean vi = options.language() == Language.VIETNAMESE;
            PrintWriter out = spec.commandLine().getOut();
            for (Scorecard card : answers.read(spec.commandLine())) {
                Optional<UpgradeAdvice> advice = Rater.standard().advise(card);
                Optional<Stars> now = Rater.standard().stars(card);
                out.println(card.evaluator() + ": " + card.total() + (vi ? " điểm, " : " points, ")
                        + now.map(s -> s.count() + (vi ? " sao" : " stars")).orElse(vi ? "chưa xếp hạng" : "not rated"));
                if (advice.isEmpty()) {
                    out.println(vi ? "  không có bậc sao cao hơn đạt được bằng thay đổi lựa chọn"
                            : "  no higher star is reachable by changing options");
                }
                advice.ifPresent(a -> {
                    out.println((vi ? "  để đạt " : "  to reach ") + a.target().count() + (vi ? " sao (tổng " : " stars (total ")
                            + a.total() + "):");
                    for (OptionChange c : a.changes()) {
                        out.println("    " + c.criterion() + ": " + (c.from().isPresent() ? c.from().getAsInt() : "—")
                                + " -> " + c.to() + " (" + c.pointsFrom() + " -> " + c.pointsTo() + (vi ? " điểm)" : " points)"));
                    }
                });
            }
            out.flush();
            return Ntm.OK;
        }
    }

    @Command(name = "portfolio", mixinStandardHelpOptions = true,
            description = "The certificates on a date: valid, expired, revoked, by stars, expiring within 90 days.")
    static final class PortfolioAsOf implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "the certificates CSV (CertificateCsv)")
        Path file = Path.of("");

        @Option(names = "--date", required = true, paramLabel = "DATE", description = "the date")
        LocalDate date = LocalDate.MIN;

        @Mixin
        Options options = new Options();

        @Override
        public Integer call() {
            List<Certificate> certificates = Inputs.read(file, CertificateCsv::read);
            PortfolioReport report = Portfolio.of(certificates).asOf(date);
            boolean vi = options.language() == Language.VIETNAMESE;
            PrintWriter out = spec.commandLine().getOut();
            out.println((vi ? "Ngày " : "As of ") + report.date() + (vi ? ": đã công nhận " : ": recognised ")
                    + report.recognised() + (vi ? ", còn hiệu lực " : ", valid ") + report.valid()
                    + (vi ? ", hết hạn " : ", expired ") + report.expired() + (vi ? ", thu hồi " : ", revoked ")
                    + report.revoked());
            for (Map.Entry<Stars, Integer> e : report.byStars().entrySet()) {
                out.println("  " + e.getKey().count() + (vi ? " sao: " : " stars: ") + e.getValue());
            }
            for (Certificate c : report.expiringWithin(90)) {
                out.println((vi ? "  sắp hết hạn: " : "  expiring soon: ") + c.product() + " " + c.productName() + " "
                        + c.expiry());
            }
            out.flush();
            return Ntm.OK;
        }
    }
}
