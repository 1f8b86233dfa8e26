package io.github.ntmlib.base.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/** Streams whose source fails: the caller's I/O error, which a reader must not report as bad data. */
final class Failing {

    private Failing() {
    }

    /** A reader that gives {@code first} (may be empty) and then fails. */
    static Reader reader(String first) {
        return new Reader() {
            private boolean given = first.isEmpty();

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                if (given) {
                    throw new IOException("disk gone");
                }
                given = true;
                first.getChars(0, first.length(), buffer, offset);
                return first.length();
            }

            @Override
            public void close() {
            }
        };
    }

    /** A byte stream that fails at once. */
    static InputStream stream() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
    }
}
