package io.github.ntmlib.examples.demo;

import io.github.ntmlib.base.Language;
import java.io.PrintWriter;

/** Prints a {@link DemoReport} as plain text, in the report's language. */
public final class TextReport {

    private TextReport() {
    }

    /**
     * Prints the report.
     *
     * @param r   the report
     * @param out where to print
     */
    public static void print(DemoReport r, PrintWriter out) {
        boolean vi = r.language() == Language.VIETNAMESE;
        out.println(r.title());
        out.println("=".repeat(Math.min(100, r.title().length())));
        r.notes().forEach(n -> out.println("* " + n));
        out.println();
        out.println(vi ? "1. Kết quả chung" : "1. Headline results");
        r.headlines().forEach(h -> out.println("   - " + h));
        out.println();
        out.println(vi ? "2. Kết quả theo đơn vị cấp huyện" : "2. By district-level unit");
        out.printf("   %-28s %5s %5s %9s %7s %11s  %s%n", vi ? "Đơn vị" : "Unit", vi ? "Xã" : "Xã", "NTM",
                vi ? "Nâng cao" : "Advanced", vi ? "Kiểu mẫu" : "Model", vi ? "Thôn KM" : "Vill. model",
                vi ? "Trạng thái" : "Status");
        for (DemoReport.DistrictRow d : r.districts()) {
            out.printf("   %-28s %5d %5d %4d %-5s %7d %5d/%-5d  %s%n", d.name(), d.communes(), d.ntm(), d.advanced(),
                    d.advancedShare(), d.model(), d.villagesModel(), d.villages(), d.status());
        }
        out.println();
        out.println(vi ? "3. Các yêu cầu tỉnh hoàn thành nhiệm vụ xây dựng NTM" : "3. Province requirements (hoàn thành nhiệm vụ)");
        for (DemoReport.Requirement q : r.requirements()) {
            out.println("   (" + q.code() + ") " + q.label() + ": " + q.verdict());
            out.println("       " + q.explanation().replace("\n", "\n       "));
        }
        out.println();
        out.println(vi ? "4. Tiến độ kế hoạch năm" : "4. The year's plan");
        r.plans().forEach(p -> out.println("   - " + p));
        out.println();
        out.println("5. OCOP");
        r.ocop().forEach(o -> out.println("   - " + o));
        out.println();
        out.println(vi ? "6. Giải ngân vốn NTM năm 2024 (số liệu báo cáo)" : "6. 2024 disbursement (report figures)");
        for (DemoReport.MoneyRow m : r.disbursement()) {
            out.println("   - " + m.label() + ": " + m.disbursed() + " / " + m.plan() + (vi ? " (đạt " : " (") + m.rate()
                    + (vi ? " KH)" : " of plan)"));
        }
        out.println();
        out.println(vi ? "7. Các xã gần đạt chuẩn NTM nâng cao nhất và các tiêu chí còn thiếu"
                : "7. The communes closest to NTM advanced and what they lack");
        for (DemoReport.GapRow g : r.gaps()) {
            out.println("   - " + g.commune() + " (" + g.district() + "): " + g.missing() + (vi ? " tiêu chí: " : " criteria: ")
                    + g.criteria());
        }
        out.flush();
    }
}
