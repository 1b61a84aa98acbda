package qc.trousse.ui.certificates;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.render.Background;
import qc.trousse.certificates.render.FieldId;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.ui.FileType;
import qc.trousse.ui.WindowFixture;
import qc.trousse.ui.task.DirectExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The designer against a real data file: moves and backgrounds are saved, survive reopening, and undo. */
class DesignViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aDraggedFieldIsSavedInTheFileAndUndoes() throws Exception {
        I18n.setLanguage(Lang.FR);
        Path file = dir.resolve("design.db");
        try (Session session = open(file)) {
            DesignViewModel model = new DesignViewModel(session, new NoDialogs(null), new DirectExecutor(),
                    WindowFixture.CAMPAIGN_MONDAY);
            assertThat(model.preview().get()).isNotNull();
            model.move(FieldId.NAME, 0.30, 0.42);
            model.selected().set(FieldId.REASON);
            model.setSize(18);
            model.setColor(0x123456);
            assertThat(model.design().get().style(FieldId.NAME).x()).isCloseTo(0.30, within(1e-9));
            session.history().undo();
            assertThat(model.design().get().style(FieldId.REASON).color()).isNotEqualTo(0x123456);
            session.history().redo();
        }
        try (Session session = open(file)) {
            var design = session.certificateDesign().design();
            assertThat(design.style(FieldId.NAME).x()).isCloseTo(0.30, within(1e-9));
            assertThat(design.style(FieldId.NAME).y()).isCloseTo(0.42, within(1e-9));
            assertThat(design.style(FieldId.REASON).color()).isEqualTo(0x123456);
        }
    }

    @Test
    void theOfficialCertificateBecomesTheBackgroundAndABadFileIsRefusedByName() throws Exception {
        I18n.setLanguage(Lang.FR);
        Path official = dir.resolve("certificat-officiel.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(792, 612));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setNonStrokingColor(0.9f, 0.95f, 0.9f);
                cs.addRect(20, 20, 752, 572);
                cs.fill();
            }
            doc.save(official.toFile());
        }
        Path notAnImage = dir.resolve("signature.png");
        Files.writeString(notAnImage, "bonjour");
        Path file = dir.resolve("bg.db");
        try (Session session = open(file)) {
            NoDialogs dialogs = new NoDialogs(official);
            DesignViewModel model = new DesignViewModel(session, dialogs, new DirectExecutor(),
                    WindowFixture.CAMPAIGN_MONDAY);
            model.importBackground();
            assertThat(model.design().get().background().kind()).isEqualTo(Background.Kind.PDF);
            assertThat(model.preview().get()).isNotNull();
            dialogs.answer = notAnImage;
            model.importBackground();
            assertThat(dialogs.errors).singleElement().asString().contains("signature.png");
            assertThat(model.design().get().background().kind()).isEqualTo(Background.Kind.PDF);
        }
        try (Session session = open(file)) {
            assertThat(session.certificateDesign().design().background()).isNotNull();
            session.certificateDesign().setBackground(null);
            session.history().undo();
            assertThat(session.certificateDesign().design().background()).isNotNull();
        }
    }

    @Test
    void aPdfBackgroundThatCannotBeArchivedIsRefusedInOneSentenceAndTheDesignIsLeft() throws Exception {
        I18n.setLanguage(Lang.FR);
        Path official = dir.resolve("fond-helvetica.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(792, 612));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.TIMES_ROMAN), 24);
                cs.newLineAtOffset(100, 500);
                cs.showText("Certificat");
                cs.endText();
            }
            doc.save(official.toFile());
        }
        try (Session session = open(dir.resolve("refus.db"))) {
            NoDialogs dialogs = new NoDialogs(official);
            DesignViewModel model = new DesignViewModel(session, dialogs, new DirectExecutor(),
                    WindowFixture.CAMPAIGN_MONDAY);
            model.importBackground();
            assertThat(dialogs.errors).singleElement().asString()
                    .contains("«\u00a0fond-helvetica.pdf\u00a0» ne peut pas servir de fond\u00a0: sa police Times-Roman");
            assertThat(model.design().get().background()).isNull();
            assertThat(session.history().canUndo()).isFalse();
        }
    }

    private static Session open(Path file) throws Exception {
        return new Session(DataFile.open(file), Editions.shipped(), Ridings.load());
    }

    /** Answers the open-file chooser with a path and keeps the errors. */
    private static final class NoDialogs implements qc.trousse.ui.DialogService {
        final List<String> errors = new ArrayList<>();
        Path answer;

        NoDialogs(Path answer) {
            this.answer = answer;
        }

        @Override
        public void error(String title, String message) {
            errors.add(message);
        }

        @Override
        public void info(String title, String message) {
        }

        @Override
        public boolean confirm(String title, String message) {
            return true;
        }

        @Override
        public int choose(String title, String message, List<String> actions) {
            return 0;
        }

        @Override
        public Optional<Path> openFile(String title, List<FileType> types) {
            return Optional.ofNullable(answer);
        }

        @Override
        public Optional<Path> saveFile(String title, String suggestedName, List<FileType> types) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.empty();
        }
    }
}
