package qc.trousse.ui.certificates;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientState;
import qc.trousse.certificates.batch.Scope;
import qc.trousse.certificates.render.Paper;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.ui.ScriptedDialogs;
import qc.trousse.ui.WindowFixture;
import qc.trousse.ui.task.DirectExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The output panel as plain objects, on a real data file, with real PDFs and a printer that answers as told. */
class OutputViewModelTest {
    static final List<String> NAMES = List.of("Éloïse Côté-Bérubé", "ᐃᓄᒃᑎᑐᑦ Qullialuk", "Nguyễn Thị Minh Khai",
            "Club Optimiste de L’Assomption", "Kanien'kehá:ka Tékaronhiáhkhwa");
    @TempDir
    Path dir;
    private Session session;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final DirectExecutor executor = new DirectExecutor();
    private final FakePrinting printer = new FakePrinting();
    private OutputViewModel model;

    @BeforeEach
    void open() throws Exception {
        I18n.setLanguage(Lang.FR);
        session = new Session(DataFile.open(dir.resolve("out.db")), Editions.shipped(), Ridings.load());
        ProfileReady.fill(session.office());
        session.recipients().importAll(NAMES.stream().map(n -> Recipient.of(
                n.startsWith("Club") ? RecipientKind.ORGANISATION : RecipientKind.PERSON, n, "Pour sa persévérance",
                LocalDate.of(2020, 2, 18))).toList());
        model = new OutputViewModel(session.recipients(),
                RecipientsScreen.batches(session, printer, WindowFixture.CAMPAIGN_MONDAY), printer, dialogs, executor,
                () -> { });
    }

    @AfterEach
    void close() {
        session.close();
    }

    private List<Recipient> all() {
        return session.recipients().all();
    }

    @Test
    void printersAreTheSystemsWithItsDefaultChosen() {
        assertThat(model.printers()).containsExactly("Bureau", "Salle");
        assertThat(model.printer().get()).isEqualTo("Salle");
    }

