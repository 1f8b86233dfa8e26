package io.github.ntmlib.report;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A section of a report: a heading and its blocks. Each renderer starts a section on a new page
 * when printed.
 *
 * @param id     a stable identifier, e.g. "districts"
 * @param title  the heading
 * @param blocks the paragraphs, tables and charts, in order
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Section(String id, String title, List<Block> blocks) {

    /**
     * Validates the components.
     *
     * @param id     the identifier
     * @param title  the heading
     * @param blocks the blocks
     */
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /**
     * The tables of this section.
     *
     * @return the tables, in order
     */
    public List<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }
}
