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
import qc.trousse.store.CalendarRevisionRepository;
import qc.trousse.store.DataFile;
import qc.trousse.store.FileIdentity;
import qc.trousse.store.SettingRepository;
import qc.trousse.store.Store;

import java.nio.file.Path;

/**
 * Everything that works on one open store (the data file or the office's database): its services share one undo
 * history. The window and the headless commands build one and hand each screen or command only what it uses.
 */
public final class Session implements AutoCloseable {
    private final Store file;
    private final Editions editions;
    private final Repositories rows;
    private Edition edition;
    private final EditHistory history;
    private final Ridings baseMap;
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

    /** Opens the services over the file, for its edition (2020 for a file before editions); baseMap: 2017's. */
    public Session(Store file, Editions editions, Ridings baseMap) {
        this(file, editions, baseMap, new EditHistory(), Repositories.over(file));
    }

    private Session(Store file, Editions editions, Ridings baseMap, EditHistory history, Repositories rows) {
        this.file = file;
        this.baseMap = baseMap;
        this.history = history;
        this.editions = editions;
        this.rows = rows;
        var stored = rows.edition().read();
        this.edition = editions.edition(stored.year(), stored.campaign(), file.where());
        Campaign campaign = edition.campaign();
        this.office = new OfficeService(rows.profile(), history,
                RidingMaps.over(baseMap).inForceOn(campaign.start())); // the map in force on the first day
        this.settings = rows.settings();
        this.gestures = new GestureService(rows.gestures(), history, campaign, settings::get,
                settings::put);
        var cocktailStore = rows.cocktail();
        this.cocktail = new CocktailService(cocktailStore, history, CocktailEvent.defaults(campaign.cocktailDate(), campaign.facts().assemblyAddress())
                .withTimes(campaign.facts().assemblyStart(), campaign.facts().assemblyEnd()), TravelTimes.load(),
                () -> office.profile().region());
        this.guests = new GuestService(cocktailStore, history);
        this.door = new DoorCheckIn(guests, rows.arrivals(), history);
        PlanForCocktail.connect(gestures, cocktail);
        this.recipients = new RecipientService(rows.recipients(), history);
        GuestCertificates.connect(guests, recipients, () -> cocktail.event().date());
        this.posts = new PostService(rows.drafts(), history, campaign, office,
                TemplateCatalogue.of(campaign));
        this.certificateDesign = new CertificateDesignService(rows.design(), history);
        PlanForPosts.connect(gestures, recipients, posts);
        this.cocktailClashes = PlanForCocktail.clashes(gestures, cocktail);
    }

    public Store file() {
        return file;
    }

    public Path path() { // a store on the server has none
        if (file instanceof DataFile data) {
            return data.path();
        }
        throw new IllegalStateException("no file: " + file.where());
    }

    /** The file's path or the database's address (without password), to name it in a message. */
    public String where() {
        return file.where();
    }

    public Edition edition() { // its year, its campaign, its own campaign file if it has one
        return edition;
    }

    /** Writes the values over the file's own campaign (the Assembly's day once announced), checked whole first. */
    public void reviseEdition(java.util.Map<String, String> changes) {
        writeOwnCampaign(EditionTexts.revised(editions, edition, file, changes).ownText());
    }

    /** Writes the file's own campaign text ("" for the shipped one), checked whole first. */
    public void writeOwnCampaign(String text) {
        Edition revised = EditionTexts.of(editions, edition.year(), text, file);
        rows.edition().write(new qc.trousse.store.EditionRepository.Stored(revised.year(), text));
        edition = revised;
    }

    /**
     * The same store, repositories and undo history, every service reading the edition now written; drop this one
     * unclosed. The steps made before still write through this one's services ({@link EditHistory#renewed}).
     */
    public Session reopened() {
        history.renewed();
        return new Session(file, editions, baseMap, history, rows);
    }

    public Editions editions() {
        return editions;
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
