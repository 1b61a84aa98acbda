package qc.trousse.certificates.render;

import java.util.Arrays;

/** The official certificate used as the page: the first page of a PDF, or a PNG or JPEG image. */
public record Background(Kind kind, byte[] bytes) {
    public enum Kind { PDF, IMAGE }

    public Background {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    byte[] raw() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Background b && b.kind == kind && Arrays.equals(b.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return kind + " (" + bytes.length + " o)";
    }
}
