package qc.trousse.ui.posts;

import qc.trousse.ui.ScriptedDialogs;
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
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.ui.WindowFixture;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The posts form and calendar beside the week plan and the recipients, without a window, on a real file. */
class PostsPlanViewModelTest {
    private static final LocalDate MONDAY = LocalDate.of(2020, 2, 17);
    private static final LocalDate WEDNESDAY = LocalDate.of(2020, 2, 19);
    private static final LocalDate THURSDAY = LocalDate.of(2020, 2, 20);
    @TempDir
    Path dir;
    private Session session;
    private PostsViewModel model;
    private PlannedGesture certificate;

    @BeforeEach
    void open() throws Exception {
        I18n.setLanguage(Lang.FR);
        session = new Session(DataFile.open(dir.resolve("plan-vm.db")), Editions.shipped(), Ridings.load());
        certificate = session.gestures().choose("certificate");
        session.gestures().move(certificate.id(), WEDNESDAY);
        session.gestures().setTimes(certificate.id(), LocalTime.of(13, 30), LocalTime.of(14, 30));
        session.recipients().add(Recipient.of(RecipientKind.ORGANISATION, "Alpha Villeray", "", MONDAY));
        session.recipients().add(Recipient.of(RecipientKind.ORGANISATION, "École Saint-Gérard", "", WEDNESDAY));
        session.recipients().add(Recipient.of(RecipientKind.PERSON, "Lucie Gagnon", "", WEDNESDAY));
        model = new PostsViewModel(session.posts(), session.history(), new ScriptedDialogs(),
                WindowFixture.CAMPAIGN_MONDAY);
    }

    @AfterEach
    void close() {
        model.dispose();
        session.close();
    }

    @Test
    void choosingAPlannedGesturesTemplateMovesTheDayAndOffersItsNames() {
        assertThat(model.day().get()).isEqualTo(MONDAY);
        model.template().set(session.posts().template("gesture-certificate").orElseThrow());
        assertThat(model.day().get()).as("the ceremony's day").isEqualTo(WEDNESDAY);
        assertThat(model.plan().organisations()).containsExactly("École Saint-Gérard", "Alpha Villeray");
        assertThat(model.plan().people()).containsExactly("Lucie Gagnon");
        // A template whose gesture is not planned leaves the day alone.
        model.day().set(THURSDAY);
        model.template().set(session.posts().template("gesture-ribbon").orElseThrow());
        assertThat(model.day().get()).isEqualTo(THURSDAY);
    }

    @Test
    void thePickedOrTypedNameFillsTheDraft() {
        model.template().set(session.posts().template("gesture-certificate").orElseThrow());
        model.organisation().set(model.plan().organisations().get(1));
        assertThat(model.create()).hasValueSatisfying(d -> {
            assertThat(d.day()).isEqualTo(WEDNESDAY);
            assertThat(d.french()).startsWith("Mercredi 19 février\u00A0: ").contains("à Alpha Villeray.");
        });
        model.organisation().set("");
        assertThat(model.create()).as("the only organisation honoured on Wednesday")
                .hasValueSatisfying(d -> assertThat(d.french()).contains("à École Saint-Gérard."));
    }

    @Test
    void theCalendarShowsEachDaysGesturesAndFollowsThePlan() {
        assertThat(model.plan().plannedOn(WEDNESDAY)).extracting(PlannedItem::title, PlannedItem::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Remise du certificat de reconnaissance",
                        LocalTime.of(13, 30)));
        assertThat(model.plan().plannedOn(MONDAY)).isEmpty();
        int before = model.plan().revision().get();
        session.gestures().move(certificate.id(), THURSDAY);
        assertThat(model.plan().revision().get()).isGreaterThan(before);
        assertThat(model.plan().plannedOn(WEDNESDAY)).isEmpty();
        assertThat(model.plan().plannedOn(THURSDAY)).hasSize(1);
        // A name added to the recipients is offered at once.
        model.template().set(session.posts().template("gesture-certificate").orElseThrow());
        session.recipients().add(Recipient.of(RecipientKind.PERSON, "Marc Tremblay", "", THURSDAY));
        assertThat(model.plan().people()).containsExactly("Marc Tremblay", "Lucie Gagnon");
    }

    @Test
    void aPostWhoseGestureMovedSaysWhereTheGestureIsNow() {
        model.template().set(session.posts().template("gesture-certificate").orElseThrow());
        qc.trousse.posts.Draft d = model.create().orElseThrow();
        assertThat(model.plan().movedGesture(d)).isEmpty();
        session.gestures().move(certificate.id(), THURSDAY);
        assertThat(model.plan().movedGesture(d)).contains(THURSDAY);
        qc.trousse.posts.Draft message = session.posts().create(new qc.trousse.posts.DraftRequest("message-1",
                qc.trousse.posts.Network.X, MONDAY, LocalTime.NOON, false, java.util.Map.of()));
        assertThat(model.plan().movedGesture(message)).as("a key message belongs to no gesture").isEmpty();
    }
}
