package io.github.ntmlib.ocop.sheet;

import io.github.ntmlib.base.VietnameseText;
import io.github.ntmlib.ocop.sheet.SheetJson.ConditionJson;
import io.github.ntmlib.ocop.sheet.SheetJson.CriterionJson;
import io.github.ntmlib.ocop.sheet.SheetJson.GroupJson;
import io.github.ntmlib.ocop.sheet.SheetJson.KnockOutJson;
import io.github.ntmlib.ocop.sheet.SheetJson.OptionJson;
import io.github.ntmlib.ocop.sheet.SheetJson.PartJson;
import io.github.ntmlib.ocop.sheet.SheetJson.SheetFile;
import io.github.ntmlib.ocop.sheet.SheetJson.SourceRef;
import io.github.ntmlib.ocop.sheet.SheetJson.SubgroupJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the text of Decision 26/2026/QĐ-TTg (Phụ lục I and II) into the 26 scoring-sheet JSON
 * files shipped in {@code io/github/ntmlib/ocop/sheet/qd-26-2026/}.
 *
 * <p>The source rows are {@code | cell | cell |}; the converter recognises parts, groups,
 * subgroups, criteria, options ({@code □} or {@code o} bullets) with their star markers, notes,
 * conditional criteria, knock-out notes and the "choose one of two cases" layout of sheet 26. Every
 * transcription anomaly is corrected through {@link #CORRECTIONS}, which states the raw text it
 * expects: a correction that does not match the source, or that is not used, stops the conversion,
 * and so does any row the converter cannot classify. {@code SheetConverterTest} checks that the
 * committed JSON equals this converter's output; run it with {@code -Docop.regenerate=true} to
 * rewrite the files.
 */
final class SheetConverter {

    static final String INSTRUMENT = "26/2026/QĐ-TTg";
    static final String DECISION = "Quyết định số 26/2026/QĐ-TTg ngày 22/5/2026 của Thủ tướng Chính phủ";
    static final String SOURCE_TEXT = "sources/qd-26-2026-ttg-ocop.md";

    /** A fix of one cell: sheet, node code (or "A"/"B"/"C" for a part), option (0 = the header row). */
    record Correction(int sheet, String code, int option, String raw, int points, String note) {
        String key() {
            return sheet + "|" + code + "|" + option;
        }
    }

    static final List<Correction> CORRECTIONS = List.of(
            new Correction(4, "7", 3, "13", 3,
                    "Source reads 13 for the top option of criterion 7 (maximum 3; options 0/1/13): read as 3."),
            new Correction(11, "6.1.1", 2, "11", 1,
                    "Source reads 11 for the middle option of criterion 6.1.1 (maximum 2; options 0/11/2): read as 1."),
            new Correction(23, "9", 0, "4 1", 4,
                    "Source reads \"4 1\" in the points cell of criterion 9; 4 is its top option and makes part C sum to 35."),
            new Correction(4, "1.2", 1, "", 0,
                    "Source gives no points for \"Không được cấp giấy chứng nhận chất lượng\"; read as 0 as on sheet 1."),
            new Correction(7, "1.2", 1, "", 0,
                    "Source gives no points for \"Không được cấp giấy chứng nhận chất lượng\"; read as 0 as on sheet 1."),
            new Correction(10, "1.2", 1, "", 0,
                    "Source gives no points for \"Không được cấp giấy chứng nhận chất lượng\"; read as 0 as on sheet 1."),
            new Correction(11, "1.2", 1, "", 0,
                    "Source gives no points for \"Không được cấp giấy chứng nhận chất lượng\"; read as 0 as on sheet 1."),
            new Correction(7, "3.1", 2, "1", 2,
                    "Source reads 1/1/3 for criterion 3.1; every other sheet reads 1/2/3: the middle option read as 2."),
            new Correction(26, "A", 0, "35", 40,
                    "Part A title says 35 points; its cell and its criteria sum to 40 (Art. 3: part A is 40 points)."));

    /**
     * A reading of the source checked and kept as printed: sheet, criterion, the option points as
     * printed ("1/1/3/5"), and the note written into the criterion's corrections.
     */
    record Review(int sheet, String code, String points, String note) {
    }

    static final List<Review> REVIEWS = List.of(
            new Review(23, "6.2", "1/1/3/5",
                    "Source prints 1/1/3/5: two distinct grades (\"Chấp nhận được\", \"Phù hợp với đặc tính sản phẩm\")"
                            + " share 1 point; every other criterion of the 26 sheets rises strictly, so this reads as"
                            + " a probable source error, but the intended value (0/1/3/5 or 1/2/3/5) cannot be told"
                            + " from the text: kept as printed (the maximum, 5, and the sums are unaffected)."));

    private static final Pattern SHEET_HEAD = Pattern.compile("^(\\d{1,2})\\. (?:Bộ sản phẩm: )?(.+)$");
    private static final Pattern PART = Pattern.compile("^(?iu)phần\\s+([ABC])\\b[:\\s]*(.*?)\\s*\\((\\d+)\\s*điểm\\)\\s*$");
    private static final Pattern NODE = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s+(.+)$");
    private static final Pattern OPTION = Pattern.compile("^(?:□|o\\s)\\s*(.+)$");
    /** A star marker: three to five asterisks, in any spacing ("****", "* * * *"). */
    private static final Pattern MARKER = Pattern.compile("\\s*(\\*(?:\\s*\\*){2,4})\\s*");
    /** A note printed inside an option's cell ("... địa phương***** Ghi chú: ..., sẽ bị loại bỏ"). */
    private static final Pattern INLINE_NOTE = Pattern.compile("^(.*?)\\s*((?:Ghi chú|Chú ý):.*)$");
    /** Rejection phrases, folded: a ground to reject the dossier or stop the evaluation. */
    private static final Pattern REJECTED = Pattern.compile("\\bbi loai\\b|\\bloai bo\\b");
    private static final Pattern NOT_RATED = Pattern.compile("khong danh gia|khong xem xet|khong xep hang");
    private static final Pattern VARIANT = Pattern.compile("^[ab]\\. Trường hợp \\d: .+$");
    private static final Pattern COLSPAN = Pattern.compile("^\\{colspan=\\d+}\\s*");

    private final List<String> lines;
    private final Map<String, Correction> corrections = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private final Set<Review> reviewed = new HashSet<>();
    private int sheetNumber;

    SheetConverter(List<String> lines) {
        this.lines = List.copyOf(lines);
        for (Correction c : CORRECTIONS) {
            corrections.put(c.key(), c);
        }
    }

    static SheetConverter fromResource() throws IOException {
        try (var in = SheetConverter.class.getResourceAsStream("/" + SOURCE_TEXT)) {
            if (in == null) {
                throw new IOException("source text not found: " + SOURCE_TEXT);
            }
            return new SheetConverter(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }

    /** Converts all sheets, in order 1 to 26. */
    List<SheetFile> convert() {
        List<String[]> classes = classification();
        List<SheetFile> sheets = new ArrayList<>();
        int appendix2 = indexOf("PHỤ LỤC II", 0);
        int end = indexOf("PHỤ LỤC III", appendix2);
        int i = appendix2;
        while (i < end) {
            Matcher m = SHEET_HEAD.matcher(lines.get(i));
            if (m.matches() && i + 1 < end && lines.get(i + 1).startsWith("(Sản phẩm:")) {
                int number = Integer.parseInt(m.group(1));
                int last = i + 1;
                while (!lines.get(last).startsWith("| TỔNG CỘNG |")) {
                    last++;
                }
                if (number != sheets.size() + 1) {
                    throw fail(i, "sheet " + number + " out of order");
                }
                sheets.add(sheet(number, m.group(2).trim(), classes.get(number - 1), i, last));
                i = last + 1;
            } else {
                i++;
            }
        }
        if (sheets.size() != 26) {
            throw new IllegalStateException("expected 26 sheets, found " + sheets.size());
        }
        Set<String> unused = new HashSet<>(corrections.keySet());
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            throw new IllegalStateException("corrections that matched nothing: " + unused);
        }
        if (reviewed.size() != REVIEWS.size()) {
            throw new IllegalStateException("reviews that matched nothing: " + REVIEWS.stream()
                    .filter(r -> !reviewed.contains(r)).toList());
        }
        return sheets;
    }

    private int indexOf(String line, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).equals(line)) {
                return i;
            }
        }
        throw new IllegalStateException("line not found: " + line);
    }

    /** Phụ lục I: the leaf rows (those naming a ministry) are the 26 sheets in order. */
    private List<String[]> classification() {
        int start = indexOf("PHỤ LỤC I", 0);
        int end = indexOf("PHỤ LỤC II", start);
        List<String[]> leaves = new ArrayList<>();
        String branch = null;
        String group = null;
        for (int i = start; i < end; i++) {
            String line = lines.get(i);
            if (!line.startsWith("| ") || line.startsWith("| STT")) {
                continue;
            }
            String[] cells = cells(line);
            String label = cells[1];
            String ministry = cells.length > 2 ? cells[2].replaceAll("\\d+$", "").trim() : "";
            if (cells[0].matches("[IVX]+")) {
                branch = label;
                group = null;
                continue;
            }
            String subgroup = null;
            if (label.startsWith("Nhóm: ")) {
                group = label.substring(6).trim();
            } else if (label.startsWith("Phân nhóm: ")) {
                subgroup = label.substring(11).trim();
            } else {
                throw fail(i, "unrecognised classification row");
            }
            if (!ministry.isEmpty()) {
                leaves.add(new String[] {branch, group, subgroup, ministry});
            }
        }
        if (leaves.size() != 26) {
            throw new IllegalStateException("Phụ lục I: expected 26 leaf rows, found " + leaves.size());
        }
        return leaves;
    }

    private static String[] cells(String row) {
        String inner = row.substring(1, row.length() - (row.endsWith("|") ? 1 : 0));
        String[] parts = inner.split("\\|", -1);
        String[] cells = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            cells[i] = parts[i].trim();
        }
        return cells;
    }

    /** A row of the table as read, before it is known to be a group, subgroup or criterion. */
    private static final class Node {
        final String code;
        String title;
        final int points;
        final int line;
        final List<Node> children = new ArrayList<>();
        final List<OptionJson> options = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final List<KnockOutJson> knockOuts = new ArrayList<>();
        final List<String> corrections = new ArrayList<>();
        String condition;
        String variant;

        Node(String code, String title, int points, int line) {
            this.code = code;
            this.title = title;
            this.points = points;
            this.line = line;
        }

        int depth() {
            return code.split("\\.").length;
        }
    }

    private record PartRow(String code, String title, int points, List<String> corrections, List<Node> groups) {
    }

    private SheetFile sheet(int number, String title, String[] cls, int first, int last) {
        sheetNumber = number;
        List<KnockOutJson> header = new ArrayList<>();
        List<PartRow> parts = new ArrayList<>();
        Set<String> headerTexts = new HashSet<>();
        Node current = null;
        Node group = null;
        Node sub = null;
        for (int i = first + 2; i < last; i++) {
            String line = lines.get(i);
            if (!line.startsWith("|")) {
                int at = VietnameseText.fold(line).indexOf("bi loai khi:");
                if (at >= 0 && parts.isEmpty()) {
                    if (headerTexts.add(line)) {
                        header.add(new KnockOutJson("H" + (header.size() + 1), "REJECTED", line.trim(), List.of()));
                    }
                }
                continue;
            }
            String[] cells = cells(line);
            String text = COLSPAN.matcher(cells[0]).replaceFirst("");
            String cell = cells.length > 1 ? cells[1] : "";
            if (text.equals("Các tiêu chí")) {
                continue;
            }
            Matcher m;
            if ((m = PART.matcher(text)).matches()) {
                String code = m.group(1).toUpperCase();
                int titlePoints = Integer.parseInt(m.group(3));
                int points = Integer.parseInt(cell);
                List<String> notes = new ArrayList<>();
                if (titlePoints != points) {
                    Correction c = correction(number, code, 0, m.group(3), i);
                    if (c.points() != points) {
                        throw fail(i, "correction disagrees with the points cell");
                    }
                    notes.add(c.note());
                }
                parts.add(new PartRow(code, m.group(2).trim(), points, notes, new ArrayList<>()));
                current = group = sub = null;
            } else if ((m = OPTION.matcher(text)).matches()) {
                if (current == null) {
                    throw fail(i, "option outside a criterion");
                }
                String label = m.group(1).trim();
                String inlineNote = null;
                Matcher in = INLINE_NOTE.matcher(label);
                if (in.matches()) {
                    label = in.group(1);
                    inlineNote = in.group(2).trim();
                }
                Integer marker = null;
                Matcher mk = MARKER.matcher(label);
                if (mk.find()) {
                    marker = (int) mk.group(1).chars().filter(ch -> ch == '*').count();
                    String rest = (label.substring(0, mk.start()) + " " + label.substring(mk.end())).trim();
                    if (MARKER.matcher(rest).find()) {
                        throw fail(i, "two star markers in one option");
                    }
                    label = rest.replaceAll("[;\\s]+$", "");
                }
                requireClassified(label, i);
                int index = current.options.size() + 1;
                String fix = null;
                int points;
                if (cell.matches("\\d+") && !corrections.containsKey(number + "|" + current.code + "|" + index)) {
                    points = Integer.parseInt(cell);
                } else {
                    Correction c = correction(number, current.code, index, cell, i);
                    points = c.points();
                    fix = c.note();
                }
                current.options.add(new OptionJson(points, marker, label, current.variant, fix));
                if (inlineNote != null) {
                    note(current, inlineNote, group, i);
                }
            } else if (VARIANT.matcher(text).matches()) {
                requireNode(current, i).variant = text;
            } else if ((m = NODE.matcher(text)).matches() && !cell.isEmpty()) {
                String code = m.group(1);
                int points;
                List<String> fixes = new ArrayList<>();
                if (cell.matches("\\d+") && !corrections.containsKey(number + "|" + code + "|0")) {
                    points = Integer.parseInt(cell);
                } else {
                    Correction c = correction(number, code, 0, cell, i);
                    points = c.points();
                    fixes.add(c.note());
                }
                requireClassified(m.group(2), i);
                Node node = new Node(code, m.group(2).trim(), points, i + 1);
                node.corrections.addAll(fixes);
                if (parts.isEmpty()) {
                    throw fail(i, "criterion before part A");
                }
                switch (node.depth()) {
                    case 1 -> {
                        parts.get(parts.size() - 1).groups().add(node);
                        group = node;
                        sub = null;
                    }
                    case 2 -> {
                        requireParent(group, code, i).children.add(node);
                        sub = node;
                    }
                    case 3 -> requireParent(sub, code, i).children.add(node);
                    default -> throw fail(i, "code nested too deep: " + code);
                }
                current = node;
            } else if (cell.isEmpty()) {
                note(requireNode(current, i), text, group, i);
            } else {
                throw fail(i, "unrecognised row");
            }
        }
        List<PartJson> partJson = new ArrayList<>();
        for (PartRow part : parts) {
            List<GroupJson> groups = new ArrayList<>();
            for (Node g : part.groups()) {
                groups.add(group(g));
            }
            partJson.add(new PartJson(part.code(), part.title(), part.points(), part.corrections(), groups));
        }
        List<String> ministries = List.of(cls[3].split(";\\s*"));
        String subgroup = cls[2] == null ? cls[1] : cls[2];
        return new SheetFile(1, INSTRUMENT,
                new SourceRef(DECISION, "Phụ lục II", number, SOURCE_TEXT, first + 1, last + 1),
                number, title, cls[0], cls[1], subgroup, ministries, header, List.of(), partJson);
    }

    private static Node requireNode(Node node, int i) {
        if (node == null) {
            throw fail(i, "note or case before any criterion");
        }
        return node;
    }

    private static Node requireParent(Node parent, String code, int i) {
        if (parent == null || !code.startsWith(parent.code + ".")) {
            throw fail(i, "criterion " + code + " outside its group");
        }
        return parent;
    }

    private void note(Node node, String text, Node group, int i) {
        String folded = VietnameseText.fold(text);
        if (folded.startsWith("chi ap dung khi")) {
            node.condition = text;
            return;
        }
        if (text.startsWith("(") || !(folded.startsWith("ghi chu") || folded.startsWith("chu y")
                || folded.startsWith("yeu cau") || folded.startsWith("lua chon"))) {
            if (!node.options.isEmpty()) {
                throw fail(i, "unrecognised row after options");
            }
            requireClassified(text, i);
            node.title = node.title + " " + text;
            return;
        }
        node.notes.add(text);
        String id = node.code + "-K" + (node.knockOuts.size() + 1);
        if (folded.contains("neu duoc 0 diem tai mot trong cac chi tieu tren")) {
            List<String> codes = new ArrayList<>();
            for (Node c : group.children) {
                codes.add(c.code);
            }
            node.knockOuts.add(new KnockOutJson(id, "NOT_RATED", text, codes));
        } else if (REJECTED.matcher(folded).find()) {
            node.knockOuts.add(new KnockOutJson(id, "REJECTED", text, List.of()));
        } else if (NOT_RATED.matcher(folded).find()) {
            node.knockOuts.add(new KnockOutJson(id, "NOT_RATED", text, List.of()));
        }
    }

    /** An option label or a title must not keep a star or a rejection phrase the converter did not classify. */
    private static void requireClassified(String text, int i) {
        if (text.contains("*")) {
            throw fail(i, "a star marker the converter cannot read (3 to 5 asterisks expected): " + text);
        }
        String folded = VietnameseText.fold(text);
        if (REJECTED.matcher(folded).find() || NOT_RATED.matcher(folded).find()) {
            throw fail(i, "a rejection phrase outside a note: " + text);
        }
    }

    private Correction correction(int sheet, String code, int option, String raw, int i) {
        Correction c = corrections.get(sheet + "|" + code + "|" + option);
        if (c == null) {
            throw fail(i, "unreadable points '" + raw + "' and no correction for sheet " + sheet + " " + code
                    + " option " + option);
        }
        if (!c.raw().equals(raw)) {
            throw fail(i, "correction expects '" + c.raw() + "' but the source reads '" + raw + "'");
        }
        used.add(c.key());
        return c;
    }

    private GroupJson group(Node g) {
        List<SubgroupJson> subgroups = new ArrayList<>();
        List<CriterionJson> criteria = new ArrayList<>();
        if (!g.options.isEmpty() || g.children.isEmpty()) {
            if (!g.children.isEmpty()) {
                throw fail(g.line - 1, "group with both options and criteria");
            }
            criteria.add(criterion(g, null, g.children));
        } else {
            for (Node c : g.children) {
                if (!c.children.isEmpty() && c.options.isEmpty()) {
                    subgroups.add(new SubgroupJson(c.code, c.title, c.points));
                    for (Node leaf : c.children) {
                        criteria.add(criterion(leaf, c.code, c.children));
                    }
                } else {
                    criteria.add(criterion(c, null, g.children));
                }
            }
        }
        return new GroupJson(g.code, g.title, g.points, List.of(), subgroups, criteria);
    }

    private CriterionJson criterion(Node n, String subgroup, List<Node> siblings) {
        if (!n.children.isEmpty()) {
            throw fail(n.line - 1, "criterion " + n.code + " has options and sub-criteria");
        }
        List<OptionJson> options = new ArrayList<>(n.options);
        List<String> fixes = new ArrayList<>(n.corrections);
        for (Review r : REVIEWS) {
            if (r.sheet() == sheetNumber && r.code().equals(n.code)) {
                String printed = String.join("/", n.options.stream().map(o -> String.valueOf(o.points())).toList());
                if (!printed.equals(r.points())) {
                    throw fail(n.line - 1, "review expects " + r.points() + " but the source prints " + printed);
                }
                fixes.add(r.note());
                reviewed.add(r);
            }
        }
        if (options.isEmpty()) {
            options.add(new OptionJson(0, null, "Không đáp ứng", null, null));
            options.add(new OptionJson(n.points, null, "Đáp ứng", null, null));
            fixes.add("The source lists no options for this criterion: read as a yes/no criterion, 0 (not met) or "
                    + n.points + " (met).");
        }
        ConditionJson condition = null;
        if (n.condition != null) {
            condition = storyCondition(n, siblings);
        }
        return new CriterionJson(n.code, n.title, n.points, subgroup, n.notes, condition, n.knockOuts, fixes,
                options);
    }

    /** "Chỉ áp dụng khi có câu chuyện sản phẩm": applies unless the story criterion says there is none. */
    private static ConditionJson storyCondition(Node n, List<Node> siblings) {
        for (Node s : siblings) {
            List<Integer> none = new ArrayList<>();
            for (int k = 0; k < s.options.size(); k++) {
                if (VietnameseText.fold(s.options.get(k).label()).startsWith("khong co cau chuyen")) {
                    none.add(k + 1);
                }
            }
            if (!none.isEmpty() && s != n) {
                return new ConditionJson(s.code, none, n.condition);
            }
        }
        throw fail(n.line - 1, "condition '" + n.condition + "' names no story criterion in its group");
    }

    private static IllegalStateException fail(int index, String message) {
        return new IllegalStateException(SOURCE_TEXT + ":" + (index + 1) + ": " + message);
    }

    /** Writes the files into a resource directory (used by the regeneration switch of the test). */
    static Map<String, String> render(List<SheetFile> sheets) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (SheetFile s : sheets) {
            files.put(SheetCatalog.fileName(s.number()), SheetCatalog.writer().writeValueAsString(s) + "\n");
        }
        return files;
    }

    static void write(Path dir, Map<String, String> files) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : files.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }
}
