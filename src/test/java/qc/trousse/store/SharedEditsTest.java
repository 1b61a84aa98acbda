package qc.trousse.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientService;
import qc.trousse.edit.EditConflict;
import qc.trousse.edit.EditHistory;
import qc.trousse.posts.Draft;
import qc.trousse.posts.Network;
import qc.trousse.posts.PostState;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestService;
import qc.trousse.cocktail.RsvpState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two staff members on the same office database, each with a store of their own (their own connection, their own
 * undo history) in this JVM: an edit based on a row the other changed meanwhile is not written over theirs.
 */
class SharedEditsTest {
    private static final int EDITS = 500;
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

    private static Recipient named(String name) {
        return Recipient.of(RecipientKind.PERSON, name, "Persévérance", LocalDate.of(2020, 2, 19));
    }

    private static Recipient withReason(Recipient r, String reason) {
        return new Recipient(r.id(), r.kind(), r.name(), reason, r.date(), r.gesture(), r.state(), r.printedAt());
    }

    private static Recipient withName(Recipient r, String name) {
        return new Recipient(r.id(), r.kind(), name, r.reason(), r.date(), r.gesture(), r.state(), r.printedAt());
    }

    @Test
    void anEditOnARowChangedMeanwhileIsRefusedAndTheOtherChangeKept() throws Exception {
        try (ServerStore a = ServerStore.open(db.app()); ServerStore b = ServerStore.open(db.app())) {
            RecipientService alice = new RecipientService(new RecipientRepository(a), new EditHistory());
            Recipient r = alice.add(named("Léa Tremblay"));
            RecipientService bob = new RecipientService(new RecipientRepository(b), new EditHistory());
            bob.update(withReason(bob.find(r.id()).orElseThrow(), "Bénévole de l’année"));

            assertThatThrownBy(() -> alice.update(withReason(r, "Mentore")))
                    .isInstanceOfSatisfying(EditConflict.class, e -> assertThat(e.deleted()).isFalse());
            assertThat(alice.find(r.id()).orElseThrow().reason()).as("alice sees bob's version").isEqualTo(
                    "Bénévole de l’année");
            // Based on what she now sees, her next edit goes through.
            alice.update(withReason(alice.find(r.id()).orElseThrow(), "Mentore"));
            assertThat(new RecipientRepository(b).all()).extracting(Recipient::reason).containsExactly("Mentore");
        }
    }

    @Test
    void deletingARowSomeoneChangedOrDeletedIsCaughtTheSameWay() throws Exception {
        try (ServerStore a = ServerStore.open(db.app()); ServerStore b = ServerStore.open(db.app())) {
            RecipientService alice = new RecipientService(new RecipientRepository(a), new EditHistory());
            Recipient r = alice.add(named("Karim Haddad"));
            RecipientService bob = new RecipientService(new RecipientRepository(b), new EditHistory());
            bob.update(withName(bob.find(r.id()).orElseThrow(), "Karim Haddad-Roy"));
            assertThatThrownBy(() -> alice.delete(List.of(r.id()))).isInstanceOf(EditConflict.class);
            assertThat(new RecipientRepository(b).all()).extracting(Recipient::name).containsExactly("Karim Haddad-Roy");

            bob.delete(List.of(r.id()));
            assertThatThrownBy(() -> alice.update(withReason(alice.find(r.id()).orElseThrow(), "x")))
                    .isInstanceOfSatisfying(EditConflict.class, e -> assertThat(e.deleted()).isTrue());
        }
    }

