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
        head(r.title(), r.notes(), r.headlines(), vi, out);
        out.println(vi ? "2. Kết quả theo đơn vị cấp huyện" : "2. By district-level unit");
        out.printf("   %-28s %5s %5s %9s %7s %11s  %s%n", vi ? "Đơn vị" : "Unit", vi ? "Xã" : "Xã", "NTM",
                vi ? "Nâng cao" : "Advanced", vi ? "Kiểu mẫu" : "Model", vi ? "Thôn KM" : "Vill. model",
                vi ? "Trạng thái" : "Status");
        for (DemoReport.DistrictRow d : r.districts()) {
            out.printf("   %-28s %5d %5d %4d %-5s %7d %5d/%-5d  %s%n", d.name(), d.communes(), d.ntm(), d.advanced(),
                    d.advancedShare(), d.model(), d.villagesModel(), d.villages(), d.status());
        }
        out.println();
        province(vi ? "3. Các yêu cầu tỉnh hoàn thành nhiệm vụ xây dựng NTM" : "3. Province requirements (hoàn thành nhiệm vụ)",
                r.requirements(), vi ? "4. Tiến độ kế hoạch năm" : "4. The year's plan", r.plans(), out);
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

    /**
     * Prints the 2026-2030 report.
     *
     * @param r   the report
     * @param out where to print
     */
    public static void print(DemoReport2026 r, PrintWriter out) {
        boolean vi = r.language() == Language.VIETNAMESE;
        head(r.title(), r.notes(), r.headlines(), vi, out);
        out.println(vi ? "2. Kết quả theo đơn vị mới (từ 01/07/2025): trạng thái 2021-2025 kế thừa bên cạnh đánh giá 2026-2030"
                : "2. By new unit (from 1 July 2025): the 2021-2025 status carried over beside the 2026-2030 assessment");
        for (DemoReport2026.UnitRow u : r.units()) {
            out.println("   " + u.name() + " | " + (vi ? "nhóm xã: " : "commune group: ") + u.group()
                    + (u.groupBasis().isEmpty() ? "" : " (" + u.groupBasis() + ")"));
            out.println("       " + (vi ? "trước sắp xếp: " : "predecessors: ") + u.predecessors());
            out.println("       2021-2025 " + (vi ? "kế thừa: " : "carried over: ") + u.carried() + " — " + u.carryNote());
            out.println("       2026-2030: " + u.verdict() + (u.criteria().isEmpty() ? "" : " (" + u.criteria() + ")"));
        }
        out.println();
        province(vi ? "3. Điều kiện tỉnh hoàn thành nhiệm vụ xây dựng NTM (Phụ lục III)"
                : "3. Province conditions (hoàn thành nhiệm vụ, appendix III)", r.province(),
                vi ? "4. Tiến độ so với mục tiêu 2030" : "4. Progress against the 2030 target", r.plans(), out);
        out.println(vi ? "5. Các xã gần đạt chuẩn NTM nhất và các tiêu chí còn thiếu"
                : "5. The xã closest to NTM and what they lack");
        for (DemoReport2026.GapRow g : r.gaps()) {
            out.println("   - " + g.commune() + " (" + g.group() + "): " + g.missing() + (vi ? " tiêu chí: " : " criteria: ")
                    + g.criteria());
        }
        out.flush();
    }

    private static void head(String title, java.util.List<String> notes, java.util.List<String> headlines, boolean vi,
            PrintWriter out) {
        out.println(title);
        out.println("=".repeat(Math.min(100, title.length())));
        notes.forEach(n -> out.println("* " + n));
        out.println();
        out.println(vi ? "1. Kết quả chung" : "1. Headline results");
        headlines.forEach(h -> out.println("   - " + h));
        out.println();
    }

    /** The province's requirements with their explanations, then the plan lines. */
    private static void province(String heading, java.util.List<DemoReport.Requirement> requirements, String planHeading,
            java.util.List<String> plans, PrintWriter out) {
        out.println(heading);
        for (DemoReport.Requirement q : requirements) {
            out.println("   (" + q.code() + ") " + q.label() + ": " + q.verdict());
            out.println("       " + q.explanation().replace("\n", "\n       "));
        }
        out.println();
        out.println(planHeading);
        plans.forEach(p -> out.println("   - " + p));
        out.println();
    }
}
