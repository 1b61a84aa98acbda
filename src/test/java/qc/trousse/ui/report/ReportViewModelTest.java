package qc.trousse.ui.report;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.report.WeekFile;
import qc.trousse.session.Session;
import qc.trousse.ui.ScriptedDialogs;
import qc.trousse.ui.task.DirectExecutor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static qc.trousse.report.WeekReportPdfTest.text;

/** The report screen's model on a real file, with work run at once and dialogs answered from a script. */
class ReportViewModelTest {
    @TempDir
    Path dir;
    Session session;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    DirectExecutor executor = new DirectExecutor();
    ReportViewModel model;

    @BeforeEach
    void open() {
        I18n.setLanguage(Lang.FR);
        Path file = dir.resolve("semaine.db");
        WeekFile.fill(file);
        session = WeekFile.open(file);
        model = new ReportViewModel(session, dialogs, executor);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void previewHasEveryPageAndTurnsThem() {
        model.refresh();
        assertThat(model.working().get()).isFalse();
        assertThat(model.pages()).hasSize(2);
        assertThat(model.page().get()).isSameAs(model.pages().get(0));
        assertThat(model.page().get().getWidth()).isEqualTo(Math.round(8.5 * PreviewPages.DPI), within());
        assertThat(model.pageLabel().get()).isEqualTo("Page 1 de 2");
        assertThat(model.atFirst().get()).isTrue();
        model.next();
        assertThat(model.pageLabel().get()).isEqualTo("Page 2 de 2");
        assertThat(model.atLast().get()).isTrue();
        model.next();
        assertThat(model.pageIndex().get()).isEqualTo(1);
        model.previous();
        assertThat(model.page().get()).isSameAs(model.pages().get(0));
    }

    private static Offset<Double> within() {
        return Offset.offset(1.0);
    }

    @Test
    void exportWritesTheChosenLanguageWhereTheUserSaid() throws IOException {
        model.reportLang().set(Lang.EN);
        assertThat(model.pages()).isNotEmpty();
        Path target = dir.resolve("report.pdf");
        dialogs.files.push(target);
        model.export();
        assertThat(model.status().get()).isEqualTo("Bilan enregistré\u00a0: " + target);
        assertThat(dialogs.errors).isEmpty();
        assertThat(text(target)).contains("Report on the week", "Gérard D’Amours-Lévesque",
                WeekFile.SYLLABICS + " Qaunnaq", "Wearing the green-and-white ribbon");
    }

    @Test
    void aCancelledChooserWritesNothingAndAFailedWriteIsToldPlainly() throws IOException {
        model.export();
        assertThat(Files.list(dir).filter(p -> p.toString().endsWith(".pdf"))).isEmpty();
        Path nowhere = dir.resolve("absent").resolve("bilan.pdf");
        dialogs.files.push(nowhere);
        model.export();
        // The one sentence the report command prints for the same path, with nothing around it.
        assertThat(dialogs.errors).containsExactly("Le dossier " + nowhere.getParent() + " n’existe pas\u00a0: "
                + nowhere + " n’a pas été écrit. Créez-le ou choisissez un autre dossier.");
        assertThat(model.working().get()).isFalse();
    }

    @Test
    void anEditOrUndoRedrawsThePreviewUntilTheScreenIsLeft() {
        model.refresh();
        var before = model.pages().get(0);
        long guest = session.guests().all().get(0).id();
        session.guests().setRsvp(guest, RsvpState.DECLINED);
        assertThat(model.pages().get(0)).isNotSameAs(before);
        var declined = model.pages().get(0);
        session.history().undo();
        assertThat(model.pages().get(0)).isNotSameAs(declined);
        var undone = model.pages().get(0);
        model.dispose();
        session.history().redo();
        assertThat(model.pages().get(0)).isSameAs(undone);
    }

    @Test
    void aCancelledPreviewKeepsThePreviousPages() {
        model.refresh();
        var before = model.pages().get(0);
        executor.cancelNext();
        model.refresh();
        assertThat(model.pages()).first().isSameAs(before);
        assertThat(model.working().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }
}
