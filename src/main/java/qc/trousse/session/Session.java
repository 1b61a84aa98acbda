package qc.trousse.session;

import qc.trousse.campaign.Campaign;
import qc.trousse.cocktail.CocktailCalendar;
import qc.trousse.campaign.Edition;
import qc.trousse.campaign.Editions;
import qc.trousse.cocktail.CocktailEvent;
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
import qc.trousse.office.RidingMaps;
import qc.trousse.office.Ridings;
import qc.trousse.posts.PostService;
import qc.trousse.posts.TemplateCatalogue;
import qc.trousse.store.ArrivalRepository;
import qc.trousse.store.CalendarRevisionRepository;
import qc.trousse.store.CocktailRepository;
import qc.trousse.store.CertificateDesignRepository;
import qc.trousse.store.DataFile;
import qc.trousse.store.DraftRepository;
import qc.trousse.store.EditionRepository;
import qc.trousse.store.FileIdentity;
import qc.trousse.store.GestureRepository;
import qc.trousse.store.ProfileRepository;
import qc.trousse.store.RecipientRepository;
import qc.trousse.store.SettingRepository;
import qc.trousse.store.Store;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Everything that works on one open store (the data file or the office's database): its services share one
 * undo history. The window and the
 * headless commands build one of these and hand each screen or command only the services it uses.
 */
public final class Session implements AutoCloseable {
    private final Store file;
    private final Editions editions;
    private final EditionRepository editionRow;
    private Edition edition;
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

    /**
     * Opens the services over the file, for the edition the file records (2020 for a file made before editions).
     * {@code baseMap} is the 2017 map ({@link Ridings#load()}); the file's riding is read on the map in force on
     * its edition's first day.
     */
    public Session(Store file, Editions editions, Ridings baseMap) {
        this.file = file;
        this.editions = editions;
        this.editionRow = new EditionRepository(file);
        EditionRepository.Stored stored = editionRow.read();
        this.edition = editions.edition(stored.year(), stored.campaign(), file.where());
        this.campaign = edition.campaign();
        this.office = new OfficeService(new ProfileRepository(file), history,
                RidingMaps.over(baseMap).inForceOn(ridingMapDay(campaign)));
        this.settings = new SettingRepository(file);
        this.gestures = new GestureService(new GestureRepository(file), history, campaign, settings::get,
                settings::put);
        CocktailRepository cocktailStore = new CocktailRepository(file);
        this.cocktail = new CocktailService(cocktailStore, history, CocktailEvent.defaults(campaign.cocktailDate(), campaign.facts().assemblyAddress())
                .withTimes(campaign.facts().assemblyStart(), campaign.facts().assemblyEnd()), TravelTimes.load(),
                () -> office.profile().region());
        this.guests = new GuestService(cocktailStore, history);
        this.door = new DoorCheckIn(guests, new ArrivalRepository(file), history);
        PlanForCocktail.connect(gestures, cocktail);
        this.recipients = new RecipientService(new RecipientRepository(file), history);
        GuestCertificates.connect(guests, recipients, () -> cocktail.event().date());
        this.posts = new PostService(new DraftRepository(file), history, campaign, office,
                TemplateCatalogue.of(campaign));
        this.certificateDesign = new CertificateDesignService(new CertificateDesignRepository(file), history);
        PlanForPosts.connect(gestures, recipients, posts);
        this.cocktailClashes = PlanForCocktail.clashes(gestures, cocktail);
    }

    /** The day the file's riding map must be in force: its edition's first day. */
    private static LocalDate ridingMapDay(Campaign campaign) {
        return campaign.start();
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

    /** The file's edition: its year, its campaign, and its own campaign file if it has one. */
    public Edition edition() {
        return edition;
    }

    /**
     * Changes the file's own campaign (the Assembly's day once announced, say): the values are written over the
     * file's campaign text, which is checked whole before anything is saved. Screens opened later read it.
     */
    public void reviseEdition(java.util.Map<String, String> changes) throws qc.trousse.campaign.CampaignFaults {
        String base = edition.ownText().isEmpty() ? editions.text(edition.year()).orElseThrow() : edition.ownText();
        String name = file instanceof DataFile data ? data.path().getFileName().toString() : file.where();
        String text = qc.trousse.campaign.CampaignFile.parse(name, base).with(changes);
        Edition revised = new Edition(qc.trousse.campaign.CampaignLoader.read(name, text), text);
        editionRow.write(new EditionRepository.Stored(revised.year(), text));
        edition = revised;
    }

    public Campaign campaign() {
        return edition.campaign();
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

    /** The calendar file's writer: UIDs from the file's id, each entry's SEQUENCE kept in the file. */
    public CocktailCalendar calendar() {
        return new CocktailCalendar(fileId(), new CalendarRevisionRepository(file));
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
