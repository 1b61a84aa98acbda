package qc.trousse.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that counts what is read and stops at a limit: a workbook's parts are compressed, and what they
 * hold once inflated is only known by reading them.
 */
final class BoundedInput extends FilterInputStream {
    private final long limit;
    private long read;

    BoundedInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    long count() {
        return read;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    private void add(long n) {
        read += n;
        if (read > limit) {
            throw new Overflow();
        }
    }

    /** More was there than the limit allows. */
    static final class Overflow extends RuntimeException {
        Overflow() {
            super(null, null, false, false);
        }
    }
}
