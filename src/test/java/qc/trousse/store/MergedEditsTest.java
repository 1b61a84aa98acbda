package qc.trousse.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestService;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.edit.EditHistory;
import qc.trousse.edit.ScriptedConflicts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two staff members on one office database, each with their own store and undo history: an edit that meets a
 * colleague's change of the same row is merged three ways, never written over theirs unseen.
 */
class MergedEditsTest {
    private TestDatabase db;

    @BeforeEach
    void freshDatabase() throws Exception {
        db = TestDatabase.fresh();
        ServerStore.open(db.owner()).close();
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private static GuestService service(ServerStore store, ScriptedConflicts conflicts) {
        EditHistory history = new EditHistory();
        history.setConflicts(conflicts);
        return new GuestService(new CocktailRepository(store), history);
    }

    private static Guest renamed(Guest g, String name) {
        return new Guest(g.id(), g.kind(), name, g.organisation(), g.role(), g.email(), g.phone(), g.reason(), g.rsvp(),
                g.partySize(), g.dietary(), g.accessibility(), g.certificate(), g.vehicleId());
    }

    @Test
    void fieldsOnlyOneSideChangedMergeByThemselves() throws Exception {
        try (ServerStore a = ServerStore.open(db.app()); ServerStore b = ServerStore.open(db.app())) {
            ScriptedConflicts told = ScriptedConflicts.takingTheirs();
            GuestService alice = service(a, told);
            Guest g = alice.add(Guest.named("Noémie D’Amours"));
            GuestService bob = service(b, ScriptedConflicts.takingTheirs());
            bob.setRsvp(g.id(), RsvpState.CONFIRMED);

            alice.update(g.withPartySize(3));

            assertThat(told.merged).containsExactly(java.util.List.of("rsvp"));
            assertThat(told.asked).isEmpty();
            assertThat(new CocktailRepository(b).guests()).extracting(Guest::rsvp, Guest::partySize)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(RsvpState.CONFIRMED, 3));
            assertThat(alice.byId(g.id()).orElseThrow().rsvp()).isEqualTo(RsvpState.CONFIRMED);
        }
    }

    @Test
    void aFieldBothChangedIsTheUsersToChooseAndTheOtherFieldsStay() throws Exception {
        try (ServerStore a = ServerStore.open(db.app()); ServerStore b = ServerStore.open(db.app())) {
            ScriptedConflicts mine = ScriptedConflicts.keepingMine();
            GuestService alice = service(a, mine);
            Guest g = alice.add(Guest.named("Karim Haddad"));
            GuestService bob = service(b, ScriptedConflicts.takingTheirs());
            bob.update(renamed(bob.byId(g.id()).orElseThrow(), "Karim Haddad-Roy").withRsvp(RsvpState.DECLINED));

            alice.update(renamed(g, "Karim Haddad (CA)"));

            assertThat(mine.asked).singleElement().satisfies(q -> assertThat(q.clashes())
                    .extracting(c -> c.field(), c -> c.mine(), c -> c.theirs())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "Karim Haddad (CA)", "Karim Haddad-Roy")));
            assertThat(new CocktailRepository(b).guests()).extracting(Guest::name, Guest::rsvp)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Karim Haddad (CA)", RsvpState.DECLINED));

