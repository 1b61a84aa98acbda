package qc.trousse.ui.gestures;

import qc.trousse.ui.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.GestureTemplates;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.store.GestureRepository;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The board without a window: moves, states, and the warnings it shows. */
class WeekBoardViewModelTest {
    @TempDir
    Path dir;
    private Session session;
    private WeekBoardViewModel board;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void open() throws Exception {
        I18n.setLanguage(Lang.FR);
        Path file = dir.resolve("board.db");
        try (DataFile data = DataFile.open(file)) {
            // A gesture put on Monday 24 February by another program: the board must say so.
            new GestureRepository(data).save(new PlannedGesture(9, "ribbon", LocalDate.of(2020, 2, 24),
                    LocalTime.of(9, 0), LocalTime.of(10, 0), "", "Julie", GestureState.PLANNED,
                    GestureTemplates.checklist(Editions.shipped().year(2020), "ribbon", "Julie")));
        }
        session = new Session(DataFile.open(file), Editions.shipped(), Ridings.load());
        board = new WeekBoardViewModel(session.gestures(), dialogs);
    }

    @AfterEach
    void close() {
        board.dispose();
        session.close();
    }

    @Test
    void aGestureOutsideTheWeekIsWarnedAboutAndCanBeMovedBack() {
        assertThat(board.outsideTheWeek()).hasSize(1);
        assertThat(board.warnings()).containsExactly("Port du ruban vert et blanc est placé le lundi 24 février, "
                + "hors de la semaine du 17 au 21 février 2020\u00a0: choisissez un jour de la semaine dans sa liste.");
        assertThat(board.move(9, LocalDate.of(2020, 2, 20))).isTrue();
        assertThat(board.outsideTheWeek()).isEmpty();
        assertThat(board.cards(LocalDate.of(2020, 2, 20))).extracting(PlannedGesture::id).containsExactly(9L);
    }

    @Test
    void theCocktailRefusesToMoveAndTheUserIsTold() {
        PlannedGesture cocktail = session.gestures().choose("cocktail");
        int before = board.revision().get();
        assertThat(board.move(cocktail.id(), LocalDate.of(2020, 2, 19))).isFalse();
        assertThat(dialogs.errors).containsExactly(
                "Le cocktail a lieu le mardi 18 février 2020\u00a0; il ne peut pas changer de jour.");
        assertThat(board.revision().get()).isEqualTo(before);
    }

    @Test
    void aCardOffersItsStateAndTheNextOnes() {
        PlannedGesture cert = session.gestures().choose("certificate");
        assertThat(board.states(cert)).containsExactly(GestureState.IDEA, GestureState.PLANNED, GestureState.CANCELLED);
        board.setState(cert.id(), GestureState.PLANNED);
        board.setState(cert.id(), GestureState.DONE);
        assertThat(session.gestures().find(cert.id()).orElseThrow().state()).isEqualTo(GestureState.DONE);
        session.history().undo();
        assertThat(session.gestures().find(cert.id()).orElseThrow().state()).isEqualTo(GestureState.PLANNED);
    }

    @Test
    void aGestureAddedFromTheBoardIsChosenOnTheWeeksFirstDayAndUndone() {
        assertThat(board.addGesture("Mot au conseil d’établissement")).isEmpty();
        PlannedGesture added = session.gestures().find(board.selected().get()).orElseThrow();
        assertThat(added.day()).isEqualTo(LocalDate.of(2020, 2, 17));
        assertThat(board.cards(LocalDate.of(2020, 2, 17))).extracting(PlannedGesture::id).contains(added.id());
        session.history().undo();
        assertThat(session.gestures().find(added.id())).isEmpty();
    }

    @Test
    void aGestureWithNoTitleIsRefusedInWordsAndNothingIsAdded() {
        int before = board.revision().get();
        assertThat(board.addGesture("  ")).hasValueSatisfying(m -> assertThat(m).isNotBlank());
        assertThat(board.revision().get()).isEqualTo(before);
        assertThat(session.history().canUndo()).isFalse();
    }
}
