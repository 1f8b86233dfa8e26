package io.github.ntmlib.finance.internal;

import io.github.ntmlib.base.internal.JsonFields;
import io.github.ntmlib.finance.FinanceDataException;
import io.github.ntmlib.finance.money.ReportUnit;
import io.github.ntmlib.finance.money.Vnd;
import java.io.InputStream;
import java.util.function.Function;

/**
 * The versioned JSON rule tables of ntm-finance, read with base's {@link JsonFields}: typed errors
 * name the table and the JSON path of a bad field; numbers are exact decimals.
 */
public final class Tables {

    private Tables() {
    }

    /**
     * Reads a table; every bad field is a {@link FinanceDataException} naming the table and path.
     *
     * @param <T>    what the table becomes
     * @param in     the JSON; closed when done
     * @param source the resource or file name, for errors
     * @param reader builds the value from the root node
     * @return the value
     */
    public static <T> T read(InputStream in, String source, Function<JsonFields.Node, T> reader) {
        FinanceDataException.require(source, "source");
        return Positioned.finance(() -> reader.apply(JsonFields.read(in, source)));
    }

    /**
     * Reads a table bundled with this module.
     *
     * @param <T>    what the table becomes
     * @param name   the resource name under {@code io/github/ntmlib/finance/data/}
     * @param reader builds the value from the root node
     * @return the value
     */
    public static <T> T bundled(String name, Function<JsonFields.Node, T> reader) {
        return read(Tables.class.getResourceAsStream("/io/github/ntmlib/finance/data/" + name), name, reader);
    }

    /**
     * A node as a non-negative amount in a unit.
     *
     * @param node the node
     * @param unit the unit the number is in
     * @return the amount
     */
    public static Vnd amount(JsonFields.Node node, ReportUnit unit) {
        return Vnd.of(node.nonNegative(), unit, node.position(), null, node.path());
    }
}
