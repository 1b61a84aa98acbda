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

import java.nio.file.Path;
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
}
