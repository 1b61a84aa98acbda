package qc.trousse.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.certificates.render.Align;
import qc.trousse.certificates.render.Background;
import qc.trousse.certificates.render.CertificateDesign;
import qc.trousse.certificates.render.FieldId;
import qc.trousse.certificates.render.FieldStyle;
import qc.trousse.certificates.render.FontRole;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateDesignRepositoryTest {
    @TempDir
    Path dir;

    private static final FieldStyle MOVED_NAME =
            new FieldStyle(.1, .4, .5, .2, 40, 0x112233, Align.LEFT, FontRole.TITLE, true);

    @Test
    void aFileWithoutDesignGivesTheCampaignsDesign() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("empty.db"))) {
            assertThat(new CertificateDesignRepository(data).load()).isEqualTo(CertificateDesign.builtIn());
        }
    }

    @Test
    void aMovedFieldAndAnOfficialBackgroundSurviveReopeningTheFile() throws Exception {
        Path file = dir.resolve("design.db");
        CertificateDesign designed = CertificateDesign.builtIn().with(FieldId.NAME, MOVED_NAME)
                .withBackground(new Background(Background.Kind.PDF, new byte[] {'%', 'P', 'D', 'F'}));
        try (DataFile data = DataFile.open(file)) {
            new CertificateDesignRepository(data).save(CertificateDesign.builtIn(), designed);
        }
        try (DataFile data = DataFile.open(file)) {
            CertificateDesign loaded = new CertificateDesignRepository(data).load();
            assertThat(loaded).isEqualTo(designed);
            assertThat(loaded.style(FieldId.NAME)).isEqualTo(MOVED_NAME);
            assertThat(loaded.background().bytes()).containsExactly('%', 'P', 'D', 'F');
        }
    }

    @Test
    void goingBackToTheCampaignsDesignRemovesTheBackground() throws Exception {
        try (DataFile data = DataFile.open(dir.resolve("back.db"))) {
            CertificateDesignRepository repo = new CertificateDesignRepository(data);
            CertificateDesign official = CertificateDesign.builtIn()
                    .withBackground(new Background(Background.Kind.IMAGE, new byte[] {1, 2}));
            repo.save(CertificateDesign.builtIn(), official);
            repo.save(official, CertificateDesign.builtIn());
            assertThat(repo.load().backgroundIfAny()).isEmpty();
            assertThat(repo.load()).isEqualTo(CertificateDesign.builtIn());
        }
    }
}
