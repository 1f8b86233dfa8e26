package io.github.ntmlib.ocop.sheet;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.SourcePosition;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.base.internal.StrictJson;
import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.OcopDataException;
import io.github.ntmlib.ocop.Stars;
import io.github.ntmlib.ocop.sheet.SheetJson.CriterionJson;
import io.github.ntmlib.ocop.sheet.SheetJson.GroupJson;
import io.github.ntmlib.ocop.sheet.SheetJson.KnockOutJson;
import io.github.ntmlib.ocop.sheet.SheetJson.OptionJson;
import io.github.ntmlib.ocop.sheet.SheetJson.PartJson;
import io.github.ntmlib.ocop.sheet.SheetJson.SheetFile;
import io.github.ntmlib.ocop.sheet.SheetJson.SubgroupJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The scoring sheets of an instrument, read from the JSON files shipped with the module
 * ({@code io/github/ntmlib/ocop/sheet/<instrument>/sheet-NN.json}).
 *
 * <pre>{@code
 * SheetCatalog catalog = SheetCatalog.of(Instrument.QD_26_2026);
 * Sheet vegetables = catalog.sheet(1); // Rau, củ, quả, hạt tươi
 * }</pre>
 *
 * <p>Each file is checked as it is read (see {@link Sheet}); a file that does not check gives an
 * {@link OcopDataException} naming the file, sheet and criterion.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class SheetCatalog {

    private static final Map<Instrument, Integer> SHEET_COUNT = Map.of(Instrument.QD_26_2026, 26);
    private static final Map<Instrument, SheetCatalog> LOADED = new EnumMap<>(Instrument.class);
    private static final ObjectMapper MAPPER = StrictJson.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Instrument instrument;
    private final List<Sheet> sheets;

    private SheetCatalog(Instrument instrument, List<Sheet> sheets) {
        this.instrument = instrument;
        this.sheets = List.copyOf(sheets);
    }

    /**
     * The sheets of an instrument (read once, then shared: the catalog is immutable).
     *
     * @param instrument the instrument
     * @return the catalog
     * @throws OcopDataException if a data file is missing or does not check
     */
    public static SheetCatalog of(Instrument instrument) {
        synchronized (LOADED) {
            return LOADED.computeIfAbsent(instrument, SheetCatalog::load);
        }
    }

    private static SheetCatalog load(Instrument instrument) {
        List<Sheet> sheets = new ArrayList<>();
        // every instrument has its count of sheets
        int count = Objects.requireNonNull(SHEET_COUNT.get(instrument));
        for (int n = 1; n <= count; n++) {
            String name = instrument.directory() + "/" + fileName(n);
            try (InputStream in = SheetCatalog.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new OcopDataException(SourcePosition.of(name), "sheet " + n, null,
                            Labels.of("thiếu tệp dữ liệu", "data file missing"));
                }
                sheets.add(read(in, instrument, n, name));
            } catch (IOException e) {
                throw new OcopDataException(SourcePosition.of(name), "sheet " + n, null,
                        Labels.of("không đọc được tệp phiếu: " + Limits.quote(e.getMessage()),
                                "unreadable sheet file: " + e.getMessage()), e);
            }
        }
        return new SheetCatalog(instrument, sheets);
    }

    static String fileName(int number) {
        return String.format("sheet-%02d.json", number);
    }

    static ObjectWriter writer() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return MAPPER.writer(printer);
    }

    /** Reads and checks one sheet file; every failure is an error naming the file. */
    static Sheet read(InputStream in, Instrument instrument, int number, String name) {
        SheetFile file;
        try {
            file = StrictJson.read(MAPPER, in, name, SheetFile.class);
        } catch (InvalidDataException e) {
            throw new OcopDataException(e.position(), "sheet " + number, null,
                    Labels.of("không đọc được tệp phiếu: " + e.reason(Language.VIETNAMESE),
                            "unreadable sheet file: " + e.reason()), e);
        }
        return read(file, instrument, number, name);
    }

    private static Sheet read(SheetFile file, Instrument instrument, int number, String name) {
        SourcePosition position = SourcePosition.of(name);
        if (file.number() != number || !instrument.number().equals(file.instrument()) || file.format() != 1) {
            throw new OcopDataException(position, "sheet " + number, "number",
                    Labels.of("tệp ghi phiếu " + file.number() + " của " + Limits.quote(file.instrument())
                            + " (định dạng " + file.format() + ")",
                            "file names sheet " + file.number() + " of " + Limits.quote(file.instrument()) + " (format "
                            + file.format() + ")"));
        }
        try {
            List<KnockOut> knockOuts = new ArrayList<>();
            for (KnockOutJson k : file.knockOuts()) {
                knockOuts.add(knockOut(k, null));
            }
            List<Part> parts = new ArrayList<>();
            for (PartJson p : file.parts()) {
                List<CriterionGroup> groups = new ArrayList<>();
                for (GroupJson g : p.groups()) {
                    List<SheetCriterion> criteria = new ArrayList<>();
                    for (CriterionJson c : g.criteria()) {
                        criteria.add(criterion(c));
                        for (KnockOutJson k : c.knockOuts()) {
                            knockOuts.add(knockOut(k, c.code()));
                        }
                    }
                    List<Subgroup> subgroups = new ArrayList<>();
                    for (SubgroupJson s : g.subgroups()) {
                        subgroups.add(new Subgroup(s.code(), s.title(), s.points()));
                    }
                    groups.add(new CriterionGroup(g.code(), g.title(), g.points(), subgroups, criteria,
                            g.corrections()));
                }
                parts.add(new Part(p.code(), p.title(), p.points(), groups, p.corrections()));
            }
            var src = file.source();
            return new Sheet(instrument, number, file.title(), file.branch(), file.group(), file.subgroup(),
                    file.ministries(), knockOuts, parts, new SheetSource(src.decision(), src.appendix(),
                            src.sheet(), src.text(), src.firstLine(), src.lastLine()));
        } catch (OcopDataException e) {
            throw e.at(position, "sheet " + number, null);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new OcopDataException(position, "sheet " + number, null, Labels.of(
                    "dữ liệu phiếu không hợp lệ: " + Limits.quote(e.getMessage()),
                    "invalid sheet data: " + e.getMessage()), e);
        }
    }

    private static KnockOut knockOut(KnockOutJson k, @Nullable String criterion) {
        return KnockOut.of(k.id(), KnockOutKind.valueOf(k.kind()), k.text(), Optional.ofNullable(criterion),
                k.zeroPointsIn());
    }

    private static SheetCriterion criterion(CriterionJson c) {
        List<Option> options = new ArrayList<>();
        for (OptionJson o : c.options()) {
            options.add(Option.of(options.size() + 1, o.points(),
                    Optional.ofNullable(o.marker()).map(Stars::of), o.label(), Optional.ofNullable(o.variant()),
                    Optional.ofNullable(o.correction())));
        }
        Optional<Condition> condition = Optional.ofNullable(c.applicableWhen())
                .map(w -> new Condition(w.criterion(), w.notOptions(), w.text()));
        return SheetCriterion.of(c.code(), c.title(), c.points(), Optional.ofNullable(c.subgroup()), c.notes(), condition,
                c.corrections(), options);
    }

    /**
     * The instrument of these sheets.
     *
     * @return the instrument
     */
    public Instrument instrument() {
        return instrument;
    }

    /**
     * All sheets, by number.
     *
     * @return the sheets
     */
    public List<Sheet> sheets() {
        return sheets;
    }

    /**
     * The sheet with this number.
     *
     * @param number the sheet number (1 to 26 for 26/2026)
     * @return the sheet
     * @throws OcopDataException if the instrument has no such sheet
     */
    public Sheet sheet(int number) {
        if (number < 1 || number > sheets.size()) {
            throw OcopDataException.api(instrument.number(), "sheet",
                    Labels.of("không có phiếu " + number + " trong " + instrument.number() + " (từ 1 đến "
                            + sheets.size() + ")",
                            "no sheet " + number + " in " + instrument.number() + " (1 to " + sheets.size() + ")"));
        }
        return sheets.get(number - 1);
    }
}
