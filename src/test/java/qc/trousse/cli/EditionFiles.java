package qc.trousse.cli;

import qc.trousse.campaign.CampaignFile;
import qc.trousse.campaign.Editions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the tests of the edition commands start from: a new office file of 2027, the 2027 campaign as sent. */
final class EditionFiles {
    private EditionFiles() {
    }

    /** A new file of 2027 in the folder, made by `edition new` as the office would make it. */
    static Path fileOf2027(Path dir) {
        Path data = dir.resolve("bureau-2027.db");
        CliRun run = CliRun.of("--data", data.toString(), "edition", "new", "--year", "2027");
        assertThat(run.exit()).as(run.err()).isZero();
        return data;
    }

    /** The shipped 2027 campaign file with the given keys changed, as the secretariat would send it. */
    static Path campaign2027(Path dir, String name, Map<String, String> changes) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, CampaignFile.parse(name, Editions.shipped().text(2027).orElseThrow()).with(changes));
        return file;
    }

    /** The file's bytes as one fingerprint, to prove that a refused command changed nothing. */
    static String sha(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
