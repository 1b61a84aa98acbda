package qc.trousse.ui.posts;

import qc.trousse.i18n.I18n;
import qc.trousse.posts.Draft;
import qc.trousse.posts.PostService;
import qc.trousse.posts.PostsExport;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.FileType;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The posts' exports: all of them, or one day's, as CSV or as the PDF the MNA signs. */
final class PostsExporter {
    static final FileType CSV = new FileType("posts.file.csv", List.of("*.csv"));
    static final FileType PDF = new FileType("posts.file.pdf", List.of("*.pdf"));
    private final PostService posts;
    private final DialogService dialogs;

    PostsExporter(PostService posts, DialogService dialogs) {
        this.posts = posts;
        this.dialogs = dialogs;
    }

    /** Asks where, then writes all posts (or the day's) as CSV or PDF, and says how it went. */
    void export(boolean pdf, LocalDate day) {
        String name = "jps" + posts.campaign().yearText() + "-publications" + (day != null ? "-" + day : "")
                + (pdf ? ".pdf" : ".csv");
        dialogs.saveFile(I18n.tr("posts.export.title"), name, List.of(pdf ? PDF : CSV)).ifPresent(file -> {
            try {
                dialogs.info(I18n.tr("posts.export.title"), exportTo(file, day));
            } catch (IOException | RuntimeException e) {
                qc.trousse.ui.Failures.report(dialogs, I18n.tr("posts.export.title"), qc.trousse.ui.OutputFailures
                        .sentence(e, () -> I18n.tr("posts.cli.writeFailed", file, e.getMessage())), e);
            }
        });
    }

    /** Writes the file (its extension says CSV or PDF) and returns the sentence that says so. */
    String exportTo(Path file, LocalDate day) throws IOException {
        if (PostsExport.format(file) == null) {
            throw new IOException(I18n.tr("posts.cli.badFormat", file.getFileName()));
        }
        List<Draft> chosen = day != null ? posts.draftsOn(day) : posts.drafts();
        PostsExport.write(posts, chosen, file);
        return I18n.count("posts.cli.exported", chosen.size(), file);
    }
}
