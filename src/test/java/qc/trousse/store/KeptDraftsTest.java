package qc.trousse.store;

import org.junit.jupiter.api.Test;
import qc.trousse.posts.Draft;
import qc.trousse.posts.Network;
import qc.trousse.posts.PostState;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The social-post drafts while the office's server is away (ADR 0020), for real ({@link ServerAway}): a change
 * or deletion is kept on disk and shown, written once on the return, never over a colleague's change; a new
 * draft is still refused (its id comes from the server's counter).
 */
class KeptDraftsTest extends WhileServerAway {
    private static final Set<String> DRAFTS = Set.of("post_draft");
    private static Draft merci(long id) {
        return new Draft(id, Network.FACEBOOK, "merci", "", "Merci aux bénévoles !", "Thanks!", true,
                LocalDate.of(2020, 2, 18), LocalTime.of(9, 0), PostState.DRAFT, "", null);
    }

    @Test
    void aChangeWhileAwayIsKeptShownAndWrittenOnceWhenTheServerIsBack() throws Exception {
        try (ServerStore store = ServerStore.open(db.app(), dir)) {
            store.signAs(SOPHIE);
            BlockingQueue<KeptEditsSent> sendings = sendings(store);
            DraftRepository drafts = new DraftRepository(store);
            Draft saved = merci(drafts.nextId());
            drafts.save(saved);
            ServerAway.away(db, store);

            LocalDateTime at = LocalDateTime.of(2020, 2, 17, 14, 5);
            drafts.save(saved.withFrench("Merci à nos bénévoles !").withState(PostState.APPROVED, SOPHIE, at));

            assertThat(drafts.drafts()).as("the screen keeps the user's value").singleElement()
                    .extracting(Draft::french, Draft::state, Draft::approvedAt)
                    .containsExactly("Merci à nos bénévoles !", PostState.APPROVED, at);
            assertThat(Files.readString(journal(SOPHIE))).contains("post_draft", "APPROVED");
            assertThat(onServer("SELECT french FROM post_draft")).isEqualTo("Merci aux bénévoles !");

            ServerAway.back(db);
            assertThat(ServerAway.firstDone(sendings)).isEqualTo(new KeptEditsSent(1, 0, 0, DRAFTS));
            assertThat(onServer("SELECT french || ' ' || state || ' ' || approved_at || ' v' || version"
                    + " FROM post_draft")).isEqualTo("Merci à nos bénévoles ! APPROVED 2020-02-17T14:05 v2");
            assertThat(onServer("SELECT member FROM applied_edit")).isEqualTo(SOPHIE);
            assertThat(onServer("SELECT count(*) FROM change_log WHERE table_name = 'post_draft'"
                    + " AND action = 'UPDATE'")).isEqualTo("1");
            assertThat(journal(SOPHIE)).doesNotExist();

            // The next edit is based on the version sent: written, not taken for a colleague's change.
            drafts.save(drafts.drafts().get(0).withEnglish("Thank you!"));
            assertThat(onServer("SELECT english || ' v' || version FROM post_draft")).isEqualTo("Thank you! v3");
        }
    }

    @Test
    void aDeletionWhileAwayIsKeptAndSentOnTheReturn() throws Exception {
        try (ServerStore store = ServerStore.open(db.app(), dir)) {
            BlockingQueue<KeptEditsSent> sendings = sendings(store);
            DraftRepository drafts = new DraftRepository(store);
            Draft saved = merci(drafts.nextId());
            drafts.save(saved);
            ServerAway.away(db, store);

            drafts.delete(saved.id());
            assertThat(drafts.drafts()).isEmpty();
            assertThat(onServer("SELECT count(*) FROM post_draft")).isEqualTo("1");

            ServerAway.back(db);
            assertThat(ServerAway.firstDone(sendings)).isEqualTo(new KeptEditsSent(1, 0, 0, DRAFTS));
            assertThat(onServer("SELECT count(*) FROM post_draft")).isEqualTo("0");
        }
    }

    @Test
    void aNewDraftWhileAwayIsStillRefusedAndNothingIsKept() throws Exception {
        try (ServerStore store = ServerStore.open(db.app(), dir)) {
            DraftRepository drafts = new DraftRepository(store);
            Draft saved = merci(drafts.nextId());
            drafts.save(saved);
            ServerAway.away(db, store);

            assertThatThrownBy(drafts::nextId).isInstanceOf(StoreException.class);
            // The suggested week: one new draft among known ones refuses the whole write.
            assertThatThrownBy(() -> drafts.saveAll(List.of(saved.withEnglish("Thank you!"), merci(99))))
                    .isInstanceOf(StoreException.class);
            assertThat(journal("")).doesNotExist();
        }
    }

    @Test
    void aColleaguesChangeMeanwhileIsNotOverwrittenAndTheKeptEditStaysReported() throws Exception {
        try (ServerStore mine = ServerStore.open(db.app(), dir);
             ServerStore theirs = ServerStore.open(db.app(), dir.resolve("marc"))) {
            BlockingQueue<KeptEditsSent> sendings = sendings(mine);
            DraftRepository drafts = new DraftRepository(mine);
            Draft saved = merci(drafts.nextId());
            drafts.save(saved);
            DraftRepository colleague = new DraftRepository(theirs);
            ServerAway.away(db, mine);

            drafts.save(saved.withFrench("Merci à nos bénévoles !"));
            colleague.save(colleague.drafts().get(0).withFrench("Merci (Marc)"));
            ServerAway.back(db);

            assertThat(ServerAway.firstDone(sendings)).isEqualTo(new KeptEditsSent(0, 0, 1, DRAFTS));
            assertThat(onServer("SELECT french FROM post_draft")).isEqualTo("Merci (Marc)");
            assertThat(onServer("SELECT count(*) FROM applied_edit")).isEqualTo("0");
            assertThat(Files.readString(journal(""))).as("kept, with why").contains("colleague");
            assertThat(drafts.drafts().get(0).french()).isEqualTo("Merci (Marc)");
        }
    }
}
