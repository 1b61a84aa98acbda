package qc.trousse.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger ui = Logger.getLogger("qc.trousse.ui");
    private final Handler keep = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                logged.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        ui.addHandler(keep);
    }

    @AfterEach
    void stop() {
        ui.removeHandler(keep);
    }

    @Test
    void aFailureIsLoggedWithItsCauseAndToldInOneSentence() {
        IOException cause = new IOException("No space left on device");
        Failures.report(dialogs, "Enregistrement", "Le fichier bilan.pdf n’a pas pu être écrit.", cause);

        assertThat(dialogs.errors).containsExactly("Le fichier bilan.pdf n’a pas pu être écrit.");
        assertThat(logged).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(r.getThrown()).isSameAs(cause);
            assertThat(r.getMessage()).contains("bilan.pdf");
        });
    }

    @Test
    void aRefusalIsToldButNotLoggedAsAFailure() {
        Failures.refuse(dialogs, "Impression", "Aucune imprimante n’est installée.");

        assertThat(dialogs.errors).containsExactly("Aucune imprimante n’est installée.");
        assertThat(logged).isEmpty();
    }

    @Test
    void whatNothingCaughtOnTheThreadIsLoggedWithItsCause() throws InterruptedException {
        Thread handlerThatThrows = new Thread(() -> {
            Failures.catchUncaught();
            throw new IllegalStateException("a handler failed");
        }, "fx-like");
        handlerThatThrows.start();
        handlerThatThrows.join();

        assertThat(logged).singleElement().satisfies(r -> {
            assertThat(r.getThrown()).hasMessage("a handler failed");
            assertThat(r.getMessage()).contains("fx-like");
        });
    }

    @Test
    void aFailureNobodyMustActOnIsLoggedAndNotShown() {
        IllegalStateException cause = new IllegalStateException("backup folder read-only");
        Failures.log("daily backup failed", cause);

        assertThat(dialogs.errors).isEmpty();
        assertThat(logged).singleElement().satisfies(r -> assertThat(r.getThrown()).isSameAs(cause));
    }
}
