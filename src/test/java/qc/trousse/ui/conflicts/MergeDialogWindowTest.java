package qc.trousse.ui.conflicts;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import qc.trousse.campaign.Editions;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.CocktailRepository;
import qc.trousse.store.ServerStore;
import qc.trousse.store.TestDatabase;
import qc.trousse.ui.MainViewModel;
import qc.trousse.ui.MemoryUserSettings;
import qc.trousse.ui.WindowFixture;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two staff members on one office database in this JVM: Alice in the real window, Bob through his own session.
 * Alice changes a guest's name (saved as she types) that Bob changed meanwhile: the merge dialog shows both
 * versions field by field, she chooses, and what she chose is written with the new version; the fields only Bob
 * changed merged by themselves.
 */
@ExtendWith(ApplicationExtension.class)
class MergeDialogWindowTest {
    private TestDatabase db;
    private Session alice;
    private Session bob;
    private Guest guest;
    private MainViewModel main;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        db = TestDatabase.fresh();
        ServerStore.open(db.owner()).close();
        ServerStore bobs = ServerStore.open(db.app());
        bobs.signAs("Bob Tremblay");
        bob = new Session(bobs, Editions.shipped(), Ridings.load());
        bob.history().setConflicts(qc.trousse.edit.ScriptedConflicts.keepingMine());
        guest = bob.guests().add(Guest.named("Karim Haddad").withOrganisation("CJE Rimouski-Neigette"));
        alice = new Session(ServerStore.open(db.app()), Editions.shipped(), Ridings.load());
        main = WindowFixture.openSession(stage, alice, new MemoryUserSettings(), Lang.FR);
        if (System.getProperty("trousse.mergeShot") != null) {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
        }
    }

    @AfterEach
    void close() {
        bob.close();
        db.close();
    }

    private Guest stored() {
        return new CocktailRepository(bob.file()).guests().get(0);
    }

    @Test
    void aGuestChangedByAColleagueIsMergedFieldByFieldInTheDialog(FxRobot robot) throws Exception {
        robot.clickOn("#nav-cocktail");
        robot.clickOn(robot.from((Node) WindowFixture.reveal(robot, "#cocktail-guests")).lookup("Karim Haddad").queryAs(Node.class));
        // Meanwhile, on Bob's computer: another organisation and the guest's answer, then a new name; at the same
        // moment, before Alice's window hears of it, she types a name. Her field is saved at once, meets Bob's
        // version and opens the merge dialog (asynchronously here: the dialog waits for her while the test goes on).
        TextField name = WindowFixture.reveal(robot, "#guest-name");
        robot.clickOn(name);
        javafx.application.Platform.runLater(() -> {
            bob.guests().update(bob.guests().byId(guest.id()).orElseThrow().withOrganisation("Cégep de Rimouski")
                    .withRsvp(RsvpState.CONFIRMED));
            bob.guests().update(renamed(bob.guests().byId(guest.id()).orElseThrow(), "Karim Haddad-Roy"));
            name.setText("Karim Haddad (CJE)");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#merge-all-theirs")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());

        assertThat(robot.lookup("#merge-mine-name").queryLabeled().getText()).isEqualTo("Karim Haddad (CJE)");
        assertThat(robot.lookup("#merge-theirs-name").queryLabeled().getText()).isEqualTo("Karim Haddad-Roy");
        // The change log knows who made the change: the dialog names him, not « un collègue ».
        assertThat(robot.lookup("Version de Bob Tremblay").tryQuery()).isPresent();
        assertThat(robot.lookup("Version d’un collègue").tryQuery()).isEmpty();
        assertThat(robot.lookup(".label").queryAll()).extracting(n -> ((Label) n).getText())
                .anyMatch(t -> t.contains("Bob Tremblay a changé le même élément"));
        assertThat(robot.window(w -> w != stage && w.isShowing()))
                .extracting(w -> ((Stage) w).getTitle()).isEqualTo("Modifié par Bob Tremblay entre-temps");
        assertThat(robot.lookup("Votre version").tryQuery()).isPresent();
        assertThat(stored().name()).as("nothing written while the user chooses").isEqualTo("Karim Haddad-Roy");
        shoot(robot);

        robot.clickOn("#merge-all-theirs");
        robot.clickOn("#merge-mine-name");
        robot.clickOn("#merge-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored()).extracting(Guest::name, Guest::organisation, Guest::rsvp)
                .containsExactly("Karim Haddad (CJE)", "Cégep de Rimouski", RsvpState.CONFIRMED);
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Vos choix sont enregistrés par-dessus la version de Bob Tremblay.");

        // Bob changes the phone since; Alice's undo would write over it: refused, one line, nothing written.
        Guest bobs = bob.guests().byId(guest.id()).orElseThrow();
        bob.guests().update(new Guest(bobs.id(), bobs.kind(), bobs.name(), bobs.organisation(), bobs.role(),
                bobs.email(), "418 555-0142", bobs.reason(), bobs.rsvp(), bobs.partySize(), bobs.dietary(),
                bobs.accessibility(), bobs.certificate(), bobs.vehicleId()));
        // Shown live first (the status bar names who changed it): the undo still meets it and writes nothing.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#status").queryAs(Label.class).getText().contains("a modifié"));
        robot.interact(main::undo);
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Annulation impossible : Bob Tremblay a modifié cet élément depuis ; sa modification est gardée.");
        assertThat(stored()).as("Bob's phone merged with Alice's name on his side, and kept by her undo")
                .extracting(Guest::name, Guest::phone).containsExactly("Karim Haddad (CJE)", "418 555-0142");
    }

    private static Guest renamed(Guest g, String name) {
        return new Guest(g.id(), g.kind(), name, g.organisation(), g.role(), g.email(), g.phone(), g.reason(), g.rsvp(),
                g.partySize(), g.dietary(), g.accessibility(), g.certificate(), g.vehicleId());
    }

    /** Under a real display (Xvfb), with -Dtrousse.mergeShot=FILE: the screen as the user sees it, dialog on top. */
    private void shoot(FxRobot robot) throws Exception {
        String target = System.getProperty("trousse.mergeShot");
        if (target == null) {
            return;
        }
        Window dialog = robot.window(w -> w != stage && w.isShowing());
        robot.interact(() -> {
            dialog.setX(stage.getX() + (stage.getWidth() - dialog.getWidth()) / 2);
            dialog.setY(stage.getY() + (stage.getHeight() - dialog.getHeight()) / 3);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Image shot = robot.capture(new javafx.geometry.Rectangle2D(0, 0, 1280, 800)).getImage();
        BufferedImage out = new BufferedImage((int) shot.getWidth(), (int) shot.getHeight(), BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = shot.getPixelReader();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(Path.of(target).toAbsolutePath().getParent());
        ImageIO.write(out, "png", Path.of(target).toFile());
    }
}
