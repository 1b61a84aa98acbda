package qc.trousse.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import qc.trousse.certificates.render.CertificateDesign;
import qc.trousse.certificates.render.FieldId;
import qc.trousse.cocktail.Arrival;
import qc.trousse.cocktail.CocktailEvent;
import qc.trousse.cocktail.RsvpState;
import qc.trousse.cocktail.Vehicle;
import qc.trousse.cocktail.VehicleKind;
import qc.trousse.edit.EditConflict;
import qc.trousse.gestures.CustomGesture;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.Localized;
import qc.trousse.office.OfficeProfile;
import qc.trousse.posts.PostTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every table a user edits, on two stores of one office database: a write based on a row the other store changed
 * meanwhile is refused with the colleague's row in hand, and the other change stays.
 */
class VersionedTablesTest {
    private static final Object DELETED = new Object();
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

    /** What one staff member does with the repository, given what they read. */
    private interface Act<R, T> {
        void on(R repository, T read) throws Exception;
    }

    /** Both read; Bob writes; Alice's write on what she read is refused and carries Bob's row. */
    private <R, T> void refusedOverAColleaguesChange(java.util.function.Function<Store, R> repository,
                                                     java.util.function.Function<R, T> read, Act<R, T> bobWrites,
                                                     Act<R, T> aliceWrites, Object bobsRow) throws Throwable {
        try (ServerStore a = ServerStore.open(db.app()); ServerStore b = ServerStore.open(db.app())) {
            R alice = repository.apply(a);
            R bob = repository.apply(b);
            T aliceRead = read.apply(alice);
            bobWrites.on(bob, read.apply(bob));
            assertThatThrownBy(() -> aliceWrites.on(alice, aliceRead)).isInstanceOfSatisfying(EditConflict.class, e -> {
                assertThat(e.deleted()).isEqualTo(bobsRow == DELETED);
                if (bobsRow != null && bobsRow != DELETED) {
                    assertThat(e.theirs()).isEqualTo(bobsRow);
                }
            });
        }
    }

    @Test
    void theOfficeProfile() throws Throwable {
        try (ServerStore s = ServerStore.open(db.app())) {
            new ProfileRepository(s).save(OfficeProfile.EMPTY, OfficeProfile.EMPTY.withMnaName("Marie-Ève Tremblay"));
        }
        OfficeProfile bobs = OfficeProfile.EMPTY.withMnaName("Marie-Ève Tremblay").withPhone("418 555-0100");
        refusedOverAColleaguesChange(ProfileRepository::new, ProfileRepository::load,
                (r, p) -> r.save(p, bobs), (r, p) -> r.save(p, p.withAddress("1, rue Principale")), bobs);
    }

    @Test
    void theCocktailEventAndItsVehicles() throws Throwable {
        LocalDate day = LocalDate.of(2020, 2, 18);
        CocktailEvent event = CocktailEvent.defaults(day, "");
        try (ServerStore s = ServerStore.open(db.app())) {
            CocktailRepository r = new CocktailRepository(s);
            r.saveEvent(event);
            r.writeVehicles(List.of(new Vehicle(r.nextVehicleId(), "Fourgonnette", VehicleKind.CAR, 7, List.of())),
                    List.of());
        }
        refusedOverAColleaguesChange(CocktailRepository::new, r -> r.loadEvent(day),
                (r, e) -> r.saveEvent(event.withBring("Certificats")),
                (r, e) -> r.saveEvent(event.withDeparturePlace("Rimouski")), event.withBring("Certificats"));
        refusedOverAColleaguesChange(CocktailRepository::new, CocktailRepository::vehicles,
                (r, v) -> r.writeVehicles(List.of(v.get(0).withStaff(List.of("Rosalie"))), List.of()),
                (r, v) -> r.writeVehicles(List.of(), List.of(v.get(0).id())), null);
    }

    @Test
    void theWeekPlanAndTheOfficesOwnGestures() throws Throwable {
        try (ServerStore s = ServerStore.open(db.app())) {
            GestureRepository r = new GestureRepository(s);
            r.save(new PlannedGesture(r.nextId(), "ruban", LocalDate.of(2020, 2, 17), LocalTime.of(9, 0),
                    LocalTime.of(10, 0), "École", "Rosalie", GestureState.PLANNED, List.of()));
            r.saveCustom(new CustomGesture(r.nextId(), "Visite", "famille", "Maison des jeunes"));
        }
        refusedOverAColleaguesChange(GestureRepository::new, GestureRepository::loadPlan,
                (r, p) -> r.save(p.get(0).withPlace("Gymnase")), (r, p) -> r.save(p.get(0).withOwner("Karim")),
                null);
        refusedOverAColleaguesChange(GestureRepository::new, GestureRepository::loadCustom,
                (r, c) -> r.saveCustom(new CustomGesture(2, "Visite", "famille", "Maison des jeunes de Rimouski")),
                (r, c) -> r.deleteCustom(2), new CustomGesture(2, "Visite", "famille", "Maison des jeunes de Rimouski"));
    }

    @Test
    void settingsTemplatesArrivalsAndTheCertificateDesign() throws Throwable {
        try (ServerStore s = ServerStore.open(db.app())) {
            new SettingRepository(s).put("gestures.today", "2020-02-17");
            new DraftRepository(s).saveTemplate(new PostTemplate("custom-1", PostTemplate.Kind.CUSTOM, "",
                    new Localized("Merci", "Merci"), new Localized("Merci !", "Thanks!")));
            new ArrivalRepository(s).writeArrivals(List.of(new Arrival(7, Instant.parse("2020-02-18T22:05:00Z"),
                    false, RsvpState.CONFIRMED)), List.of());
            new CertificateDesignRepository(s).save(CertificateDesign.builtIn(), CertificateDesign.builtIn());
        }
        refusedOverAColleaguesChange(SettingRepository::new, r -> r.get("gestures.today"),
                (r, v) -> r.put("gestures.today", "2020-02-18"), (r, v) -> r.put("gestures.today", "2020-02-19"),
                "2020-02-18");
        refusedOverAColleaguesChange(DraftRepository::new, DraftRepository::customTemplates,
                (r, t) -> r.saveTemplate(t.get(0)), (r, t) -> r.deleteTemplate("custom-1"), null);
        refusedOverAColleaguesChange(ArrivalRepository::new, ArrivalRepository::arrivals,
                (r, a) -> r.writeArrivals(List.of(), List.of(7L)), (r, a) -> r.writeArrivals(List.of(new Arrival(7,
                        Instant.parse("2020-02-18T22:09:00Z"), false, RsvpState.CONFIRMED)), List.of()), DELETED);
        CertificateDesign built = CertificateDesign.builtIn();
        CertificateDesign moved = built.with(FieldId.NAME, built.style(FieldId.NAME).withSize(40));
        refusedOverAColleaguesChange(CertificateDesignRepository::new, CertificateDesignRepository::load,
                (r, d) -> r.save(d, moved), (r, d) -> r.save(d, d.with(FieldId.NAME,
                        built.style(FieldId.NAME).withSize(60))), moved);
    }
}
