package qc.trousse.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The start of the edition command tests that work on one new office file of 2027, made fresh for each test. */
abstract class OnFileOf2027 {
    @TempDir
    Path dir;
    /** The file of 2027 in {@link #dir}, as `edition new --year 2027` made it. */
    Path data;

    @BeforeEach
    void aFileOf2027() {
        data = EditionFiles.fileOf2027(dir);
    }
}
