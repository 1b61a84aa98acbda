package qc.trousse.posts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The fonts that ship in assets/fonts (DejaVu Sans, see LICENSE-DejaVu.txt): they cover French and more. */
public final class PostsFonts {
    public static final String REGULAR = "/assets/fonts/DejaVuSans.ttf";
    public static final String BOLD = "/assets/fonts/DejaVuSans-Bold.ttf";

    private PostsFonts() {
    }

    public static InputStream open(String resource) {
        InputStream in = PostsFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing font " + resource));
        }
        return in;
    }
}
