package qc.trousse.certificates.render;

import java.nio.file.Path;
import java.util.List;

/** What a rendering made: how many pages, the files written, and the characters that had to be left out. */
public record RenderReport(int pages, List<Path> files, List<MissingCharacter> missing) {
    public RenderReport {
        files = List.copyOf(files);
        missing = List.copyOf(missing);
    }
}
