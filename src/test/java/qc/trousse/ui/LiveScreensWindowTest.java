package qc.trousse.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.render.FieldId;
import qc.trousse.certificates.render.FieldStyle;
import qc.trousse.cocktail.Vehicle;
import qc.trousse.cocktail.VehicleKind;
import qc.trousse.demo.DemoWeek;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.ServerStore;
import qc.trousse.store.TestDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two staff members on one office's server, beyond the recipients, guests and drafts: Sophie changes the week
 * plan, the cocktail's vehicles, the team and the certificate design from her own session (her own connection, as
 * on another computer); the window shows each within two seconds, names her in the status bar, and the list being
 * used keeps its selection.
 */
@ExtendWith(ApplicationExtension.class)
class LiveScreensWindowTest {
    private TestDatabase db;
    private Session sophie;
    private Stage stage;
    private MainViewModel main;

    @Start
    void start(Stage stage) throws Exception {
        db = TestDatabase.fresh();
        ServerStore.open(db.owner()).close();
        ServerStore hers = ServerStore.open(db.app());
        hers.signAs("Sophie Gagnon");
        sophie = new Session(hers, Editions.shipped(), Ridings.load());
        DemoWeek.fill(sophie);
        sophie.cocktail().addVehicle(new Vehicle(0, "Voiture de Sophie", VehicleKind.CAR, 4, List.of()));
        sophie.cocktail().addVehicle(new Vehicle(0, "Minibus", VehicleKind.BUS, 12, List.of()));
        this.stage = stage;
        Session window = new Session(ServerStore.open(db.app()), Editions.shipped(), Ridings.load());
        main = WindowFixture.openSession(stage, window, new MemoryUserSettings(), Lang.FR);
    }

    @AfterEach
    void closeAll() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        sophie.close();
        db.close();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    @Test
    void aGestureGivenToAnotherOwnerShowsOnTheWeekBoard(FxRobot robot) throws Exception {
        robot.clickOn("#nav-gestures");
        PlannedGesture g = sophie.gestures().all().get(0);
        String card = "#card-owner-" + g.gestureKey().replace(':', '-');
        assertThat(robot.lookup(card).tryQuery()).as("the gesture's card is on the board").isPresent();

        sophie.gestures().setOwner(g.id(), "Marc Roy");

        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> robot.lookup(card).tryQuery()
                .map(n -> ((Label) n).getText()).filter("Marc Roy"::equals).isPresent());
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> status(robot)
                .matches("Sophie Gagnon a modifié le plan de la semaine à \\d{1,2} h \\d\\d"));
    }

    @Test
    void aVehicleAddedByAColleagueAppearsAndTheChosenVehicleStaysChosen(FxRobot robot) throws Exception {
        robot.clickOn("#nav-cocktail");
        @SuppressWarnings("unchecked")
        ListView<Vehicle> vehicles = WindowFixture.reveal(robot, "#cocktail-vehicles");
        assertThat(vehicles.getItems()).extracting(Vehicle::name).contains("Voiture de Sophie", "Minibus");
        int before = vehicles.getItems().size();
        robot.interact(() -> vehicles.getSelectionModel().select(1));
        Vehicle chosen = vehicles.getSelectionModel().getSelectedItem();

        sophie.cocktail().addVehicle(new Vehicle(0, "Autobus scolaire", VehicleKind.BUS, 48, List.of()));

        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> vehicles.getItems().size() == before + 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vehicles.getItems()).extracting(Vehicle::name).endsWith("Autobus scolaire");
        assertThat(vehicles.getSelectionModel().getSelectedItem()).as("the vehicle being looked at").isEqualTo(chosen);
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> status(robot).contains("a modifié le cocktail"));
    }

    @Test
    void aMemberAddedToTheTeamByAColleagueAppearsAndTheChosenOneStaysChosen(FxRobot robot) throws Exception {
        robot.clickOn("#nav-profile");
        @SuppressWarnings("unchecked")
        ListView<String> team = WindowFixture.reveal(robot, "#staff-list");
        int before = team.getItems().size();
        assertThat(before).isPositive();
        robot.interact(() -> team.getSelectionModel().select(0));
        String chosen = team.getSelectionModel().getSelectedItem();

        List<String> more = new ArrayList<>(sophie.office().profile().staff());
        more.add("Awashish Petiquay");
        sophie.office().update("staff", p -> p.withStaff(more));

        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> team.getItems().contains("Awashish Petiquay"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(team.getItems()).hasSize(before + 1);
        assertThat(team.getSelectionModel().getSelectedItem()).isEqualTo(chosen);
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> status(robot).contains("a modifié le profil du bureau"));
    }

    @Test
    void theCertificateDesignAColleagueChangedIsTheOneTheWindowShows(FxRobot robot) throws Exception {
        robot.clickOn("#nav-certificate-design");
        FieldStyle name = sophie.certificateDesign().design().style(FieldId.NAME);

        sophie.certificateDesign().updateField(FieldId.NAME, name.withSize(name.size() + 6));

        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> main.session().get().certificateDesign().design()
                .style(FieldId.NAME).size() == name.size() + 6);
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> status(robot).contains("a modifié le certificat"));
    }

    @Test
    void whenTheWindowsFeedIsEndedWhatAColleagueChangedMeanwhileShowsOnceItListensAgain(FxRobot robot)
            throws Exception {
        robot.clickOn("#nav-cocktail");
        @SuppressWarnings("unchecked")
        ListView<Vehicle> vehicles = WindowFixture.reveal(robot, "#cocktail-vehicles");
        int before = vehicles.getItems().size();
        assertThat(db.endChangeFeeds()).as("the window's feed, named on the server").isEqualTo(1);

        sophie.cocktail().addVehicle(new Vehicle(0, "Camionnette", VehicleKind.CAR, 7, List.of()));

        // The first retry is after a second (and up to a quarter more): read again from the store then.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vehicles.getItems().size() == before + 1);
        assertThat(vehicles.getItems()).extracting(Vehicle::name).endsWith("Camionnette");
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS,
                () -> status(robot).startsWith("Sophie Gagnon a modifié le cocktail"));
    }
}
