package qc.trousse.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadView;

import java.io.IOException;
import java.io.InputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Map.Entry;

/**
 * Copies of PDF objects for another document whose streams are their encoded bytes, read once and then shared by
 * every copy, never re-encoded or copied into a new buffer. A batch of one PDF per person put a quarter of its
 * time into copying the same font subsets and images into each file ({@code PDFCloneUtility} writes each stream
 * into a fresh buffer of the target document) and compressing the same colour profile again. A copy of a copy
 * shares the bytes of the first, so a caller copies its template once and then copies that for each document.
 * The bytes are never written to: copies are safe on any thread, each stream reading its own view of them.
 */
public final class EncodedCopies {
    private EncodedCopies() {
    }

    /** A stream whose encoded (filtered) bytes are these; its dictionary must say how they are encoded. */
    public static COSStream stream(byte[] encoded) throws IOException {
        return new Encoded(encoded);
    }

    /** The bytes compressed as a FlateDecode stream's (zlib), for {@link #stream}. */
    public static byte[] deflate(byte[] data) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater();
        try {
            deflater.setInput(data);
            deflater.finish();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(data.length);
            byte[] chunk = new byte[8192];
            while (!deflater.finished()) {
                out.write(chunk, 0, deflater.deflate(chunk));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** The object and everything it reaches, for another document; an object reached twice is copied once. */
    public static <T extends COSBase> T copy(T base) throws IOException {
        @SuppressWarnings("unchecked")
        T copy = (T) copy(base, new IdentityHashMap<>());
        return copy;
    }

    private static COSBase copy(COSBase base, Map<COSBase, COSBase> done) throws IOException {
        if (base instanceof COSObject indirect) {
            return copy(indirect.getObject(), done); // as PDFCloneUtility: the writer makes it indirect again
        }
        if (!(base instanceof COSArray) && !(base instanceof COSDictionary)) {
            return base; // names, numbers, strings, null: never changed once made
        }
        COSBase seen = done.get(base);
        if (seen != null) {
            return seen;
        }
        if (base instanceof COSArray array) {
            COSArray out = new COSArray();
            done.put(base, out);
            for (int i = 0; i < array.size(); i++) {
                out.add(copy(array.get(i), done));
            }
            return out;
        }
        COSDictionary dict = (COSDictionary) base;
        COSDictionary out = dict instanceof COSStream stream ? new Encoded(bytes(stream)) : new COSDictionary();
        done.put(base, out);
        for (Entry<COSName, COSBase> e : dict.entrySet()) {
            if (!(out instanceof COSStream && COSName.LENGTH.equals(e.getKey()))) {
                out.setItem(e.getKey(), copy(e.getValue(), done));
            }
        }
        return out;
    }

    private static byte[] bytes(COSStream stream) throws IOException {
        if (stream instanceof Encoded encoded) {
            return encoded.bytes;
        }
        try (InputStream in = stream.createRawInputStream()) {
            return in.readAllBytes();
        }
    }

    /** Reads its bytes through a view of its own (the view keeps the position), so sharing the array is safe. */
    private static final class Encoded extends COSStream {
        private final byte[] bytes;

        Encoded(byte[] bytes) throws IOException {
            super(null, new RandomAccessReadView(new RandomAccessReadBuffer(bytes), 0, bytes.length, true));
            this.bytes = bytes;
        }
    }
}
