package qc.trousse.cocktail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class OctetFoldingTest {
    @TempDir
    Path dir;

    private static String unfold(byte[] folded) {
        return new String(folded, StandardCharsets.UTF_8).replace("\r\n ", "");
    }

    @Test
    void accentsAndEmojiAreFoldedAt75OctetsWithoutSplittingACharacter() throws Exception {
        String accents = "DESCRIPTION:Entrée par la porte 3 — apportez l’épinglette « Persévérance » "
                + "et le crédit photo : Hélène Bérubé, Éloïse Côté, Geneviève Lévesque";
        String emoji = "SUMMARY:" + "🎓📚✨".repeat(20) + " Cocktail ᐃᓄᒃᑎᑐᑦ";
        String text = "BEGIN:VCALENDAR\r\n" + accents + "\r\n" + emoji + "\r\nEND:VCALENDAR\r\n";
        byte[] folded = OctetFolding.fold(text);
        Path file = Files.write(dir.resolve("x.ics"), folded);
        IcsFiles.assertFoldedByOctets(file);
        assertThat(unfold(folded)).isEqualTo(text);
    }

    @Test
    void aLineOfExactly75OctetsStaysWholeAndOneMoreFolds() {
        String exact = "X".repeat(73) + "é"; // 73 + 2 octets
        assertThat(new String(OctetFolding.fold(exact + "\r\n"), StandardCharsets.UTF_8)).isEqualTo(exact + "\r\n");
        String over = "X".repeat(74) + "é";
        assertThat(new String(OctetFolding.fold(over + "\r\n"), StandardCharsets.UTF_8))
                .isEqualTo("X".repeat(74) + "\r\n é\r\n");
    }
}