            // Bob, who has not seen it, changes the name again and closes the dialog: Alice's name stays.
            bob.update(renamed(bob.byId(g.id()).orElseThrow(), "K. Haddad"));
            assertThat(new CocktailRepository(a).guests()).extracting(Guest::name).containsExactly("Karim Haddad (CA)");
            assertThat(bob.byId(g.id()).orElseThrow().name()).isEqualTo("Karim Haddad (CA)");
        }
    }

    @Test
    void aRowDeletedMeanwhileIsRecreatedOrTheEditDropped() throws Exception {
        try (ServerStore a = ServerStore.open(db.app()); ServerStore b = ServerStore.open(db.app())) {
            ScriptedConflicts recreate = ScriptedConflicts.keepingMine();
            GuestService alice = service(a, recreate);
            Guest g = alice.add(Guest.named("Léa Tremblay"));
            Guest h = alice.add(Guest.named("Marc Gagnon"));
            ScriptedConflicts drop = ScriptedConflicts.takingTheirs();
            GuestService bob = service(b, drop);
            bob.delete(g.id());

            alice.update(g.withPartySize(2));
            assertThat(recreate.deletedAsked).hasSize(1);
            assertThat(new CocktailRepository(b).guests()).extracting(Guest::name, Guest::partySize)
                    .contains(org.assertj.core.groups.Tuple.tuple("Léa Tremblay", 2));

            alice.delete(h.id());
            bob.update(bob.byId(h.id()).orElseThrow().withPartySize(4));
            assertThat(drop.deletedAsked).hasSize(1);
            assertThat(bob.byId(h.id())).as("the dropped edit leaves the row gone on Bob's screen too").isEmpty();
            assertThat(new CocktailRepository(a).guests()).extracting(Guest::name).containsExactly("Léa Tremblay");
        }
    }

    @Test
    void undoDoesNotWriteOverAColleaguesChangeAndSaysSo() throws Exception {
        try (ServerStore a = ServerStore.open(db.app()); ServerStore b = ServerStore.open(db.app())) {
            ScriptedConflicts told = ScriptedConflicts.takingTheirs();
            EditHistory history = new EditHistory();
            history.setConflicts(told);
            GuestService alice = new GuestService(new CocktailRepository(a), history);
            Guest g = alice.add(Guest.named("Sophie Ouellet"));
            history.seal();
            alice.update(g.withPartySize(2));
            GuestService bob = service(b, ScriptedConflicts.takingTheirs());
            bob.setRsvp(g.id(), RsvpState.CONFIRMED);

            history.undo();

            assertThat(told.undoRefused).hasSize(1);
            assertThat(new CocktailRepository(b).guests()).extracting(Guest::rsvp, Guest::partySize)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(RsvpState.CONFIRMED, 2));
            assertThat(history.canRedo()).as("nothing was undone").isFalse();
            // The step under it (adding the guest) would delete Bob's answer too: refused the same way.
            history.undo();
            assertThat(told.undoRefused).hasSize(2);
            assertThat(history.canUndo()).isFalse();
            assertThat(new CocktailRepository(b).guests()).hasSize(1);
        }
    }

    private static final int EDITS = 500;

    /**
     * Two writers, 500 edits each on the same three guests, at the same time: Alice renames, Bob answers for them
     * and names the organisation, Alice's edits also touch the organisation now and then. Every edit is applied,
     * merged, or (for the organisation both changed) decided by its writer: at the end each field holds the last
     * value its last writer chose, and no edit of the other field was written over unseen.
     */
    @Test
    void twoWritersMakingFiveHundredEditsEachOnTheSameGuestsMergeAndLoseNone() throws Exception {
        java.util.List<Long> ids;
        try (ServerStore setup = ServerStore.open(db.app())) {
            GuestService s = service(setup, ScriptedConflicts.takingTheirs());
            ids = java.util.List.of(s.add(Guest.named("Un")).id(), s.add(Guest.named("Deux")).id(),
                    s.add(Guest.named("Trois")).id());
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(2);
        ScriptedConflicts aliceAnswers = ScriptedConflicts.keepingMine();
        ScriptedConflicts bobAnswers = ScriptedConflicts.takingTheirs();
        try (ServerStore a = ServerStore.open(db.app()); ServerStore b = ServerStore.open(db.app())) {
            var fa = pool.submit(() -> write(service(a, aliceAnswers), aliceAnswers, ids, start, true));
            var fb = pool.submit(() -> write(service(b, bobAnswers), bobAnswers, ids, start, false));
            java.util.Map<Long, Guest> aliceLast = fa.get(5, java.util.concurrent.TimeUnit.MINUTES);
            java.util.Map<Long, Guest> bobLast = fb.get(5, java.util.concurrent.TimeUnit.MINUTES);

            int merged = aliceAnswers.merged.size() + bobAnswers.merged.size();
            int asked = aliceAnswers.asked.size() + bobAnswers.asked.size();
            System.out.printf("2 writers x %d edits on 3 guests: %d merged by themselves, %d decided field by field%n",
                    EDITS, merged, asked);
            assertThat(merged).as("the two writers did meet").isPositive();
            System.out.printf("refused (surfaced, not written): %d%n",
                    aliceAnswers.refused.size() + bobAnswers.refused.size());
            for (Guest end : new CocktailRepository(a).guests()) {
                // Only Alice renames, only Bob answers: each field is its writer's last edit, merged or not.
                assertThat(end.name()).isEqualTo(aliceLast.get(end.id()).name());
                assertThat(end.rsvp()).isEqualTo(bobLast.get(end.id()).rsvp());
                assertThat(end.partySize()).isEqualTo(bobLast.get(end.id()).partySize());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Alice renames (and sometimes sets the organisation); Bob answers and sets the party size and organisation. */
    private static java.util.Map<Long, Guest> write(GuestService service, ScriptedConflicts told,
                                                    java.util.List<Long> ids,
                                                    java.util.concurrent.CountDownLatch start, boolean alice)
            throws InterruptedException {
        java.util.Map<Long, Guest> last = new java.util.HashMap<>();
        start.countDown();
        start.await();
        RsvpState[] answers = {RsvpState.CONFIRMED, RsvpState.DECLINED, RsvpState.INVITED};
        for (int k = 0; k < EDITS; k++) {
            long id = ids.get(k % ids.size());
            Guest seen = service.byId(id).orElseThrow();
            Guest edit = alice ? renamed(seen, "A-" + k) : seen.withRsvp(answers[k % 3]).withPartySize(1 + k % 7);
            if (k % 10 == 0) {
                edit = edit.withOrganisation((alice ? "A-org-" : "B-org-") + k);
            }
            int refusedBefore = told.refused.size();
            service.update(edit);
            if (told.refused.size() == refusedBefore) {
                last.put(id, edit);
            }
        }
        return last;
    }
}
