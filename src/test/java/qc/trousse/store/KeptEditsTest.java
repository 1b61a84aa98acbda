package qc.trousse.store;

import org.junit.jupiter.api.Test;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientService;
import qc.trousse.edit.EditHistory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The office's server goes away under an open store (ADR 0020), for real ({@link ServerAway}). An edit
 * meanwhile is kept on disk and shown; on the server's return it is written once, never over a colleague's change
 * of the same row; a journal left by a session killed while away is sent on the next opening, once.
 */
class KeptEditsTest extends WhileServerAway {
    private static final java.util.Set<String> RECIPIENT = java.util.Set.of("recipient");
    private static Recipient lea() {
        return Recipient.of(RecipientKind.PERSON, "Léa Tremblay", "Mentore", LocalDate.of(2020, 2, 19));
    }

    private static Recipient named(Recipient r, String name) {
        return new Recipient(r.id(), r.kind(), name, r.reason(), r.date(), r.gesture(), r.state(), r.printedAt());
    }

    private void away(ServerStore store) throws Exception {
        ServerAway.away(db, store);
    }

    private void back() throws Exception {
        ServerAway.back(db);
    }

    /** The test server's passwords, as the app finds them (PGPASSFILE): none may reach the journal. */
    private static String[] passwords() throws Exception {
        return Files.readAllLines(Path.of(System.getenv("PGPASSFILE"))).stream().filter(l -> !l.isBlank())
                .map(l -> l.substring(l.lastIndexOf(':') + 1)).toArray(String[]::new);
    }

    private RecipientService recipients(ServerStore store) {
        return new RecipientService(new RecipientRepository(store), new EditHistory());
    }

    @Test
    void anEditWhileAwayIsKeptShownAndWrittenOnceWhenTheServerIsBack() throws Exception {
        try (ServerStore store = ServerStore.open(db.app(), dir)) {
            store.signAs(SOPHIE);
            BlockingQueue<KeptEditsSent> sendings = new LinkedBlockingQueue<>();
            store.onKeptEditsSent(sendings::add);
            RecipientService recipients = recipients(store);
            Recipient saved = recipients.add(lea());
            away(store);

            recipients.update(named(saved, "Léa Tremblay-Roy"));

            assertThat(recipients.find(saved.id()).orElseThrow().name()).as("the screen keeps the user's value")
                    .isEqualTo("Léa Tremblay-Roy");
            assertThat(Files.readString(journal(SOPHIE))).contains("Tremblay-Roy").doesNotContain(passwords());
            assertThat(onServer("SELECT name FROM recipient")).isEqualTo("Léa Tremblay");
            assertThat(store.reachable()).isFalse();

            back();
            KeptEditsSent sent = sendings.poll(60, TimeUnit.SECONDS);
            while (sent != null && sent.sent() == 0) {
                sent = sendings.poll(60, TimeUnit.SECONDS); // a try while still away sends nothing
            }
            assertThat(sent).isEqualTo(new KeptEditsSent(1, 0, 0, RECIPIENT));
            assertThat(onServer("SELECT name || ' v' || version FROM recipient")).isEqualTo("Léa Tremblay-Roy v2");
            assertThat(onServer("SELECT member FROM applied_edit")).isEqualTo(SOPHIE);
            assertThat(onServer("SELECT count(*) FROM change_log WHERE action = 'UPDATE'")).isEqualTo("1");
            assertThat(journal(SOPHIE)).doesNotExist();

            // The next edit is based on the version sent: written, not taken for a colleague's change.
            recipients.update(named(recipients.find(saved.id()).orElseThrow(), "Léa Roy"));
            assertThat(onServer("SELECT name || ' v' || version FROM recipient")).isEqualTo("Léa Roy v3");
        }
    }

    @Test
    void aDeletionWhileAwayIsKeptAndSentOnTheReturn() throws Exception {
        try (ServerStore store = ServerStore.open(db.app(), dir)) {
            BlockingQueue<KeptEditsSent> sendings = new LinkedBlockingQueue<>();
            store.onKeptEditsSent(sendings::add);
            RecipientService recipients = recipients(store);
            Recipient saved = recipients.add(lea());
            away(store);

            recipients.delete(java.util.List.of(saved.id()));
            assertThat(recipients.all()).isEmpty();
            assertThat(onServer("SELECT count(*) FROM recipient")).isEqualTo("1");

            back();
            KeptEditsSent sent = sendings.poll(60, TimeUnit.SECONDS);
            while (sent != null && sent.sent() == 0) {
                sent = sendings.poll(60, TimeUnit.SECONDS);
            }
            assertThat(sent).isEqualTo(new KeptEditsSent(1, 0, 0, RECIPIENT));
            assertThat(onServer("SELECT count(*) FROM recipient")).isEqualTo("0");
        }
    }

