package qc.trousse.office;

import java.util.Arrays;

/** A signature or logo as stored in the data file: the original bytes, checked to be a PNG or JPEG. */
public record OfficeImage(String format, int width, int height, byte[] bytes) {
    public OfficeImage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OfficeImage other && format.equals(other.format) && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return format + " " + width + "×" + height + " (" + bytes.length + " o)";
    }
}
