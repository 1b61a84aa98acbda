package qc.trousse.store;

import org.junit.jupiter.api.Test;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every reason a store cannot be opened is told by a message of its own, in French and in English. */
class StoreOpenMessagesTest {
    private static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        String name = "/i18n/messages_" + lang + ".properties";
        try (InputStream in = StoreOpenMessagesTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<StoreOpenException> everyReason() {
        return Stream.concat(
                Arrays.stream(DataFileException.Reason.values())
                        .map(r -> (StoreOpenException) new DataFileException(r, Path.of("bureau.db"), "x")),
                Arrays.stream(ServerStoreException.Reason.values())
                        .map(r -> new ServerStoreException(r, "serveur/trousse", "x", null))).toList();
    }

    @Test
    void eachReasonNamesAMessageThatExistsInBothLanguages() throws IOException {
        Properties fr = bundle("fr");
        Properties en = bundle("en");
        assertThat(everyReason()).hasSize(DataFileException.Reason.values().length
                + ServerStoreException.Reason.values().length).allSatisfy(e -> {
                    assertThat(fr).as(e.getMessage()).containsKey(e.messageKey());
                    assertThat(en).as(e.getMessage()).containsKey(e.messageKey());
                });
        assertThat(everyReason()).extracting(StoreOpenException::messageKey).doesNotHaveDuplicates();
    }

    @Test
    void theKeyIsTheFamilyAndTheReasonInCamelCase() {
        assertThat(new DataFileException(DataFileException.Reason.NOT_SQLITE, Path.of("a.db"), null).messageKey())
                .isEqualTo("store.notSqlite");
        assertThat(new DataFileException(DataFileException.Reason.PARENT_NOT_FOLDER, Path.of("a.db"), null)
                .messageKey()).isEqualTo("store.parentNotFolder");
        assertThat(new ServerStoreException(ServerStoreException.Reason.WRONG_PASSWORD, "s", null, null)
                .messageKey()).isEqualTo("server.wrongPassword");
        assertThat(new ServerStoreException(ServerStoreException.Reason.IO, "s", null, null).messageKey())
                .isEqualTo("server.io");
    }

    @Test
    void theSentenceNamesTheStoreAndIsNeverTheBareKey() {
        I18n.setLanguage(Lang.EN);
        try {
            assertThat(everyReason()).allSatisfy(e -> assertThat(e.userMessage()).as(e.messageKey())
                    .isNotEqualTo(e.messageKey()).doesNotContain(e.messageKey()));
            DataFileException locked = new DataFileException(DataFileException.Reason.LOCKED,
                    Path.of("bureau.db"), "Marie");
            assertThat(locked.userMessage()).contains("bureau.db");
        } finally {
            I18n.setLanguage(Lang.FR);
        }
    }
}
