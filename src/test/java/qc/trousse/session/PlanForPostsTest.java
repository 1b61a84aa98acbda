package qc.trousse.session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.Ridings;
import qc.trousse.posts.PlannedItem;
import qc.trousse.posts.PostTemplate;
import qc.trousse.store.DataFile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The posts see the week plan and the people honoured, and hear when either changes. */
class PlanForPostsTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2020, 2, 19);
    @TempDir
    Path dir;
    private Session session;

    @BeforeEach
    void open() throws Exception {
        I18n.setLanguage(Lang.FR);
        session = new Session(DataFile.open(dir.resolve("posts.db")), Editions.shipped(), Ridings.load());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void thePostsCalendarShowsTheGesturesPlannedThatDay() {
        PlannedGesture g = session.gestures().choose("certificate");
        session.gestures().move(g.id(), WEDNESDAY);
        session.gestures().setTimes(g.id(), LocalTime.of(10, 0), LocalTime.of(11, 0));
        PlannedGesture planned = session.gestures().find(g.id()).orElseThrow();
        assertThat(session.posts().links().on(WEDNESDAY)).containsExactly(new PlannedItem(planned.gestureKey(),
                session.gestures().title(planned), WEDNESDAY, LocalTime.of(10, 0), LocalTime.of(11, 0)));
        assertThat(session.posts().links().on(WEDNESDAY.plusDays(1))).isEmpty();
    }

    @Test
    void thePeopleAndOrganisationsHonouredAreOfferedForThePlaceholders() {
        session.recipients().add(Recipient.of(RecipientKind.PERSON, "Lucie Gagnon", "Mentorat", WEDNESDAY));
        session.recipients().add(Recipient.of(RecipientKind.ORGANISATION, "Alpha Villeray", "Alphabétisation",
                WEDNESDAY));
        PostTemplate certificate = session.posts().template("gesture-certificate").orElseThrow();
        assertThat(session.posts().links().people(certificate)).containsExactly("Lucie Gagnon");
        assertThat(session.posts().links().organisations(certificate)).containsExactly("Alpha Villeray");
    }

    @Test
    void aChangeToThePlanOrToTheRecipientsReachesThePosts() {
        AtomicInteger told = new AtomicInteger();
        session.posts().addListener(told::incrementAndGet);
        session.gestures().choose("certificate");
        int afterPlan = told.get();
        assertThat(afterPlan).isPositive();
        session.recipients().add(Recipient.of(RecipientKind.PERSON, "Noah Côté", "Persévérance", WEDNESDAY));
        assertThat(told.get()).isGreaterThan(afterPlan);
    }
}
