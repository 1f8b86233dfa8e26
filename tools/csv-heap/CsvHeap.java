import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.io.DataCsv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Heap a values CSV needs (issue 20, docs/performance.md): "generate FILE MB" writes a values CSV
 * of about MB megabytes; "read FILE" reads it with DataCsv.readObservations and prints the rows,
 * wall and CPU time, GC time, the heap's peak (every heap pool's peak after a reset at start) and
 * the heap retained by the result after a full GC. Run "read" under decreasing -Xmx to find the
 * least heap the read completes in.
 *
 * <pre>
 * java -cp "$CP" tools/csv-heap/CsvHeap.java generate /tmp/values-50mb.csv 50
 * java -Xmx400m -cp "$CP" tools/csv-heap/CsvHeap.java read /tmp/values-50mb.csv
 * </pre>
 */
public final class CsvHeap {

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[1]);
        if (args[0].equals("generate")) {
            generate(file, Long.parseLong(args[2]) * 1_000_000L);
            return;
        }
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long gc0 = gcMillis();
        List<Observation> rows;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = DataCsv.readObservations(in, file.getFileName().toString());
        }
        long wall = (System.nanoTime() - wall0) / 1_000_000;
        long cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        long gc = gcMillis() - gc0;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long retained = rt.totalMemory() - rt.freeMemory();
        long size = Files.size(file);
        System.out.printf("rows %d, file %.1f MB, wall %d ms, cpu %d ms, gc %d ms, peak heap %.0f MB (%.1f× file),"
                + " retained %.0f MB (%.1f× file), max heap %.0f MB%n", rows.size(), size / 1e6, wall, cpu, gc,
                peak / 1e6, (double) peak / size, retained / 1e6, (double) retained / size, rt.maxMemory() / 1e6);
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /** Rows of every kind over many units and indicators, as a province's yearly file has them. */
    private static void generate(Path file, long bytes) throws IOException {
        String[] indicators = {"3.1", "3.2", "10.income", "5.1", "7.2", "17.8", "13.1", "2.1"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("unit,indicator,year,kind,value,part,whole,unit_of_measure,reporter,reference,as_of\r\n");
            long written = 0;
            for (long i = 0; written < bytes; i++) {
                String unit = String.valueOf(10_000 + i / indicators.length % 9_000);
                String indicator = indicators[(int) (i % indicators.length)];
                String row = switch ((int) (i % 4)) {
                    case 0 -> unit + "," + indicator + ",2024,RATIO,," + (i % 997) + ",1000,,Sở NN&PTNT,BC 15/2024,";
                    case 1 -> unit + "," + indicator + ",2024,QUANTITY," + (i % 90) + "." + (i % 10)
                            + ",,,triệu đồng/người/năm,Cục Thống kê,,2024-11-30";
                    case 2 -> unit + "," + indicator + ",2024,COUNT," + (i % 5000) + ",,,,UBND xã,,";
                    default -> unit + "," + indicator + ",2024,FLAG,Đạt,,,,Sở NN&PTNT,BC 15/2024,";
                };
                out.write(row);
                out.write("\r\n");
                written += row.length() + 2;
            }
        }
    }
}
