package qc.trousse.store;

import org.junit.jupiter.api.Test;
import qc.trousse.gestures.ChecklistItem;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.PlannedGesture;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The week plan's gestures while the office's server is away (ADR 0020), for real ({@link ServerAway}): a change
 * of a gesture's own columns or a deletion is kept on disk and shown, written once on the return, never over a
 * colleague's change; a change of its checklist (rows of their own) and a new gesture are still refused.
 */
class KeptGesturesTest extends WhileServerAway {
    private static final Set<String> PLAN = Set.of("gesture_plan");
    private static PlannedGesture ribbon(long id) {
        return new PlannedGesture(id, "ribbon", LocalDate.of(2020, 2, 17), LocalTime.of(9, 0), LocalTime.of(10, 0),
                "", "Julie", GestureState.IDEA, List.of(new ChecklistItem("", "Commander les rubans", -7, "Julie",
                false)));
    }

    /** Saved and not read again, as the week plan does (it keeps its gestures in memory). */
    private static PlannedGesture saved(GestureRepository plan) {
        PlannedGesture g = ribbon(plan.nextId());
        plan.save(g);
        return g;
    }

    @Test
    void aChangeWhileAwayIsKeptShownAndWrittenOnceWhenTheServerIsBack() throws Exception {
        try (ServerStore store = ServerStore.open(db.app(), dir)) {
            store.signAs(SOPHIE);
            BlockingQueue<KeptEditsSent> sendings = sendings(store);
            GestureRepository plan = new GestureRepository(store);
            PlannedGesture g = saved(plan);
            ServerAway.away(db, store);

            plan.save(g.withState(GestureState.PLANNED).withPlace("Salle du conseil"));

            assertThat(plan.loadPlan()).as("the screen keeps the user's value").singleElement()
                    .extracting(PlannedGesture::state, PlannedGesture::place, p -> p.checklist().size())
                    .containsExactly(GestureState.PLANNED, "Salle du conseil", 1);
            assertThat(Files.readString(journal(SOPHIE))).contains("gesture_plan", "PLANNED");
            assertThat(onServer("SELECT state FROM gesture_plan")).isEqualTo("IDEA");

            ServerAway.back(db);
            assertThat(ServerAway.firstDone(sendings)).isEqualTo(new KeptEditsSent(1, 0, 0, PLAN));
            assertThat(onServer("SELECT state || ' ' || place || ' v' || version FROM gesture_plan"))
                    .isEqualTo("PLANNED Salle du conseil v2");
            assertThat(onServer("SELECT count(*) FROM gesture_item")).as("the checklist stays").isEqualTo("1");
            assertThat(onServer("SELECT member FROM applied_edit")).isEqualTo(SOPHIE);
            assertThat(journal(SOPHIE)).doesNotExist();

            // The next edit is based on the version sent: written, not taken for a colleague's change.
            plan.save(plan.loadPlan().get(0).withOwner("Marc"));
            assertThat(onServer("SELECT owner || ' v' || version FROM gesture_plan")).isEqualTo("Marc v3");
        }
    }

    @Test
    void aDeletionWhileAwayIsKeptAndSentOnTheReturn() throws Exception {
        try (ServerStore store = ServerStore.open(db.app(), dir)) {
            BlockingQueue<KeptEditsSent> sendings = sendings(store);
            GestureRepository plan = new GestureRepository(store);
            PlannedGesture g = saved(plan);
            ServerAway.away(db, store);

            plan.delete(g.id());
            assertThat(plan.loadPlan()).isEmpty();

            ServerAway.back(db);
            assertThat(ServerAway.firstDone(sendings)).isEqualTo(new KeptEditsSent(1, 0, 0, PLAN));
            assertThat(onServer("SELECT count(*) FROM gesture_plan")).isEqualTo("0");
            assertThat(onServer("SELECT count(*) FROM gesture_item")).isEqualTo("0");
        }
    }

    @Test
    void aChecklistChangeOrANewGestureWhileAwayIsStillRefusedAndNothingIsKept() throws Exception {
        try (ServerStore store = ServerStore.open(db.app(), dir)) {
            GestureRepository plan = new GestureRepository(store);
            PlannedGesture g = saved(plan);
            ServerAway.away(db, store);

            assertThatThrownBy(() -> plan.save(g.withItem(0, i -> i.withDone(true))))
                    .isInstanceOf(StoreException.class);
            assertThatThrownBy(plan::nextId).isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> plan.save(ribbon(99))).isInstanceOf(StoreException.class);
            assertThat(journal("")).doesNotExist();
        }
    }

    @Test
    void aChecklistChangedAfterTheLastReadThenUndoneWhileAwayIsRefusedNotSentWithoutIt() throws Exception {
        try (ServerStore store = ServerStore.open(db.app(), dir)) {
            GestureRepository plan = new GestureRepository(store);
            PlannedGesture g = saved(plan);
            plan.loadPlan();
            plan.save(g.withItem(0, i -> i.withDone(true)));
            ServerAway.away(db, store);

            // The undo puts the first checklist back: the server has the other one, so it cannot be kept.
            assertThatThrownBy(() -> plan.save(g.withState(GestureState.PLANNED)))
                    .isInstanceOf(StoreException.class);
            assertThat(journal("")).doesNotExist();
        }
    }

    @Test
    void aColleaguesChangeMeanwhileIsNotOverwrittenAndTheKeptEditStaysReported() throws Exception {
        try (ServerStore mine = ServerStore.open(db.app(), dir);
             ServerStore theirs = ServerStore.open(db.app(), dir.resolve("marc"))) {
            BlockingQueue<KeptEditsSent> sendings = sendings(mine);
            GestureRepository plan = new GestureRepository(mine);
            PlannedGesture g = saved(plan);
            GestureRepository colleague = new GestureRepository(theirs);
            ServerAway.away(db, mine);

            plan.save(g.withState(GestureState.PLANNED));
            colleague.save(colleague.loadPlan().get(0).withState(GestureState.CANCELLED));
            ServerAway.back(db);

            assertThat(ServerAway.firstDone(sendings)).isEqualTo(new KeptEditsSent(0, 0, 1, PLAN));
            assertThat(onServer("SELECT state FROM gesture_plan")).isEqualTo("CANCELLED");
            assertThat(onServer("SELECT count(*) FROM applied_edit")).isEqualTo("0");
            assertThat(Files.readString(journal(""))).as("kept, with why").contains("colleague");
            assertThat(plan.loadPlan().get(0).state()).isEqualTo(GestureState.CANCELLED);
        }
    }
}
