package qc.trousse.cocktail;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The cocktail's door on a real data file: check-ins, walk-ins, counts and taking a check-in back. */
class DoorCheckInTest {
    private static final Instant SEVEN_TEN = Instant.parse("2020-02-18T22:10:00Z");
    @TempDir
    Path dir;
    private Session session;
    private Guest gisele;
    private Guest club;

    @BeforeEach
    void guests() throws Exception {
        session = open();
        gisele = session.guests().add(Guest.named("Gisèle Lévesque-Côté").withRsvp(RsvpState.CONFIRMED)
                .withPartySize(2));
        club = session.guests().add(Guest.named("Marc Tremblay").withOrganisation("Club Optimiste de Rimouski"));
        session.guests().add(Guest.named("Luc Roy").withRsvp(RsvpState.DECLINED));
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Session open() throws Exception {
        return new Session(DataFile.open(dir.resolve("porte.db")), Editions.shipped(), Ridings.load());
    }

    @Test
    void twoOrThreeLettersOfANameOrOrganisationFindTheGuestWhateverTheAccents() {
        DoorCheckIn door = session.door();
        assertThat(door.matches("lev")).extracting(Guest::name).containsExactly("Gisèle Lévesque-Côté");
        assertThat(door.matches("cote")).extracting(Guest::name).containsExactly("Gisèle Lévesque-Côté");
        assertThat(door.matches("opti")).extracting(Guest::name).containsExactly("Marc Tremblay");
        assertThat(door.matches("levesquec")).extracting(Guest::name).containsExactly("Gisèle Lévesque-Côté");
        assertThat(door.matches("l")).isEmpty();
    }

    @Test
    void aCheckInKeepsTheTimeMarksTheGuestPresentAndSurvivesReopeningTheFile() throws Exception {
        session.door().checkIn(gisele.id(), SEVEN_TEN);
        assertThat(session.guests().byId(gisele.id()).orElseThrow().rsvp()).isEqualTo(RsvpState.ATTENDED);
        session.close();
        session = open();
        assertThat(session.door().arrival(gisele.id())).hasValueSatisfying(a -> {
            assertThat(a.at()).isEqualTo(SEVEN_TEN);
            assertThat(a.walkIn()).isFalse();
        });
        assertThat(session.door().counts()).isEqualTo(new GuestCounts(2, 2, 1, 0));
    }

    @Test
    void aSecondCheckInOfTheSameGuestKeepsTheFirstTime() {
        session.door().checkIn(gisele.id(), SEVEN_TEN);
        session.door().checkIn(gisele.id(), SEVEN_TEN.plusSeconds(600));
        assertThat(session.door().arrival(gisele.id()).orElseThrow().at()).isEqualTo(SEVEN_TEN);
    }

    @Test
    void aWalkInIsAddedArrivedAndCountedApart() {
        Guest walkIn = session.door().walkIn("Ève Roy", "Maison des jeunes", SEVEN_TEN);
        assertThat(session.guests().byId(walkIn.id())).hasValueSatisfying(g -> {
            assertThat(g.organisation()).isEqualTo("Maison des jeunes");
            assertThat(g.rsvp()).isEqualTo(RsvpState.ATTENDED);
        });
        assertThat(session.door().counts()).isEqualTo(new GuestCounts(2, 1, 1, 1));
    }

    @Test
    void undoingTheLastCheckInRestoresTheAnswerTheGuestHadAndAWalkInLeavesTheList() {
        session.door().checkIn(club.id(), SEVEN_TEN);
        Guest walkIn = session.door().walkIn("Ève Roy", "", SEVEN_TEN);
        assertThat(session.door().undoLast()).hasValueSatisfying(g -> assertThat(g.name()).isEqualTo("Ève Roy"));
        assertThat(session.guests().byId(walkIn.id())).isEmpty();
        assertThat(session.door().undoLast()).hasValueSatisfying(g -> assertThat(g.name()).isEqualTo("Marc Tremblay"));
        assertThat(session.guests().byId(club.id()).orElseThrow().rsvp()).isEqualTo(RsvpState.INVITED);
        assertThat(session.door().arrival(club.id())).isEmpty();
        assertThat(session.door().undoLast()).isEmpty();
    }

    @Test
    void oneCtrlZTakesTheGuestsAnswerAndTheArrivalBackTogether() {
        session.door().checkIn(club.id(), SEVEN_TEN);
        session.history().undo();
        assertThat(session.guests().byId(club.id()).orElseThrow().rsvp()).isEqualTo(RsvpState.INVITED);
        assertThat(session.door().arrival(club.id())).isEmpty();
        session.history().redo();
        assertThat(session.door().arrival(club.id())).isPresent();
        assertThat(session.guests().byId(club.id()).orElseThrow().rsvp()).isEqualTo(RsvpState.ATTENDED);
    }
}
