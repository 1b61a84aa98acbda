package qc.trousse.ui.certificates;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import qc.trousse.campaign.Campaign;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientService;
import qc.trousse.i18n.I18n;
import qc.trousse.store.StoreException;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.Failures;
import qc.trousse.ui.importing.ImportViewModel;
import qc.trousse.ui.task.BackgroundExecutor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Récipiendaires: the list with its search, the form (a new recipient added by "Ajouter", the one selected
 * saved field by field as it changes), delete, and the way into an import. The list follows the service, so undo
 * and redo show at once.
 */
public final class RecipientsViewModel {
    private final RecipientService service;
    private final DialogService dialogs;
    private final Campaign campaign;
    private final Clock clock;
    private final ObservableList<Recipient> all = FXCollections.observableArrayList();
    // Sorted under the filter: a key typed filters rows already in order, it does not sort them again.
    private final SortedList<Recipient> sorted = new SortedList<>(all);
    private final FilteredList<Recipient> shown = new FilteredList<>(sorted);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Recipient> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final RecipientFormModel form = new RecipientFormModel();
    private final ImportViewModel<Recipient> importer;
    private final StringBinding count;
    private final Runnable serviceListener = this::refresh;
    private final RecipientSearch matching = new RecipientSearch();

    public RecipientsViewModel(RecipientService service, Campaign campaign, DialogService dialogs,
                               BackgroundExecutor executor, Clock clock) {
        this.service = service;
        this.dialogs = dialogs;
        this.campaign = campaign;
        this.clock = clock;
        this.importer = new ImportViewModel<>(new RecipientImportTarget(service, this::defaultDate), dialogs, executor,
                message::set);
        search.addListener((o, a, b) -> shown.setPredicate(matching.matcher(b)));
        selected.addListener((o, a, b) -> {
            if (b != null) {
                form.show(b);
            }
        });
        count = Bindings.createStringBinding(() -> I18n.count("recipients.count", shown.size(), all.size()), shown, all);
        form.clear(defaultDate());
        form.onChange(this::write);
        refresh();
        service.addListener(serviceListener);
    }

    public ObservableList<Recipient> shown() {
        return shown;
    }

    /** The order of the list under the filter; the view binds it to its table's sort. */
    public ObjectProperty<java.util.Comparator<? super Recipient>> order() {
        return sorted.comparatorProperty();
    }

    public StringProperty search() {
        return search;
    }

    public ObjectProperty<Recipient> selected() {
        return selected;
    }

    public RecipientFormModel form() {
        return form;
    }

    public ImportViewModel<Recipient> importer() {
        return importer;
    }

    public StringBinding count() {
        return count;
    }

    /** The outcome of the last action (an import), shown above the list. */
    public StringProperty message() {
        return message;
    }

    public Campaign campaign() {
        return campaign;
    }

    /** Empties the form for a new recipient. */
    public void newRecipient() {
        selected.set(null);
        form.clear(defaultDate());
    }

    /** Adds the form's recipient; false when the form has a problem, or edits one already (each change is saved). */
    public boolean save() {
        if (form.problem().isPresent() || form.id().get() != 0) {
            return false;
        }
        try {
            Recipient added = service.add(form.recipient());
            selected.set(find(added.id()));
            return true;
        } catch (StoreException e) {
            Failures.report(dialogs, I18n.tr("store.writeFailedTitle"), e.getMessage(), e);
            return false;
        }
    }

    /**
     * One field of the recipient being edited changed: saved at once, one undo step per field, while the form as
     * typed is valid (its problem line says why not); on a refused write the file's recipient is shown again.
     */
    private void write(String field, boolean typing, java.util.function.UnaryOperator<Recipient> change) {
        long id = form.id().get();
        if (id == 0 || form.problem().isPresent()) {
            return;
        }
        try {
            service.edit(id, field, typing, change);
        } catch (StoreException e) {
            Failures.report(dialogs, I18n.tr("store.writeFailedTitle"), e.getMessage(), e);
            service.find(id).ifPresent(form::show);
        }
    }

    /** Deletes after asking; Ctrl+Z brings them back. */
    public void delete(List<Recipient> chosen) {
        if (chosen.isEmpty() || !dialogs.confirm(I18n.tr("recipients.delete.title"),
                I18n.count("recipients.delete.confirm", chosen.size()))) {
            return;
        }
        try {
            service.delete(chosen.stream().map(Recipient::id).toList());
            newRecipient();
        } catch (StoreException e) {
            Failures.report(dialogs, I18n.tr("store.writeFailedTitle"), e.getMessage(), e);
        }
    }

    /** Stops following the service; the view calls this when it is replaced. */
    public void dispose() {
        service.removeListener(serviceListener);
    }

    LocalDate defaultDate() {
        return RecipientService.defaultDate(campaign, LocalDate.now(clock));
    }

    private void refresh() {
        matching.forget();
        long keep = selected.get() == null ? 0 : selected.get().id();
        qc.trousse.ui.FreshList.update(all, service.all(), Recipient::id);
        Recipient again = find(keep);
        selected.set(again);
        if (again == null && form.id().get() == keep && keep != 0) {
            form.clear(defaultDate());
        }
    }

    private Recipient find(long id) {
        return all.stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }
}
