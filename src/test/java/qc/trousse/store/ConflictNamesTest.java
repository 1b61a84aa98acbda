package qc.trousse.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestService;
import qc.trousse.edit.EditConflict;
import qc.trousse.edit.EditHistory;
import qc.trousse.edit.ScriptedConflicts;
import qc.trousse.office.OfficeService;
import qc.trousse.office.Ridings;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the office's server the change log knows who made the change an edit meets: the conflict names them, so the
 * merge dialog says « Version de Marc Roy » rather than « d'un collègue ».
 */
class ConflictNamesTest {
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

    private static EditHistory history(ScriptedConflicts conflicts) {
        EditHistory history = new EditHistory();
        history.setConflicts(conflicts);
        return history;
    }

    @Test
    void aFieldBothChangedNamesTheColleagueWhoChangedIt() throws Exception {
        try (ServerStore a = ServerStore.open(db.app()); ServerStore b = ServerStore.open(db.app())) {
            b.signAs("Marc Roy");
            ScriptedConflicts mine = ScriptedConflicts.keepingMine();
            GuestService alice = new GuestService(new CocktailRepository(a), history(mine));
            Guest g = alice.add(Guest.named("Karim Haddad"));
            GuestService marc = new GuestService(new CocktailRepository(b), history(ScriptedConflicts.takingTheirs()));
            marc.update(marc.byId(g.id()).orElseThrow().withOrganisation("Cégep de Rimouski"));

            alice.update(g.withOrganisation("CJE Rimouski-Neigette"));

            assertThat(mine.asked).singleElement().extracting(q -> q.conflict().member()).isEqualTo("Marc Roy");
        }
    }

    @Test
    void aRowDeletedMeanwhileNamesWhoDeletedIt() throws Exception {
        try (ServerStore a = ServerStore.open(db.app()); ServerStore b = ServerStore.open(db.app())) {
            b.signAs("Marc Roy");
            ScriptedConflicts mine = ScriptedConflicts.takingTheirs();
            GuestService alice = new GuestService(new CocktailRepository(a), history(mine));
            Guest g = alice.add(Guest.named("Noémie D’Amours"));
            GuestService marc = new GuestService(new CocktailRepository(b), history(ScriptedConflicts.takingTheirs()));
            marc.delete(g.id());

            alice.update(g.withOrganisation("Cégep de Rimouski"));

            assertThat(mine.deletedAsked).extracting(EditConflict::member).containsExactly("Marc Roy");
        }
    }

    @Test
    void aProfileWhoseTeamOnlyWasChangedNamesWhoChangedTheTeam() throws Exception {
        try (ServerStore a = ServerStore.open(db.app()); ServerStore b = ServerStore.open(db.app())) {
            ScriptedConflicts mine = ScriptedConflicts.keepingMine();
            OfficeService alice = new OfficeService(new ProfileRepository(a), history(mine), Ridings.load());
            alice.update("address", p -> p.withAddress("12, rue Principale"));
            b.signAs("Sophie Gagnon");
            OfficeService sophie = new OfficeService(new ProfileRepository(b), history(mine), Ridings.load());
            sophie.update("staff", p -> p.withStaff(List.of("Sophie Gagnon", "Marc Roy")));

            alice.update("phone", p -> p.withPhone("418 555-0100"));

            // Only the team changed on her side: the profile's own row changed nothing worth a line of its own.
            assertThat(mine.mergedWith).extracting(EditConflict::member).containsExactly("Sophie Gagnon");
            assertThat(new ProfileRepository(a).load()).extracting(p -> p.phone(), p -> p.staff())
                    .containsExactly("418 555-0100", List.of("Sophie Gagnon", "Marc Roy"));
        }
    }

    @Test
    void withoutAChangeLogLineTheConflictNamesNoOne() {
        EditConflict unknown = new EditConflict("cocktail_guest", 1L, null, true, null);
        assertThat(unknown.member()).isEmpty();
    }
}
