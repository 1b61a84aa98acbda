package qc.trousse.posts;

import qc.trousse.office.Riding;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/** Exports posts to CSV or PDF by the file's extension, through a temporary file so nothing is half-written. */
public final class PostsExport {
    private PostsExport() {
    }

    /** The format a path asks for, or null when its extension is neither .csv nor .pdf. */
    public static String format(Path out) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? "csv" : name.endsWith(".pdf") ? "pdf" : null;
    }

    public static void write(PostService posts, List<Draft> drafts, Path out) throws IOException {
        String format = format(out);
        if (format == null) {
            throw new IllegalArgumentException(out.toString());
        }
        Path dir = out.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".posts", ".tmp");
        try {
            try (OutputStream stream = Files.newOutputStream(tmp)) {
                if (format.equals("csv")) {
                    PostsCsv.write(drafts, posts.networks(), stream);
                } else {
                    PostsPdf.write(drafts, officeLine(posts), posts.networks(), stream);
                }
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** "Marie Tremblay — Jean-Talon": who the posts are for. */
    public static String officeLine(PostService posts) {
        String mna = posts.office().profile().mnaName();
        String riding = posts.office().riding().map(Riding::name).orElse("");
        return (mna + (mna.isBlank() || riding.isBlank() ? "" : " — ") + riding).strip();
    }
}
