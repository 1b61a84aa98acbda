package qc.trousse.session;

import qc.trousse.campaign.Campaign;
import qc.trousse.cocktail.CocktailService;
import qc.trousse.cocktail.DoorCheckIn;
import qc.trousse.cocktail.GuestService;
import qc.trousse.cocktail.TravelTimes;
import qc.trousse.certificates.RecipientService;
import qc.trousse.certificates.render.CertificateDesignService;
import qc.trousse.edit.EditHistory;
import qc.trousse.gestures.CocktailClashes;
import qc.trousse.gestures.GestureService;
import qc.trousse.office.OfficeService;
import qc.trousse.office.Ridings;
import qc.trousse.posts.PostService;
import qc.trousse.posts.TemplateCatalogue;
import qc.trousse.store.ArrivalRepository;
import qc.trousse.store.CocktailRepository;
import qc.trousse.store.CertificateDesignRepository;
import qc.trousse.store.DataFile;
import qc.trousse.store.DraftRepository;
import qc.trousse.store.FileIdentity;
import qc.trousse.store.GestureRepository;
import qc.trousse.store.ProfileRepository;
import qc.trousse.store.RecipientRepository;
import qc.trousse.store.SettingRepository;
import qc.trousse.store.Store;

import java.nio.file.Path;

/**
 * Everything that works on one open store (the data file or the office's database): its services share one
 * undo history. The window and the
 * headless commands build one of these and hand each screen or command only the services it uses.
 */
public final class Session implements AutoCloseable {
    private final Store file;
    private final Campaign campaign;
    private final EditHistory history = new EditHistory();
    private final OfficeService office;
    private final SettingRepository settings;
    private final GestureService gestures;
    private final CocktailService cocktail;
    private final GuestService guests;
    private final DoorCheckIn door;
    private final RecipientService recipients;
    private final PostService posts;
    private final CertificateDesignService certificateDesign;
    private final CocktailClashes cocktailClashes;

    public Session(Store file, Campaign campaign, Ridings ridings) {
        this.file = file;
        this.campaign = campaign;
        this.office = new OfficeService(new ProfileRepository(file), history, ridings);
        this.settings = new SettingRepository(file);
        this.gestures = new GestureService(new GestureRepository(file), history, campaign, settings::get,
                settings::put);
        CocktailRepository cocktailStore = new CocktailRepository(file);
        this.cocktail = new CocktailService(cocktailStore, history, campaign.cocktailDate(), TravelTimes.load(),
                () -> office.profile().region());
        this.guests = new GuestService(cocktailStore, history);
        this.door = new DoorCheckIn(guests, new ArrivalRepository(file), history);
        PlanForCocktail.connect(gestures, cocktail);
        this.recipients = new RecipientService(new RecipientRepository(file), history);
        GuestCertificates.connect(guests, recipients, () -> cocktail.event().date());
        this.posts = new PostService(new DraftRepository(file), history, campaign, office,
                TemplateCatalogue.jps2020());
        this.certificateDesign = new CertificateDesignService(new CertificateDesignRepository(file), history);
        PlanForPosts.connect(gestures, recipients, posts);
        this.cocktailClashes = PlanForCocktail.clashes(gestures, cocktail);
    }

    public Store file() {
        return file;
    }

    /** The data file's path. The window opens files only; a store on the server has none. */
    public Path path() {
        if (file instanceof DataFile data) {
            return data.path();
        }
        throw new IllegalStateException("no file: " + file.where());
    }

    /** The file's path or the database's address (without password), to name it in a message. */
    public String where() {
        return file.where();
    }

    public Campaign campaign() {
        return campaign;
    }

    public EditHistory history() {
        return history;
    }

    public OfficeService office() {
        return office;
    }

    public SettingRepository settings() {
        return settings;
    }

    /** The week plan: gestures, checklists, the dashboard's simulated today. */
    public GestureService gestures() {
        return gestures;
    }

    public CocktailService cocktail() {
        return cocktail;
    }

    /** The cocktail's door: check-ins, walk-ins and the live counts. */
    public DoorCheckIn door() {
        return door;
    }

    public GuestService guests() {
        return guests;
    }

    /** The file's own id, stable across exports and copies (calendar UIDs are made from it). */
    public String fileId() {
        return FileIdentity.of(settings);
    }

    public RecipientService recipients() {
        return recipients;
    }

    public PostService posts() {
        return posts;
    }

    public CertificateDesignService certificateDesign() {
        return certificateDesign;
    }

    /** The week's gestures that collide with the cocktail trip, for the week board. */
    public CocktailClashes cocktailClashes() {
        return cocktailClashes;
    }

    @Override
    public void close() {
        file.close();
    }
}
