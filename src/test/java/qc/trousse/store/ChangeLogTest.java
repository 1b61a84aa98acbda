package qc.trousse.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientService;
import qc.trousse.edit.EditHistory;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who did what on the office's server: the server writes the log itself, the staff's role only reads it. */
class ChangeLogTest {
    @TempDir
    Path dir;
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

    private static Recipient lea() {
        return Recipient.of(RecipientKind.PERSON, "Léa Tremblay", "Mentore", LocalDate.of(2020, 2, 19));
    }

    @Test
    void eachChangeOfARecipientIsLoggedWithTheMemberSignedInAndWhatChanged() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        try (ServerStore a = ServerStore.open(db.app()); ServerStore b = ServerStore.open(db.app())) {
            a.signAs("Sophie Gagnon");
            assertThat(a.signedAs()).isEqualTo("Sophie Gagnon");
            RecipientService sophie = new RecipientService(new RecipientRepository(a), new EditHistory());
            Recipient added = sophie.add(lea());
            sophie.update(new Recipient(added.id(), added.kind(), "Léa Tremblay-Roy", added.reason(), added.date(),
                    added.gesture(), added.state(), added.printedAt()));
            sophie.delete(List.of(added.id()));

            List<ChangeLog.Entry> history = new ChangeLog(b).of("recipient", added.id());
            assertThat(history).extracting(ChangeLog.Entry::action).containsExactly("DELETE", "UPDATE", "INSERT");
            assertThat(history).extracting(ChangeLog.Entry::member).containsOnly("Sophie Gagnon");
            assertThat(history.get(1).what()).isEqualTo("name");
            assertThat(history.get(2).what()).isEqualTo("Léa Tremblay");
            assertThat(history).allSatisfy(e -> assertThat(e.at()).isBetween(before, Instant.now().plusSeconds(1)));
        }
    }

    @Test
    void withNoMemberChosenTheDatabaseUserIsRecordedAndTheReportCountsPerMember() throws Exception {
        try (ServerStore a = ServerStore.open(db.app()); ServerStore b = ServerStore.open(db.app())) {
            b.signAs("Marc Roy");
            new SettingRepository(a).put("jour", "2020-02-19");
            new SettingRepository(b).put("mois", "2020-02");
            new SettingRepository(b).put("vue", "semaine");
            List<ChangeLog.Tally> tallies = new ChangeLog(a).byMember();
            assertThat(tallies).extracting(ChangeLog.Tally::member).containsExactly("Marc Roy", TestDatabase.appRole());
            assertThat(tallies).extracting(ChangeLog.Tally::changes).containsExactly(2, 1);
            assertThat(new ChangeLog(a).latest(1)).extracting(ChangeLog.Entry::rowId).containsExactly("vue");
        }
    }

    @Test
    void theColleaguesNoticeNamesWhoMadeTheChange() throws Exception {
        try (ServerStore a = ServerStore.open(db.app()); ServerStore b = ServerStore.open(db.app());
             ChangeFeed seenByA = a.changes()) {
            b.signAs("Marc Roy");
            new SettingRepository(b).put("jour", "2020-02-19");
            assertThat(seenByA.next(Duration.ofSeconds(2))).map(ChangeFeed.Change::member).contains("Marc Roy");
        }
    }

    @Test
    void theStaffsRoleCannotRewriteTheLogNorDropItsTables() throws Exception {
        try (ServerStore a = ServerStore.open(db.app()); Statement s = a.connection().createStatement()) {
            new SettingRepository(a).put("jour", "2020-02-19");
            for (String sql : List.of("DELETE FROM change_log", "UPDATE change_log SET member = 'x'",
                    "INSERT INTO change_log VALUES (99, 'recipient', '1', 'x', 'x', 'INSERT', '')",
                    "DROP TABLE change_log", "DROP TABLE recipient", "ALTER TABLE recipient DROP COLUMN name")) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState())
                                .as("insufficient privilege or not the owner").isEqualTo("42501"));
            }
            assertThat(new ChangeLog(a).latest(10)).hasSize(1);
        }
    }

    @Test
    void aPushedFileBringsItsOwnLogOnlyAndTheServerGoesOnNumberingAfterIt() throws Exception {
        Path file = dir.resolve("bureau.db");
        try (ServerStore a = ServerStore.open(db.app())) {
            a.signAs("Sophie Gagnon");
            new RecipientService(new RecipientRepository(a), new EditHistory()).add(lea());
            a.saveCopy(file);
        }
        try (TestDatabase other = TestDatabase.fresh()) {
            StoreCopy.push(file, other.owner());
            try (ServerStore again = ServerStore.open(other.app())) {
                assertThat(new ChangeLog(again).latest(10)).extracting(ChangeLog.Entry::member)
                        .containsOnly("Sophie Gagnon");
                again.signAs("Marc Roy");
                new SettingRepository(again).put("jour", "2020-02-19");
                assertThat(new ChangeLog(again).latest(1)).extracting(ChangeLog.Entry::member)
                        .containsExactly("Marc Roy");
            }
        }
    }

    @Test
    void theStaffsRolePushesAFileIntoAnEmptyDatabaseTheOwnerMadeAndTheLogStartsThere() throws Exception {
        Path file = dir.resolve("bureau.db");
        try (DataFile data = DataFile.open(file)) {
            new RecipientService(new RecipientRepository(data), new EditHistory()).add(lea());
        }
        StoreCopy.push(file, db.app());
        try (ServerStore again = ServerStore.open(db.app())) {
            assertThat(new RecipientRepository(again).all()).extracting(Recipient::name).containsExactly("Léa Tremblay");
            assertThat(new ChangeLog(again).latest(10)).as("the push itself is not logged").isEmpty();
            new SettingRepository(again).put("jour", "2020-02-19");
            assertThat(new ChangeLog(again).latest(10)).extracting(ChangeLog.Entry::rowId).containsExactly("jour");
        }
    }

    @Test
    void aDataFileKeepsNoLog() throws Exception {
        try (DataFile file = DataFile.open(dir.resolve("seul.db"))) {
            new RecipientService(new RecipientRepository(file), new EditHistory()).add(lea());
            assertThat(new ChangeLog(file).latest(10)).isEmpty();
            assertThat(new ChangeLog(file).byMember()).isEmpty();
        }
    }
}
