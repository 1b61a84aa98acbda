package qc.trousse.ui.certificates;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.batch.Scope;
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

import static org.assertj.core.api.Assertions.assertThat;

/** What is said before certificates go out: the profile's gaps, what is left to print, and reprints. */
class PrintChecksTest {
    @TempDir
    Path dir;
    private Session session;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final FakePrinting printer = new FakePrinting();
    private int profileOpened;
    private OutputViewModel model;

    @BeforeEach
    void open() throws Exception {
        I18n.setLanguage(Lang.FR);
        session = new Session(DataFile.open(dir.resolve("neuf.db")), Editions.shipped(), Ridings.load());
        session.recipients().importAll(List.of(
                Recipient.of(RecipientKind.PERSON, "Léa Roy", "", LocalDate.of(2020, 2, 18)),
                Recipient.of(RecipientKind.PERSON, "Ève Roy", "", LocalDate.of(2020, 2, 18))));
        model = new OutputViewModel(session.recipients(),
                RecipientsScreen.batches(session, printer, WindowFixture.CAMPAIGN_MONDAY), printer, dialogs,
                new DirectExecutor(), () -> profileOpened++);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aNewOfficeIsToldWhatItsProfileLacksAndCanGoFillItInWithNothingPrinted() {
        dialogs.choices.add(0);
        model.print();
        assertThat(dialogs.errors).singleElement().asString().isEqualTo("Le profil du bureau ne donne pas encore "
                + "le nom du ou de la député·e, la circonscription, la signature : ces champs resteront vides sur "
                + "chaque certificat.");
        assertThat(profileOpened).isEqualTo(1);
        assertThat(printer.sent).isEmpty();
        assertThat(model.status().get()).startsWith("Rien n’a été imprimé ni écrit");
    }

    @Test
    void aNewOfficeThatChoosesToGoOnGetsItsCertificates() throws Exception {
        dialogs.choices.add(1);
        Path pdf = dir.resolve("lot.pdf");
        model.savePdfTo(pdf);
        assertThat(Files.exists(pdf)).isTrue();
        assertThat(profileOpened).isZero();
    }

    @Test
    void cancellingWritesNothing() {
        dialogs.choices.add(2);
        Path pdf = dir.resolve("lot.pdf");
        model.savePdfTo(pdf);
        assertThat(Files.exists(pdf)).isFalse();
        assertThat(profileOpened).isZero();
    }

    @Test
    void aCompleteProfileIsNotAskedAbout() {
        ProfileReady.fill(session.office());
        model.print();
        assertThat(dialogs.errors).isEmpty();
        assertThat(printer.sent).containsExactly("Léa Roy", "Ève Roy");
    }

    @Test
    void theDefaultIsWhatIsLeftToPrintSoOneClickNeverReprintsTheBatch() {
        ProfileReady.fill(session.office());
        assertThat(model.scope().get()).isEqualTo(Scope.UNPRINTED);
        model.print();
        assertThat(printer.sent).containsExactly("Léa Roy", "Ève Roy");
        printer.sent.clear();
        model.print();
        assertThat(printer.sent).isEmpty();
        assertThat(model.summary().get()).isEqualTo("0 certificat");
    }

    @Test
    void reprintingWhatWasPrintedIsSaidBeforeTheSheetsComeOut() {
        ProfileReady.fill(session.office());
        model.print();
        dialogs.confirmAnswer = false;
        model.scope().set(Scope.ALL);
        model.print();
        assertThat(dialogs.questions.get(dialogs.questions.size() - 1))
                .endsWith("\nDont 2 déjà imprimés : ils seront imprimés de nouveau.");
        assertThat(printer.sent).containsExactly("Léa Roy", "Ève Roy");
    }
}
