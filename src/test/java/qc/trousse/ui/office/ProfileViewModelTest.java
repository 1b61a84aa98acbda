package qc.trousse.ui.office;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.office.ImageCheckTest;
import qc.trousse.office.MnaTitle;
import qc.trousse.edit.EditHistory;
import qc.trousse.office.OfficeService;
import qc.trousse.office.Riding;
import qc.trousse.office.RidingMaps;
import qc.trousse.office.Ridings;
import qc.trousse.store.ProfileRepository;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.ui.ScriptedDialogs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileViewModelTest {
    @TempDir
    Path dir;
    private Session session;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ProfileViewModel model;

    @BeforeEach
    void open() throws Exception {
        session = new Session(DataFile.open(dir.resolve("t.db")), Editions.shipped(), Ridings.load());
        model = new ProfileViewModel(session.office(), dialogs);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void typingARidingNarrowsTheListAndChoosingItFillsTheRegion() {
        model.riding().query().set("anjou louis");
        assertThat(model.riding().matches()).hasSize(1);
        model.riding().choose(model.riding().matches().get(0));
        assertThat(model.riding().riding().get().name()).isEqualTo("Anjou–Louis-Riel");
        assertThat(model.riding().region().get()).isEqualTo("Montréal");
        assertThat(session.office().profile().ridingCode()).isEqualTo(model.riding().riding().get().code());
    }

    @Test
    void aRidingTypedWithAnAbbreviationIsFoundAndNothingMatchingIsSaid() {
        model.riding().query().set("st-jerome");
        assertThat(model.riding().matches()).extracting(Riding::name).containsExactly("Saint-Jérôme");
        assertThat(model.riding().note().get()).isEmpty();
        model.riding().query().set("st-jeromme");
        assertThat(model.riding().matches()).isEmpty();
        assertThat(model.riding().note().get().replace('\u00a0', ' ')).isEqualTo("Aucun résultat pour « st-jeromme ».");
        model.riding().query().set("");
        assertThat(model.riding().matches()).hasSize(125);
        assertThat(model.riding().note().get()).isEmpty();
    }

    @Test
    void the2020WeekSearchesThe2017MapAndSaysBellefeuilleComesLater() {
        assertThat(model.riding().map().replace('\u00a0', ' '))
                .isEqualTo("Carte électorale de 2017, en vigueur le 17 février 2020");
        model.riding().query().set("Bellefeuille");
        assertThat(model.riding().matches()).isEmpty();
        assertThat(model.riding().note().get()).startsWith("Bellefeuille n’existe qu’à partir du 5 octobre 2026");
    }

    @Test
    void a2027WeekOffersTheRidingsOfThe2025MapAndNamesTheOneThatReplacedGaspe() throws Exception {
        try (DataFile file = DataFile.open(dir.resolve("2027.db"))) {
            Ridings map2027 = RidingMaps.shipped().inForceOn(LocalDate.of(2027, 2, 15));
            OfficeService office = new OfficeService(new ProfileRepository(file), new EditHistory(), map2027);
            ProfileViewModel model2027 = new ProfileViewModel(office, dialogs);
            model2027.riding().query().set("Gaspé");
            assertThat(model2027.riding().matches()).extracting(Riding::name).containsExactly("Gaspé-Bonaventure");
            assertThat(model2027.riding().note().get().replace('\u00a0', ' '))
                    .isEqualTo("Gaspé n’existe plus depuis le 5 octobre 2026 : c’est maintenant Gaspé-Bonaventure.");
            model2027.riding().query().set("bellefeuille");
            model2027.riding().choose(model2027.riding().matches().get(0));
            assertThat(office.profile().ridingCode()).isEqualTo("Bellefeuille");
            assertThat(office.profile().region()).isEqualTo("Laurentides");
            assertThat(model2027.riding().riding().get().name()).isEqualTo("Bellefeuille");
            model2027.dispose();
        }
    }

    @Test
    void fieldsSaveAtOnceAndUndoComesBackIntoTheFields() {
        model.text("mnaName").set("Marie-Ève Tremblay");
        model.title().set(MnaTitle.DEPUTEE);
        assertThat(session.office().profile().mnaName()).isEqualTo("Marie-Ève Tremblay");
        session.history().undo();
        assertThat(model.title().get()).isEqualTo(MnaTitle.INCLUSIVE);
        session.history().undo();
        assertThat(model.text("mnaName").get()).isEmpty();
        session.history().redo();
        assertThat(model.text("mnaName").get()).isEqualTo("Marie-Ève Tremblay");
    }

    @Test
    void aBadEmailIsNamedOnTheFieldInFrench() {
        model.text("email").set("bureau@");
        assertThat(model.problem("email").get()).startsWith("Adresse courriel invalide");
        model.text("email").set("bureau@assnat.qc.ca");
        assertThat(model.problem("email").get()).isEmpty();
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWithItsNameAndNothingChanges() throws Exception {
        Path fake = Files.writeString(dir.resolve("signature.png"), "texte");
        model.images().setSignature(fake);
        assertThat(dialogs.errors).singleElement().asString().contains("signature.png");
        assertThat(session.office().profile().signature()).isNull();
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void aRealImageIsStoredAndCanBeRemovedThenRestored() throws Exception {
        Path logo = Files.write(dir.resolve("logo.png"), ImageCheckTest.png(64, 32));
        model.images().setLogo(logo);
        assertThat(model.images().logo().get().width()).isEqualTo(64);
        model.images().removeLogo();
        assertThat(session.office().profile().logo()).isNull();
        session.history().undo();
        assertThat(model.images().logo().get()).isNotNull();
    }

    @Test
    void staffAreAddedOnceAndRemoved() {
        model.team().newName().set("Léa Gagnon");
        model.team().add();
        model.team().newName().set("Léa Gagnon");
        model.team().add();
        assertThat(model.team().staff()).containsExactly("Léa Gagnon");
        model.team().remove("Léa Gagnon");
        assertThat(session.office().profile().staff()).isEmpty();
    }
}