    @Test
    void aColleaguesChangeMetWhileTheServerAnswersIsAConflictNotKept() throws Exception {
        try (ServerStore mine = ServerStore.open(db.app(), dir);
             ServerStore theirs = ServerStore.open(db.app(), dir.resolve("marc"))) {
            RecipientService recipients = recipients(mine);
            Recipient saved = recipients.add(lea());
            RecipientService colleague = recipients(theirs);
            colleague.update(named(colleague.find(saved.id()).orElseThrow(), "Léa Tremblay (Marc)"));

            assertThatThrownBy(() -> recipients.update(named(saved, "Léa Tremblay-Roy")))
                    .isInstanceOf(qc.trousse.edit.EditConflict.class);
            assertThat(journal("")).doesNotExist();
            assertThat(onServer("SELECT name FROM recipient")).isEqualTo("Léa Tremblay (Marc)");
        }
    }

    @Test
    void aJournalThatCannotBeReadIsSetAsideAndTheOfficeOpens() throws Exception {
        Files.writeString(journal(SOPHIE), "# Trousse JPS\nnot a kept edit\n");
        try (ServerStore store = ServerStore.open(db.app(), dir)) {
            store.signAs(SOPHIE);
            assertThat(recipients(store).all()).isEmpty();
        }
        assertThat(journal(SOPHIE)).doesNotExist();
        try (var aside = Files.list(dir)) {
            assertThat(aside.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".unreadable"));
        }
    }

    @Test
    void aColleaguesChangeMeanwhileIsNotOverwrittenAndTheKeptEditStaysReported() throws Exception {
        try (ServerStore mine = ServerStore.open(db.app(), dir);
             ServerStore theirs = ServerStore.open(db.app(), dir.resolve("marc"))) {
            BlockingQueue<KeptEditsSent> sendings = new LinkedBlockingQueue<>();
            mine.onKeptEditsSent(sendings::add);
            RecipientService recipients = recipients(mine);
            Recipient saved = recipients.add(lea());
            RecipientService colleague = recipients(theirs);
            away(mine);

            recipients.update(named(saved, "Léa Tremblay-Roy"));
            colleague.update(named(colleague.find(saved.id()).orElseThrow(), "Léa Tremblay (Marc)"));
            back();

            KeptEditsSent sent = sendings.poll(60, TimeUnit.SECONDS);
            while (sent != null && sent.unsent() == 0) {
                sent = sendings.poll(60, TimeUnit.SECONDS);
            }
            assertThat(sent).isEqualTo(new KeptEditsSent(0, 0, 1, RECIPIENT));
            assertThat(onServer("SELECT name FROM recipient")).isEqualTo("Léa Tremblay (Marc)");
            assertThat(onServer("SELECT count(*) FROM applied_edit")).isEqualTo("0");
            assertThat(Files.readString(journal(""))).as("kept, with why").contains("Tremblay-Roy", "colleague");
            recipients.reload();
            assertThat(recipients.find(saved.id()).orElseThrow().name()).isEqualTo("Léa Tremblay (Marc)");
        }
    }

    @Test
    void aJournalLeftByASessionClosedWhileAwayIsSentOnTheNextOpeningOnce() throws Exception {
        long id;
        try (ServerStore store = ServerStore.open(db.app(), dir)) {
            store.signAs(SOPHIE);
            RecipientService recipients = recipients(store);
            Recipient saved = recipients.add(lea());
            id = saved.id();
            away(store);
            recipients.update(named(saved, "Léa Tremblay-Roy"));
        } // closed while away, as a killed app leaves it: nothing sent
        back();
        assertThat(onServer("SELECT name FROM recipient")).isEqualTo("Léa Tremblay");
        Path left = Files.copy(journal(SOPHIE), dir.resolve("left-by-the-kill.txt"));

        try (ServerStore again = ServerStore.open(db.app(), dir)) {
            BlockingQueue<KeptEditsSent> sendings = new LinkedBlockingQueue<>();
            again.onKeptEditsSent(sendings::add);
            again.signAs(SOPHIE);
            assertThat(sendings.poll()).isEqualTo(new KeptEditsSent(1, 0, 0, RECIPIENT));
            assertThat(recipients(again).find(id).orElseThrow().name()).isEqualTo("Léa Tremblay-Roy");
        }
        assertThat(journal(SOPHIE)).doesNotExist();

        // Killed right after the server committed, before the journal was rewritten: the edit is there again.
        Files.copy(left, journal(SOPHIE));
        try (ServerStore third = ServerStore.open(db.app(), dir)) {
            BlockingQueue<KeptEditsSent> sendings = new LinkedBlockingQueue<>();
            third.onKeptEditsSent(sendings::add);
            third.signAs(SOPHIE);
            assertThat(sendings.poll()).as("known by applied_edit").isEqualTo(new KeptEditsSent(0, 1, 0, RECIPIENT));
        }
        assertThat(onServer("SELECT name || ' v' || version FROM recipient")).isEqualTo("Léa Tremblay-Roy v2");
        assertThat(onServer("SELECT count(*) FROM change_log WHERE action = 'UPDATE'")).isEqualTo("1");
        assertThat(onServer("SELECT count(*) FROM applied_edit")).isEqualTo("1");
        assertThat(journal(SOPHIE)).doesNotExist();
    }
}
