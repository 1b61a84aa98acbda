package qc.trousse.posts;

import qc.trousse.office.Riding;
import qc.trousse.work.WholeFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Exports posts to CSV or PDF by the file's extension, written whole (see {@link WholeFile}). */
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
        WholeFile.<RuntimeException>write(out, stream -> {
            if (format.equals("csv")) {
                PostsCsv.write(drafts, posts.networks(), stream);
            } else {
                PostsPdf.write(drafts, qc.trousse.campaign.WeekWords.tr(posts.campaign(), "posts.pdf.title"),
                        officeLine(posts), posts.office().profile().mnaName(), posts.networks(), stream);
            }
        });
    }

    /** "Marie Tremblay — Jean-Talon": who the posts are for. */
    public static String officeLine(PostService posts) {
        String mna = posts.office().profile().mnaName();
        String riding = posts.office().riding().map(Riding::name).orElse("");
        return (mna + (mna.isBlank() || riding.isBlank() ? "" : " — ") + riding).strip();
    }
}