    @Test
    void aGuestChangedOnAnotherPcIsNotOverwrittenAndTheOtherAnswerIsShown() throws Exception {
        try (ServerStore a = ServerStore.open(db.app()); ServerStore b = ServerStore.open(db.app())) {
            GuestService alice = new GuestService(new CocktailRepository(a), new EditHistory());
            Guest g = alice.add(Guest.named("Noémie D’Amours"));
            GuestService bob = new GuestService(new CocktailRepository(b), new EditHistory());
            bob.setRsvp(g.id(), RsvpState.CONFIRMED);

            assertThatThrownBy(() -> alice.update(g.withPartySize(3))).isInstanceOf(EditConflict.class);
            assertThat(alice.byId(g.id()).orElseThrow().rsvp()).isEqualTo(RsvpState.CONFIRMED);
            assertThat(new CocktailRepository(b).guests()).extracting(Guest::partySize).containsExactly(1);
            alice.update(alice.byId(g.id()).orElseThrow().withPartySize(3));
            assertThat(new CocktailRepository(b).guests()).extracting(Guest::rsvp, Guest::partySize)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(RsvpState.CONFIRMED, 3));

            // Bob has not seen Alice's change: his deletion of the guest she just edited is caught too.
            assertThatThrownBy(() -> bob.delete(g.id())).isInstanceOf(EditConflict.class);
            bob.delete(g.id());
            assertThatThrownBy(() -> alice.delete(g.id()))
                    .isInstanceOfSatisfying(EditConflict.class, e -> assertThat(e.deleted()).isTrue());
            assertThat(alice.all()).isEmpty();
        }
    }

    @Test
    void aDraftRewrittenOnAnotherPcIsNotOverwritten() throws Exception {
        try (ServerStore a = ServerStore.open(db.app()); ServerStore b = ServerStore.open(db.app())) {
            DraftRepository alice = new DraftRepository(a);
            Draft d = new Draft(alice.nextId(), Network.FACEBOOK, "merci", "", "Merci aux bénévoles !", "Thanks!",
                    true, LocalDate.of(2020, 2, 18), java.time.LocalTime.of(9, 0), PostState.DRAFT, "", null);
            alice.save(d);
            DraftRepository bob = new DraftRepository(b);
            bob.save(bob.drafts().get(0).withFrench("Merci à nos bénévoles !"));

            assertThatThrownBy(() -> alice.save(d.withEnglish("Thank you!"))).isInstanceOf(EditConflict.class);
            assertThatThrownBy(() -> alice.delete(d.id())).isInstanceOf(EditConflict.class);
            assertThat(bob.drafts()).extracting(Draft::french, Draft::english)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Merci à nos bénévoles !", "Thanks!"));
            alice.save(alice.drafts().get(0).withEnglish("Thank you!"));
            assertThat(bob.drafts()).extracting(Draft::english).containsExactly("Thank you!");
        }
    }

    /** One applied edit: the value it was based on and the value it wrote. */
    private record Applied(long id, String before, String after) {
    }

    @Test
    void twoWritersMakingFiveHundredEditsEachOnTheSameItemsLoseNone() throws Exception {
        List<Long> ids;
        try (ServerStore setup = ServerStore.open(db.app())) {
            RecipientService s = new RecipientService(new RecipientRepository(setup), new EditHistory());
            ids = List.of(s.add(named("Un")).id(), s.add(named("Deux")).id(), s.add(named("Trois")).id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(2);
        long began = System.nanoTime();
        try (ServerStore a = ServerStore.open(db.app()); ServerStore b = ServerStore.open(db.app())) {
            Future<List<Object>> fa = pool.submit(() -> write("A", a, ids, start));
            Future<List<Object>> fb = pool.submit(() -> write("B", b, ids, start));
            List<Object> outcomes = new ArrayList<>(fa.get(5, TimeUnit.MINUTES));
            outcomes.addAll(fb.get(5, TimeUnit.MINUTES));

            List<Applied> applied = outcomes.stream().filter(Applied.class::isInstance).map(Applied.class::cast)
                    .toList();
            long conflicts = outcomes.stream().filter(EditConflict.class::isInstance).count();
            assertThat(applied.size() + conflicts).as("every edit applied or surfaced").isEqualTo(2L * EDITS);
            assertThat(conflicts).as("the two writers did collide").isPositive();
            System.out.printf("2 writers x %d edits: %d applied, %d conflicts, %d ms%n", EDITS, applied.size(),
                    conflicts, (System.nanoTime() - began) / 1_000_000);

            Map<Long, Recipient> end = new HashMap<>();
            new RecipientRepository(a).all().forEach(r -> end.put(r.id(), r));
            for (long id : ids) {
                // The applied edits of one item form one unbroken chain, each based on the one before it:
                // an edit written over another without seeing it would leave that one out of the chain.
                Map<String, String> next = new HashMap<>();
                applied.stream().filter(e -> e.id() == id).forEach(e -> assertThat(next.put(e.before(), e.after()))
                        .as("two edits based on the same value").isNull());
                String value = "Persévérance";
                int steps = 0;
                while (next.containsKey(value)) {
                    value = next.get(value);
                    steps++;
                }
                assertThat(steps).isEqualTo(next.size());
                assertThat(end.get(id).reason()).isEqualTo(value);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Object> write(String who, ServerStore store, List<Long> ids, CountDownLatch start)
            throws InterruptedException {
        RecipientService service = new RecipientService(new RecipientRepository(store), new EditHistory());
        List<Object> outcomes = new ArrayList<>();
        start.countDown();
        start.await();
        for (int k = 0; k < EDITS; k++) {
            long id = ids.get(k % ids.size());
            Recipient seen = service.find(id).orElseThrow();
            String after = who + "-" + k;
            try {
                service.update(withReason(seen, after));
                outcomes.add(new Applied(id, seen.reason(), after));
            } catch (EditConflict conflict) {
                outcomes.add(conflict);
            }
        }
        return outcomes;
    }
}
