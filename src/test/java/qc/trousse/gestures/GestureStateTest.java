package qc.trousse.gestures;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static qc.trousse.gestures.GestureState.CANCELLED;
import static qc.trousse.gestures.GestureState.DONE;
import static qc.trousse.gestures.GestureState.IDEA;
import static qc.trousse.gestures.GestureState.PLANNED;

class GestureStateTest {
    @Test
    void ideaThenPlannedThenDone() {
        assertThat(IDEA.canMoveTo(PLANNED)).isTrue();
        assertThat(PLANNED.canMoveTo(DONE)).isTrue();
        assertThat(IDEA.canMoveTo(DONE)).isFalse();
    }

    @Test
    void anythingNotDoneCanBeCancelledAndComesBackAsAnIdea() {
        assertThat(IDEA.canMoveTo(CANCELLED)).isTrue();
        assertThat(PLANNED.canMoveTo(CANCELLED)).isTrue();
        assertThat(DONE.canMoveTo(CANCELLED)).isFalse();
        assertThat(CANCELLED.next()).containsExactly(IDEA);
        assertThat(CANCELLED.active()).isFalse();
    }

    @Test
    void aDoneGestureCanBeReopened() {
        assertThat(DONE.next()).containsExactly(PLANNED);
    }
}
