package qc.trousse.cli;

import qc.trousse.work.OutputTarget;
import qc.trousse.work.WholeFile;

import java.nio.file.Path;

/** Every command's --out (or --each) is checked before the data file is opened, by the same rule as the window. */
final class Outputs {
    private Outputs() {
    }

    static void check(Path out) throws CommandFailure {
        try {
            OutputTarget.checkFile(out);
        } catch (WholeFile.Refused e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }

    static void checkFolder(Path each) throws CommandFailure {
        try {
            OutputTarget.checkFolderOutput(each);
        } catch (WholeFile.Refused e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }
}
