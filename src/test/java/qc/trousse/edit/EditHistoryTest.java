package qc.trousse.edit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EditHistoryTest {
    private final List<String> text = new ArrayList<>(List.of(""));
    private final EditHistory history = new EditHistory();

    private Edit set(String field, String before, String after) {
        return new SetText(field, before, after);
    }

    /** Sets the text; a following edit of the same field folds into it, keeping the first "before". */
    private final class SetText implements Edit {
        private final String field;
        private final String before;
        private final String after;

        SetText(String field, String before, String after) {
            this.field = field;
            this.before = before;
            this.after = after;
        }

        @Override
        public void apply() {
            text.set(0, after);
        }

        @Override
        public void revert() {
            text.set(0, before);
        }

        @Override
        public String descriptionKey() {
            return field;
        }

        @Override
        public Optional<Edit> absorb(Edit next) {
            return next instanceof SetText other && other.field.equals(field)
                    ? Optional.of(new SetText(field, before, other.after)) : Optional.empty();
        }
    }

    @Test
    void undoAndRedoWalkTheEditsBackAndForth() {
        history.perform(set("a", "", "x"));
        history.perform(set("b", "x", "y"));
        history.undo();
        assertThat(text.get(0)).isEqualTo("x");
        history.undo();
        assertThat(text.get(0)).isEmpty();
        assertThat(history.canUndo()).isFalse();
        history.redo();
        history.redo();
        assertThat(text.get(0)).isEqualTo("y");
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void keystrokesInOneFieldFoldIntoOneUndoStep() {
        history.perform(set("name", "", "M"));
        history.perform(set("name", "M", "Ma"));
        history.perform(set("name", "Ma", "Mar"));
        history.undo();
        assertThat(text.get(0)).isEmpty();
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void afterAnUndoTheNextEditStartsANewStep() {
        history.perform(set("name", "", "A"));
        history.perform(set("other", "A", "B"));
        history.undo();
        history.perform(set("name", "A", "C"));
        history.undo();
        assertThat(text.get(0)).isEqualTo("A");
    }

    @Test
    void aNewEditClearsTheRedoStack() {
        history.perform(set("a", "", "x"));
        history.undo();
        history.perform(set("b", "", "z"));
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void anUndoThatCannotBeSavedStaysUndoable() {
        history.perform(set("a", "", "x"));
        Edit stubborn = new Edit() {
            @Override
            public void apply() {
                text.set(0, "y");
            }

            @Override
            public void revert() {
                throw new IllegalStateException("disk full");
            }

            @Override
            public String descriptionKey() {
                return "b";
            }
        };
        history.perform(stubborn);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, history::undo);
        assertThat(history.undoKey()).contains("b");
        assertThat(history.canRedo()).isFalse();
        assertThat(text.get(0)).isEqualTo("y");
    }

    @Test
    void aFailedEditIsNotRecorded() {
        Edit failing = new Edit() {
            @Override
            public void apply() {
                throw new IllegalStateException("disk full");
            }

            @Override
            public void revert() {
            }

            @Override
            public String descriptionKey() {
                return "f";
            }
        };
        try {
            history.perform(failing);
        } catch (IllegalStateException expected) {
            // the caller reports it
        }
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void aStepMadeBeforeTheServicesWereRenewedIsSaidSoWhenTakenAndOnlyThen() {
        history.perform(set("a", "", "x"));
        history.renewed();
        history.perform(set("a", "x", "y"));
        history.undo();
        assertThat(text.get(0)).as("not folded into the step before the renewal").isEqualTo("x");
        assertThat(history.tookEarlierStep()).as("made with today's services").isFalse();
        history.undo();
        assertThat(text.get(0)).isEmpty();
        assertThat(history.tookEarlierStep()).as("made with the services before").isTrue();
        history.redo();
        assertThat(history.tookEarlierStep()).isTrue();
        history.redo();
        assertThat(history.tookEarlierStep()).isFalse();

        // A step that renews the services itself as it is taken needs nothing more.
        history.perform(new Edit() {
            @Override
            public void apply() {
                history.renewed();
            }

            @Override
            public void revert() {
                history.renewed();
            }

            @Override
            public String descriptionKey() {
                return "renews";
            }
        });
        history.renewed();
        history.undo();
        assertThat(history.tookEarlierStep()).isFalse();
    }
}
