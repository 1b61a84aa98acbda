package qc.trousse.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.cocktail.Guest;
import qc.trousse.demo.DemoWeek;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.posts.Draft;
import qc.trousse.session.Session;
import qc.trousse.store.ServerStore;
import qc.trousse.store.TestDatabase;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two staff members on one office's server: Sophie works in her own session (another connection, as on another
 * computer) while the window shows the office to a colleague; each of her changes appears there within two
 * seconds, with her name in the status bar, and the list being scrolled does not move.
 */
@ExtendWith(ApplicationExtension.class)
class LiveWindowTest {
    private TestDatabase db;
    private Session sophie;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        db = TestDatabase.fresh();
        ServerStore.open(db.owner()).close();
        ServerStore hers = ServerStore.open(db.app());
        hers.signAs("Sophie Gagnon");
        sophie = new Session(hers, Editions.shipped(), Ridings.load());
        DemoWeek.fill(sophie);
        IntStream.range(0, 60).forEach(i -> sophie.recipients().add(Recipient.of(RecipientKind.PERSON,
                "Élève n° " + i, "Persévérance", LocalDate.of(2020, 2, 19))));
        this.stage = stage;
        Session window = new Session(ServerStore.open(db.app()), Editions.shipped(), Ridings.load());
        WindowFixture.openSession(stage, window, new MemoryUserSettings(), Lang.FR);
    }

    @AfterEach
    void closeAll() throws Exception {
        // Hiding the window closes its session and stops following the server, as closing it does.
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        sophie.close();
        db.close();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    @Test
    void aRecipientChangedByAColleagueAppearsWithinTwoSecondsAndTheScrolledListKeepsItsPlace(FxRobot robot)
            throws Exception {
        robot.clickOn("#nav-recipients");
        TableView<Recipient> table = robot.lookup("#recipients-table").queryTableView();
        WaitForAsyncUtils.waitForFxEvents();
        Recipient chosen = table.getItems().get(40);
        robot.interact(() -> {
            table.getSelectionModel().select(chosen);
            table.scrollTo(30);
        });
        WaitForAsyncUtils.waitForFxEvents();
        int firstShown = WaitForAsyncUtils.asyncFx(() -> firstVisible(table)).get();
        Recipient theirs = table.getItems().get(45);
        int rows = table.getItems().size();

        sophie.recipients().update(new Recipient(theirs.id(), theirs.kind(), "Éloïse Bérubé", theirs.reason(),
                theirs.date(), theirs.gesture(), theirs.state(), theirs.printedAt()));

        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS,
                () -> table.getItems().stream().anyMatch(r -> r.name().equals("Éloïse Bérubé")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(rows);
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(chosen);
        assertThat(WaitForAsyncUtils.asyncFx(() -> firstVisible(table)).get()).isEqualTo(firstShown);
        assertThat(status(robot)).matches("Sophie Gagnon a modifié les récipiendaires à \\d{1,2} h \\d\\d");

        // A recipient she adds at the end appears too, still without moving the list.
        sophie.recipients().add(Recipient.of(RecipientKind.ORGANISATION, "Maison des jeunes", "",
                LocalDate.of(2020, 2, 19)));
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> table.getItems().size() == rows + 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> firstVisible(table)).get()).isEqualTo(firstShown);
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(chosen);
    }

    @Test
    void aGuestAddedByAColleagueAppearsOnTheCocktailScreenWithinTwoSeconds(FxRobot robot) throws Exception {
        robot.clickOn("#nav-cocktail");
        TableView<Guest> guests = robot.lookup("#cocktail-guests").queryTableView();
        int before = guests.getItems().size();

        sophie.guests().add(Guest.named("Awashish Petiquay"));

        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS,
                () -> guests.getItems().stream().anyMatch(g -> g.name().equals("Awashish Petiquay")));
        assertThat(guests.getItems()).hasSize(before + 1);
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> status(robot).startsWith("Sophie Gagnon a modifié"));
        assertThat(status(robot)).contains("les invités du cocktail");
    }

    @Test
    void aDraftRewrittenByAColleagueAppearsInThePostsListWithinTwoSeconds(FxRobot robot) throws Exception {
        robot.clickOn("#nav-posts");
        @SuppressWarnings("unchecked")
        ListView<Draft> list = robot.lookup("#posts-list").queryAs(ListView.class);
        Draft draft = list.getItems().get(0);
        robot.interact(() -> list.getSelectionModel().select(2));
        long reading = list.getSelectionModel().getSelectedItem().id();

        sophie.posts().editText(draft.id(), Lang.FR, "La persévérance, ça se célèbre ! #JPS2020");

        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> list.getItems().stream()
                .anyMatch(d -> d.id() == draft.id() && d.french().startsWith("La persévérance, ça se célèbre")));
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> status(robot).contains("les publications"));
        assertThat(list.getSelectionModel().getSelectedItem().id()).as("the draft being read stays chosen")
                .isEqualTo(reading);
    }

    @Test
    void theHistoryOfARecipientSaysWhoChangedItAndTheReportWhoDidWhat(FxRobot robot) throws Exception {
        robot.clickOn("#nav-recipients");
        TableView<Recipient> table = robot.lookup("#recipients-table").queryTableView();
        Recipient theirs = table.getItems().get(3);
        sophie.recipients().update(new Recipient(theirs.id(), theirs.kind(), theirs.name(), "Mentorat au primaire",
                theirs.date(), theirs.gesture(), theirs.state(), theirs.printedAt()));
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(r -> r.id() == theirs.id() && r.reason().equals("Mentorat au primaire")));
        robot.interact(() -> table.getSelectionModel().select(3));
        javafx.scene.Node row = robot.lookup(".table-row-cell")
                .match(n -> ((javafx.scene.control.TableRow<?>) n).getIndex() == 3).query();
        assertThat(table.getContextMenu()).as("« Historique… » offered on the recipients").isNotNull();
        // The context menu as a right click opens it (the headless robot's right click does not ask for it).
        robot.interact(() -> table.getContextMenu().show(row, javafx.geometry.Side.BOTTOM, 0, 0));
        robot.clickOn("Historique…");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<qc.trousse.store.ChangeLog.Entry> history = robot.lookup("#history-table").queryTableView();
        assertThat(history.getItems()).extracting(qc.trousse.store.ChangeLog.Entry::action)
                .containsExactly("UPDATE", "INSERT");
        assertThat(history.getItems()).extracting(qc.trousse.store.ChangeLog.Entry::member)
                .containsOnly("Sophie Gagnon");
        assertThat(history.getItems().get(0).what()).isEqualTo("reason");
        robot.clickOn("Fermer");

        robot.clickOn("#nav-cocktail");
        assertThat(robot.lookup("#cocktail-guests").queryTableView().getContextMenu().getItems())
                .extracting(javafx.scene.control.MenuItem::getText).containsExactly("Historique…");
        robot.clickOn("#nav-posts");
        assertThat(robot.lookup("#posts-list").queryAs(ListView.class).getContextMenu().getItems())
                .extracting(javafx.scene.control.MenuItem::getText).containsExactly("Historique…");
        robot.clickOn("#nav-report");
        assertThat(robot.lookup("#activity-lines").queryAs(Label.class).getText())
                .containsPattern("Sophie Gagnon : \\d+ changements, le dernier le ")
                .contains("Derniers changements :", "le récipiendaire n° " + theirs.id() + " : modifié (raison)");
        // The fields changed are named in the user's words, in the history too.
        assertThat(qc.trousse.report.StaffActivity.detail(history.getItems().get(0))).isEqualTo("raison");
    }

    private static int firstVisible(TableView<?> table) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        return flow.getFirstVisibleCell().getIndex();
    }
}
