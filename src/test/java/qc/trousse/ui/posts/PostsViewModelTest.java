package qc.trousse.ui.posts;

import qc.trousse.ui.ScriptedDialogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.posts.PostLength;
import qc.trousse.posts.PostState;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The posts screen's logic without a window, on a real data file. */
class PostsViewModelTest {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Session session;
    private PostsViewModel model;

    @BeforeEach
    void open() throws Exception {
        I18n.setLanguage(Lang.FR);
        session = new Session(DataFile.open(dir.resolve("vm.db")), Editions.shipped(), Ridings.load());
        session.office().update("mnaName", p -> p.withMnaName("Marie Tremblay"));
        model = new PostsViewModel(session.posts(), session.history(), dialogs, WindowFixture.CAMPAIGN_MONDAY);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        model.dispose();
        session.close();
    }

    @Test
    void aBadTimeIsRefusedInWordsAndNothingIsCreated() {
        model.time().set("25 h 99");
        assertThat(model.create()).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().contains("25 h 99");
        assertThat(model.drafts()).isEmpty();
        model.time().set("17 h 30");
        assertThat(model.create()).hasValueSatisfying(d -> assertThat(d.time().toString()).isEqualTo("17:30"));
    }

    @Test
    void remarksFlagMissingValuesTheHashtagAndTypography() {
        model.template().set(session.posts().template("gesture-thanks").orElseThrow());
        model.create();
        DraftEditorModel editor = model.editor();
        assertThat(editor.checks().remarks()).extracting(DraftRemark::message).containsExactly("À remplir\u00A0: {personne}");
        editor.french().set("Merci à l'équipe : bravo ! Rendez-vous à 9h30");
        assertThat(editor.checks().remarks()).extracting(DraftRemark::message).containsExactly(
                "Le mot-clic #JPS2020 manque.",
                "«\u00A0l'équipe\u00A0» → «\u00A0l’équipe\u00A0»\u00A0: apostrophe typographique ’ au lieu de '",
                "«\u00A0l'équipe :\u00A0» → «\u00A0l'équipe\u00A0:\u00A0»\u00A0: espace insécable avant le deux-points",
                "«\u00A0bravo !\u00A0» → «\u00A0bravo!\u00A0»\u00A0: pas d’espace avant ; ! ?",
                "«\u00A09h30\u00A0» → «\u00A09\u00A0h\u00A030\u00A0»\u00A0: heure écrite 9 h 30, avec des espaces insécables");
        assertThat(editor.checks().remarks().get(1)).as("the remark knows its place in the French text")
                .extracting(DraftRemark::french, DraftRemark::start, DraftRemark::end).containsExactly(true, 9, 10);
        editor.actions().fixTypography();
        assertThat(editor.french().get()).isEqualTo("Merci à l’équipe\u00A0: bravo! Rendez-vous à 9\u00A0h\u00A030");
        session.history().undo();
        assertThat(editor.french().get()).isEqualTo("Merci à l'équipe : bravo ! Rendez-vous à 9h30");
        session.history().undo();
        assertThat(editor.french().get()).as("the typing was one undo step").contains("{personne}");
    }

    @Test
    void theCounterTurnsAmberThenRedAndApprovalIsRefusedOverTheLimit() {
        model.create();
        DraftEditorModel editor = model.editor();
        editor.french().set("a".repeat(250) + " #JPS2020");
        assertThat(editor.checks().french().level().get()).isEqualTo(PostLength.Level.NEAR);
        assertThat(editor.checks().french().text().get()).isEqualTo("259 / 280 (X)");
        editor.french().set("a".repeat(280) + " #JPS2020");
        assertThat(editor.checks().french().level().get()).isEqualTo(PostLength.Level.OVER);
        assertThat(editor.checks().canApprove().get()).isFalse();
        editor.setState(PostState.APPROVED);
        assertThat(dialogs.errors).singleElement().asString().contains("dépasse la limite");
        assertThat(editor.status().value().get()).isEqualTo(PostState.DRAFT);
    }

    @Test
    void exportAsksWhereThenSaysItIsDone() throws Exception {
        model.create();
        dialogs.saveAnswer = dir.resolve("semaine.csv");
        model.export(false, false);
        assertThat(dialogs.infos).singleElement().asString().contains("1 publication exportée");
        assertThat(Files.readString(dialogs.saveAnswer)).startsWith("\uFEFFjour;");
        dialogs.saveAnswer = dir.resolve("absent").resolve("semaine.pdf");
        model.export(true, false);
        assertThat(dialogs.errors).containsExactly("Le dossier " + dir.resolve("absent") + " n’existe pas\u00a0: "
                + dialogs.saveAnswer + " n’a pas été écrit. Créez-le ou choisissez un autre dossier.");
    }

    @Test
    void insertablesOfferTheHashtagTheSpokespersonAndTheOfficeHandles() {
        session.office().update("x", p -> p.withHandles(p.handles().withX("@MTremblayJT")));
        assertThat(model.editor().voice().insertables()).containsExactly("#JPS2020", "Laurent Duvernay-Tardif",
                "@MTremblayJT");
    }

    @Test
    void theOfficeKeepsADraftAsItsOwnTemplateAndCanRemoveIt() {
        model.create();
        model.editor().french().set("Visite à {organisme} aujourd’hui! #JPS2020");
        model.newTemplateName().set("Visite d’école");
        assertThat(model.saveAsTemplate()).hasValueSatisfying(t -> {
            assertThat(t.custom()).isTrue();
            assertThat(t.title().fr()).isEqualTo("Visite d’école");
        });
        assertThat(model.templates()).last().satisfies(t -> assertThat(t.text().fr()).startsWith("Visite à {organisme}"));
        model.organisation().set("l’école Sainte-Cécile");
        assertThat(model.create()).hasValueSatisfying(d ->
                assertThat(d.french()).isEqualTo("Visite à l’école Sainte-Cécile aujourd’hui! #JPS2020"));
        model.deleteTemplate();
        assertThat(model.templates()).noneMatch(t -> t.custom());
        session.history().undo();
        assertThat(model.templates()).anyMatch(t -> t.custom());
    }

    @Test
    void showingADraftWritesNothingBack() {
        model.create();
        model.bilingual().set(true);
        model.create();
        DraftEditorModel editor = model.editor();
        session.history().clear();
        String before = session.posts().drafts().toString();
        for (var d : model.drafts()) {
            editor.selected().set(d.id());
        }
        editor.selected().set(null);
        editor.selected().set(model.drafts().get(0).id());
        assertThat(session.history().canUndo()).as("choosing drafts is not an edit").isFalse();
        assertThat(session.posts().drafts().toString()).isEqualTo(before);
    }
}
