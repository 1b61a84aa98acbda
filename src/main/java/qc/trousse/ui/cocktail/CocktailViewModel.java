package qc.trousse.ui.cocktail;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import qc.trousse.cocktail.CocktailCalendar;
import qc.trousse.cocktail.CocktailDocuments;
import qc.trousse.cocktail.CocktailService;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestService;
import qc.trousse.cocktail.print.CocktailPrints;
import qc.trousse.cocktail.print.GuestSelection;
import qc.trousse.cocktail.print.PrintData;
import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;
import qc.trousse.store.StoreException;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.Failures;
import qc.trousse.ui.FileType;
import qc.trousse.ui.importing.ImportViewModel;
import qc.trousse.ui.task.BackgroundExecutor;

import java.nio.file.Path;
import java.util.List;

/**
 * The cocktail screen: the event and trip, the vehicles, the guests, and the files made from them. The
 * services' listeners keep every part in step with undo and redo.
 */
public final class CocktailViewModel {
    static final FileType ICS = new FileType("cocktail.file.ics", List.of("*.ics"));
    static final FileType PDF = new FileType("cocktail.file.pdf", List.of("*.pdf"));
    private final Session session;
    private final DialogService dialogs;
    private final BackgroundExecutor executor;
    private final EventModel event;
    private final VehiclesModel vehicles;
    private final GuestsModel guests;
    private final BooleanProperty week = new SimpleBooleanProperty();
    private final BooleanProperty confirmedOnly = new SimpleBooleanProperty();
    private final StringProperty documentStatus = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final StringProperty importMessage = new SimpleStringProperty("");
    private final ImportViewModel<Guest> importer;
    private final Runnable cocktailListener;
    private final Runnable guestListener;

    public CocktailViewModel(Session session, DialogService dialogs, BackgroundExecutor executor) {
        this.session = session;
        this.dialogs = dialogs;
        this.executor = executor;
        CocktailService cocktail = session.cocktail();
        GuestService guestService = session.guests();
        this.event = new EventModel(cocktail, session.office(), this::guarded);
        this.vehicles = new VehiclesModel(cocktail, guestService, this::guarded);
        this.guests = new GuestsModel(guestService, session.door()::counts, this::guarded);
        cocktailListener = () -> {
            event.show();
            vehicles.refresh();
        };
        guestListener = () -> {
            guests.refresh();
            vehicles.refresh();
        };
        this.importer = new ImportViewModel<>(new GuestImportTarget(guestService), dialogs, executor,
                importMessage::set);
        cocktail.addListener(cocktailListener);
        guestService.addListener(guestListener);
    }

    public void dispose() {
        session.cocktail().removeListener(cocktailListener);
        session.guests().removeListener(guestListener);
    }

    /** The Assembly's address as the edition gives it, or "à confirmer": never one it does not give. */
    public String address() {
        return session.cocktail().event().shownAddress();
    }

    /** "Assemblée nationale", and whether the campaign announced the day (else it is only proposed). */
    public String place() {
        return session.campaign().cocktailPlace().current();
    }

    public boolean dateConfirmed() {
        return session.campaign().facts().assemblyConfirmed();
    }

    public String title() {
        return CocktailDocuments.title(session.campaign().cocktailName().current());
    }

    public void exportIcs() {
        dialogs.saveFile(I18n.tr("cocktail.ics.export"), "cocktail-jps-" + session.campaign().yearText() + ".ics", List.of(ICS))
                .ifPresent(this::exportIcsTo);
    }

    /** Writes the calendar file in the background; the status line tells where it went. */
    public void exportIcsTo(Path target) {
        CocktailCalendar[] calendar = new CocktailCalendar[1];
        guarded(() -> calendar[0] = session.calendar());
        if (calendar[0] == null) {
            return;
        }
        boolean withWeek = week.get();
        String title = title();
        run(() -> CocktailDocuments.writeIcs(session.cocktail(), calendar[0], title, withWeek, target),
                I18n.tr("cocktail.ics.done", target), I18n.tr("cocktail.ics.export"), target);
    }

    public void print(CocktailPrints.What what) {
        String suggested = switch (what) {
            case GUESTS -> "cocktail-liste-porte.pdf";
            case RUNSHEET -> "cocktail-deroulement.pdf";
            case BADGES -> "cocktail-porte-noms.pdf";
        };
        dialogs.saveFile(I18n.tr(what.key()), suggested, List.of(PDF)).ifPresent(p -> printTo(what, p));
    }

    public void printTo(CocktailPrints.What what, Path target) {
        GuestSelection selection = confirmedOnly.get() ? GuestSelection.CONFIRMED : GuestSelection.ALL;
        PrintData data = CocktailDocuments.printData(session.cocktail(), session.door(), title(),
                session.office().profile().mnaName());
        run(() -> CocktailDocuments.writePdf(what, selection, data, target), I18n.tr("cocktail.print.done", target),
                I18n.tr(what.key()), target);
    }

    private interface Writing {
        void run() throws Exception;
    }

    private void run(Writing writing, String done, String title, Path target) {
        working.set(true);
        executor.submit(progress -> {
            writing.run();
            return target;
        }, p -> {
            working.set(false);
            documentStatus.set(done);
        }, e -> {
            working.set(false);
            String why = e instanceof IllegalArgumentException ? e.getMessage()
                    : qc.trousse.ui.OutputFailures.sentence(e,
                    () -> I18n.tr("cocktail.writeFailed", target, e.getMessage()));
            documentStatus.set(why);
            Failures.report(dialogs, title, why, e);
        });
    }

    /** A save that fails is told plainly, naming the file; the edit did not happen. */
    void guarded(Runnable edit) {
        try {
            edit.run();
        } catch (StoreException e) {
            Failures.report(dialogs, I18n.tr("store.writeFailedTitle"),
                    I18n.tr("store.writeFailed", session.where(), e.getMessage()), e);
        }
    }

    public EventModel event() {
        return event;
    }

    public VehiclesModel vehicles() {
        return vehicles;
    }

    public GuestsModel guests() {
        return guests;
    }

    public BooleanProperty week() {
        return week;
    }

    public BooleanProperty confirmedOnly() {
        return confirmedOnly;
    }

    public StringProperty documentStatus() {
        return documentStatus;
    }

    /** The import of a guest list: file, preview, mapping, bad rows, then one undoable step. */
    public ImportViewModel<Guest> importer() {
        return importer;
    }

    /** The outcome of the last import, in words; empty until there is one. */
    public StringProperty importMessage() {
        return importMessage;
    }

    public BooleanProperty working() {
        return working;
    }
}
