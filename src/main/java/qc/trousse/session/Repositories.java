package qc.trousse.session;

import qc.trousse.store.ArrivalRepository;
import qc.trousse.store.CertificateDesignRepository;
import qc.trousse.store.CocktailRepository;
import qc.trousse.store.DraftRepository;
import qc.trousse.store.EditionRepository;
import qc.trousse.store.GestureRepository;
import qc.trousse.store.ProfileRepository;
import qc.trousse.store.RecipientRepository;
import qc.trousse.store.SettingRepository;
import qc.trousse.store.Store;

/**
 * The open store's repositories, made once per store. A session built anew over it (a changed edition week, a
 * received campaign) keeps them: each knows the version of every row it read or wrote, so an undo step made with
 * the services before writes on the versions today's services wrote, not on ones it remembers from before.
 */
record Repositories(EditionRepository edition, ProfileRepository profile, SettingRepository settings,
                    GestureRepository gestures, CocktailRepository cocktail, ArrivalRepository arrivals,
                    RecipientRepository recipients, DraftRepository drafts, CertificateDesignRepository design) {
    static Repositories over(Store file) {
        return new Repositories(new EditionRepository(file), new ProfileRepository(file), new SettingRepository(file),
                new GestureRepository(file), new CocktailRepository(file), new ArrivalRepository(file),
                new RecipientRepository(file), new DraftRepository(file), new CertificateDesignRepository(file));
    }
}
