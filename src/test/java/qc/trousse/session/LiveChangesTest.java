package qc.trousse.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.office.Ridings;
import qc.trousse.store.DataFile;
import qc.trousse.store.ServerStore;
import qc.trousse.store.TestDatabase;

import qc.trousse.certificates.render.FieldId;
import qc.trousse.certificates.render.FieldStyle;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.Vehicle;
import qc.trousse.cocktail.VehicleKind;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.store.ChangeFeed;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.time.LocalDate;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A colleague's change reaches the other session's services and listeners; a data file has nothing to follow. */
class LiveChangesTest {
    @TempDir
    Path dir;

    @Test
    void aColleaguesNewRecipientIsReadAgainAndTheNewsSaysWho() throws Exception {
        try (TestDatabase db = TestDatabase.fresh()) {
            ServerStore.open(db.owner()).close();
            ServerStore theirs = ServerStore.open(db.app());
            theirs.signAs("Marc Roy");
            try (Session mine = new Session(ServerStore.open(db.app()), Editions.shipped(), Ridings.load());
                 Session colleague = new Session(theirs, Editions.shipped(), Ridings.load());
                 LiveChanges live = LiveChanges.follow(mine, Runnable::run).orElseThrow()) {
                BlockingQueue<LiveChanges.News> heard = new ArrayBlockingQueue<>(10);
                live.addListener(heard::add);

                colleague.recipients().add(Recipient.of(RecipientKind.PERSON, "Léa Tremblay", "Mentore",
                        LocalDate.of(2020, 2, 19)));

                LiveChanges.News news = heard.poll(2, TimeUnit.SECONDS);
                assertThat(news).as("heard within two seconds").isNotNull();
                assertThat(news.member()).isEqualTo("Marc Roy");
                assertThat(news.touches("recipient")).isTrue();
                assertThat(mine.recipients().all()).extracting(Recipient::name).containsExactly("Léa Tremblay");

                mine.recipients().add(Recipient.of(RecipientKind.PERSON, "Zoé Côté", "", LocalDate.of(2020, 2, 19)));
                assertThat(heard.poll(500, TimeUnit.MILLISECONDS)).as("one's own change is not news").isNull();
            }
        }
    }

    @Test
    void aDataFileHasNoColleaguesToFollow() throws Exception {
        try (Session file = new Session(DataFile.open(dir.resolve("seul.db")), Editions.shipped(), Ridings.load())) {
            assertThat(LiveChanges.follow(file, Runnable::run)).isEmpty();
        }
    }

    @Test
    void aColleaguesChangesToThePlanTheCocktailTheProfileAndTheDesignAreReadAgain() throws Exception {
        try (TestDatabase db = TestDatabase.fresh()) {
            ServerStore.open(db.owner()).close();
            ServerStore theirs = ServerStore.open(db.app());
            theirs.signAs("Marc Roy");
            try (Session mine = new Session(ServerStore.open(db.app()), Editions.shipped(), Ridings.load());
                 Session colleague = new Session(theirs, Editions.shipped(), Ridings.load());
                 LiveChanges live = LiveChanges.follow(mine, Runnable::run).orElseThrow()) {
                BlockingQueue<LiveChanges.News> heard = new LinkedBlockingQueue<>();
                live.addListener(heard::add);
                String key = colleague.gestures().catalogue().entries().get(0).key();

                PlannedGesture planned = colleague.gestures().choose(key);
                assertThat(awaitNews(heard, "gesture_plan")).as("the week plan").isNotNull();
                assertThat(mine.gestures().find(planned.id())).isPresent();

                colleague.cocktail().update("bring", e -> e.withBring("Les épinglettes"));
                colleague.cocktail().addVehicle(new Vehicle(0, "Autobus jaune", VehicleKind.BUS, 40, List.of()));
                // The two writes may come as one piece of news or two: the vehicle's is the later.
                assertThat(awaitNews(heard, "cocktail_vehicle")).as("the cocktail").isNotNull();
                assertThat(mine.cocktail().event().bring()).isEqualTo("Les épinglettes");
                assertThat(mine.cocktail().vehicles()).extracting(Vehicle::name).containsExactly("Autobus jaune");

                colleague.office().update("staff", p -> p.withStaff(List.of("Marc Roy", "Sophie Gagnon")));
                assertThat(awaitNews(heard, "staff")).as("the team").isNotNull();
                assertThat(mine.office().profile().staff()).containsExactly("Marc Roy", "Sophie Gagnon");

                FieldStyle name = colleague.certificateDesign().design().style(FieldId.NAME);
                colleague.certificateDesign().updateField(FieldId.NAME, name.withSize(name.size() + 6));
                LiveChanges.News design = awaitNews(heard, "certificate_field");
                assertThat(design).as("the certificate").isNotNull();
                assertThat(design.member()).isEqualTo("Marc Roy");
                assertThat(mine.certificateDesign().design().style(FieldId.NAME).size()).isEqualTo(name.size() + 6);
            }
        }
    }

    @Test
    void whenTheFeedsConnectionIsEndedWhatAColleagueChangedMeanwhileIsReadAfterItListensAgain() throws Exception {
        try (TestDatabase db = TestDatabase.fresh()) {
            ServerStore.open(db.owner()).close();
            ServerStore theirs = ServerStore.open(db.app());
            theirs.signAs("Marc Roy");
            try (Session mine = new Session(ServerStore.open(db.app()), Editions.shipped(), Ridings.load());
                 Session colleague = new Session(theirs, Editions.shipped(), Ridings.load());
                 LiveChanges live = LiveChanges.follow(mine, Runnable::run).orElseThrow()) {
                BlockingQueue<LiveChanges.News> heard = new LinkedBlockingQueue<>();
                live.addListener(heard::add);
                assertThat(db.endChangeFeeds()).isEqualTo(1);

                colleague.recipients().add(Recipient.of(RecipientKind.PERSON, "Léa Tremblay", "Mentore",
                        LocalDate.of(2020, 2, 19)));
                colleague.guests().add(Guest.named("Awashish Petiquay"));

                LiveChanges.News news = heard.poll(5, TimeUnit.SECONDS);
                assertThat(news).as("heard after listening again (first retry after 1 s)").isNotNull();
                assertThat(news.touches(ChangeFeed.EVERYTHING)).isTrue();
                assertThat(news.touches("recipient", "cocktail_guest")).as("the gap, from the change log").isTrue();
                assertThat(news.member()).isEqualTo("Marc Roy");
                assertThat(mine.recipients().all()).extracting(Recipient::name).containsExactly("Léa Tremblay");
                assertThat(mine.guests().all()).extracting(Guest::name).containsExactly("Awashish Petiquay");
            }
        }
    }

    /** The first news that touches the table within two seconds (an id handed out may come as news before). */
    private static LiveChanges.News awaitNews(BlockingQueue<LiveChanges.News> heard, String table)
            throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
            LiveChanges.News news = heard.poll(left, TimeUnit.NANOSECONDS);
            if (news != null && news.touches(table)) {
                return news;
            }
        }
        return null;
    }
}
