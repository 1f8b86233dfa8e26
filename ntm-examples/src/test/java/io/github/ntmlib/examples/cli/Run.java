package io.github.ntmlib.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command in-process: exit code, standard output and standard error. A JSON
 * document printed ({@code --format json}) is validated against the JSON Schema it names
 * ({@link Schemas}), so every JSON output of the tests is checked.
 */
record Run(int code, String out, String err) {

    static final String SEED = "../ntm-core/src/test/resources/seed/ha-tinh-ntm-2024-report.txt";

    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Ntm.run(new PrintWriter(out), new PrintWriter(err), args);
        Schemas.checkIfDocument(out.toString());
        return new Run(code, out.toString(), err.toString());
    }
}
