package qc.trousse.ui.certificates;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientState;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.ui.ScriptedDialogs;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Cancel pressed while a print runs: before the pages are drawn nothing prints or is marked; after, it is marked. */
class OutputCancelTest {
    @TempDir
    Path dir;
    private Session session;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final SteppedExecutor executor = new SteppedExecutor();
    private final FakePrinting printer = new FakePrinting();
    private OutputViewModel model;

    @BeforeEach
    void open() throws Exception {
        I18n.setLanguage(Lang.FR);
        session = new Session(DataFile.open(dir.resolve("cancel.db")), Editions.shipped(), Ridings.load());
        ProfileReady.fill(session.office());
        session.recipients().importAll(List.of(
                Recipient.of(RecipientKind.PERSON, "Léa Roy", "", LocalDate.of(2020, 2, 18)),
                Recipient.of(RecipientKind.PERSON, "ᐃᓄᒃᑎᑐᑦ", "", LocalDate.of(2020, 2, 18))));
        model = new OutputViewModel(session.recipients(),
                RecipientsScreen.batches(session, printer, WindowFixture.CAMPAIGN_MONDAY), printer, dialogs, executor,
                () -> { });
        executor.runAll();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void cancelBeforeThePagesAreDrawnPrintsAndMarksNothing() {
        model.print();
        executor.runNext(); // the missing-character check, which starts the print
        assertThat(model.busy().get()).isTrue();
        model.cancel();
        executor.runNext();
        assertThat(printer.sent).isEmpty();
        assertThat(model.busy().get()).isFalse();
        assertThat(model.status().get()).startsWith("Annulé");
        assertThat(session.recipients().all()).allSatisfy(r -> assertThat(r.printedAt()).isNull());
    }

    @Test
    void cancelWhileTheJobIsSentStillMarksWhatThePrinterAccepted() {
        printer.whenDrawn = model::cancel;
        model.print();
        executor.runAll();
        assertThat(printer.sent).hasSize(2);
        assertThat(session.recipients().all()).allSatisfy(r -> assertThat(r.state()).isEqualTo(RecipientState.PRINTED));
        assertThat(model.status().get()).contains("2 récipiendaires marqués");
    }
}