    @Test
    void onePdfHasAPagePerRecipientWithEveryNameExactlyAndMarksNothing() throws Exception {
        Path pdf = dir.resolve("lot.pdf");
        dialogs.files.add(pdf);
        model.paper().set(Paper.A4);
        model.savePdf();
        assertThat(dialogs.errors).isEmpty();
        assertThat(model.status().get()).isEqualTo("5 certificats enregistrés dans " + pdf + ".");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(5);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
            for (int i = 0; i < NAMES.size(); i++) {
                PDFTextStripper page = new PDFTextStripper();
                page.setStartPage(i + 1);
                page.setEndPage(i + 1);
                assertThat(page.getText(doc).lines()).as("page %d", i + 1).contains(NAMES.get(i));
            }
        }
        assertThat(all()).allSatisfy(r -> assertThat(r.state()).isEqualTo(RecipientState.TO_PRINT));
        assertThat(printer.sent).isEmpty();
    }

    @Test
    void onePdfPerRecipientOfTheSelectionIntoAFolder() throws Exception {
        Path folder = dir.resolve("certificats");
        model.each().set(true);
        model.scope().set(Scope.SELECTION);
        model.selection().setAll(all().get(0), all().get(1));
        dialogs.files.add(folder);
        model.savePdf();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("Éloïse Côté-Bérubé.pdf", "ᐃᓄᒃᑎᑐᑦ Qullialuk.pdf");
        }
        try (PDDocument doc = Loader.loadPDF(folder.resolve("ᐃᓄᒃᑎᑐᑦ Qullialuk.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(doc).lines()).contains("ᐃᓄᒃᑎᑐᑦ Qullialuk");
        }
        assertThat(all()).allSatisfy(r -> assertThat(r.printedAt()).isNull());
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedAndNothingIsLeft() throws Exception {
        Path blocker = Files.writeString(dir.resolve("pas-un-dossier"), "x");
        Path folder = blocker.resolve("sortie");
        model.each().set(true);
        model.savePdfTo(folder);
        assertThat(dialogs.errors).containsExactly(blocker + " est un fichier, pas un dossier\u00a0: " + folder
                + " n’a pas été écrit.");
        assertThat(model.busy().get()).isFalse();

        model.each().set(false);
        dialogs.errors.clear();
        model.savePdfTo(blocker.resolve("lot.pdf"));
        assertThat(dialogs.errors).singleElement().asString().contains(blocker.toString());
    }

    @Test
    void anOutputRefusedIsTheOneSentenceTheCommandsPrint() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("certificats.pdf"));
        model.savePdfTo(folder);
        assertThat(dialogs.errors).containsExactly(folder + " est un dossier\u00a0: donnez le nom d’un fichier à "
                + "écrire. Le dossier n’a pas été touché.");
        assertThat(model.status().get()).isEqualTo(dialogs.errors.get(0));
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void anAcceptedJobMarksTheBatchPrintedAtThatTime() {
        model.scope().set(Scope.SELECTION);
        model.selection().setAll(all().get(2), all().get(4));
        assertThat(model.summary().get()).isEqualTo("2 certificats");
        model.copies().set(2);
        model.print();
        assertThat(printer.sent).containsExactly("Nguyễn Thị Minh Khai", "Kanien'kehá:ka Tékaronhiáhkhwa");
        assertThat(printer.lastRequest.printer()).isEqualTo("Salle");
        assertThat(printer.lastRequest.copies()).isEqualTo(2);
        assertThat(all()).filteredOn(r -> r.state() == RecipientState.PRINTED).extracting(Recipient::name)
                .containsExactlyInAnyOrder("Nguyễn Thị Minh Khai", "Kanien'kehá:ka Tékaronhiáhkhwa");
        assertThat(all()).filteredOn(r -> r.printedAt() != null).allSatisfy(r ->
                assertThat(r.printedAt()).isEqualTo(WindowFixture.CAMPAIGN_MONDAY.instant()));
        assertThat(model.status().get()).contains("2 récipiendaires marqués imprimés");

        // Then "not yet printed" is the other three.
        model.scope().set(Scope.UNPRINTED);
        assertThat(model.summary().get()).isEqualTo("3 certificats");
        assertThat(model.chosen()).extracting(Recipient::name).containsExactly("Éloïse Côté-Bérubé",
                "ᐃᓄᒃᑎᑐᑦ Qullialuk", "Club Optimiste de L’Assomption");
    }

    @Test
    void saidNoToTheSheetsNothingPrints() {
        dialogs.confirmAnswer = false;
        model.print();
        assertThat(dialogs.confirmations).isEqualTo(1);
        assertThat(printer.sent).isEmpty();
        assertThat(all()).allSatisfy(r -> assertThat(r.printedAt()).isNull());
    }

    @Test
    void aRefusedJobMarksNothingAndSaysWhy() {
        printer.answer = FakePrinting.Answer.REFUSE;
        model.print();
        assertThat(printer.sent).hasSize(5);
        assertThat(dialogs.errors).containsExactly("bourrage papier sur Salle");
        assertThat(all()).allSatisfy(r -> assertThat(r.state()).isEqualTo(RecipientState.TO_PRINT));
    }

    @Test
    void aCancelledJobMarksNothing() {
        printer.answer = FakePrinting.Answer.CANCEL;
        model.print();
        assertThat(dialogs.errors).isEmpty();
        assertThat(model.status().get()).startsWith("Annulé");
        assertThat(model.busy().get()).isFalse();
        assertThat(all()).allSatisfy(r -> assertThat(r.printedAt()).isNull());
    }

    @Test
    void theMissingCharacterReportComesFirstAndTheUserMayStop() {
        Recipient emoji = session.recipients().add(Recipient.of(RecipientKind.PERSON, "Léa Roy", "Bravo 🥳 !",
                LocalDate.of(2020, 2, 18)));
        model.scope().set(Scope.SELECTION);
        model.selection().setAll(emoji);
        dialogs.confirmAnswer = false;
        model.print();
        assertThat(dialogs.confirmations).isEqualTo(1);
        assertThat(printer.sent).isEmpty();
        assertThat(model.status().get()).startsWith("Arrêté");

        dialogs.confirmAnswer = true;
        model.print();
        assertThat(dialogs.confirmations).as("the report, then how many sheets where").isEqualTo(3);
        assertThat(printer.sent).containsExactly("Léa Roy");
        assertThat(session.recipients().find(emoji.id()).orElseThrow().state()).isEqualTo(RecipientState.PRINTED);
    }

    @Test
    void theReportNamesTheRecipientAndTheCharacter() {
        Recipient emoji = session.recipients().add(Recipient.of(RecipientKind.PERSON, "Léa Roy", "Bravo 🥳 !",
                LocalDate.of(2020, 2, 18)));
        String report = OutputChecks.report(RecipientsScreen.batches(session, printer,
                WindowFixture.CAMPAIGN_MONDAY).get().check(List.of(emoji)));
        assertThat(report).contains("Léa Roy").contains("🥳").contains("U+1F973").endsWith("Continuer\u00a0?");
    }

    @Test
    void nothingChosenIsSaidAndNothingRuns() {
        model.scope().set(Scope.SELECTION);
        model.print();
        assertThat(model.status().get()).isEqualTo("Sélectionnez au moins un récipiendaire dans la liste.");
        assertThat(printer.sent).isEmpty();
    }

    @Test
    void thePreviewIsTheSelectedRecipientsPage() {
        RecipientPreviewModel preview = new RecipientPreviewModel(
                RecipientsScreen.batches(session, printer, WindowFixture.CAMPAIGN_MONDAY), executor);
        preview.show(all().get(1), Paper.LETTER);
        assertThat(preview.image().get()).isNotNull();
        assertThat(preview.image().get().getWidth()).isGreaterThan(preview.image().get().getHeight());
        assertThat(preview.warnings().get()).isEmpty();
        preview.show(Recipient.of(RecipientKind.PERSON, "Léa", "🥳", LocalDate.of(2020, 2, 18)), Paper.A4);
        assertThat(preview.warnings().get()).contains("Léa").contains("🥳");
        preview.show(null, Paper.A4);
        assertThat(preview.image().get()).isNull();
    }
}
