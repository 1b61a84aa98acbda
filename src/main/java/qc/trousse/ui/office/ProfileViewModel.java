package qc.trousse.ui.office;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import qc.trousse.i18n.I18n;
import qc.trousse.office.ImageCheck;
import qc.trousse.office.MnaTitle;
import qc.trousse.office.OfficeImage;
import qc.trousse.office.OfficeProfile;
import qc.trousse.office.OfficeService;
import qc.trousse.office.ProfileRules;
import qc.trousse.office.Riding;
import qc.trousse.office.RidingSearch;
import qc.trousse.office.RidingTexts;
import qc.trousse.store.StoreException;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.Failures;
import qc.trousse.ui.FileType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Consumer;

/**
 * The office profile form. Every field change is saved at once as an undoable edit; undo and redo flow back
 * into the fields through the service's listener.
 */
public final class ProfileViewModel {
    private final OfficeService office;
    private final DialogService dialogs;
    private final Map<String, ProfileField> fields = new LinkedHashMap<>();
    private final ObjectProperty<MnaTitle> title = new SimpleObjectProperty<>();
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty ridingQuery = new SimpleStringProperty("");
    private final ObjectProperty<Riding> riding = new SimpleObjectProperty<>();
    private final ObservableList<Riding> ridingMatches = FXCollections.observableArrayList();
    private final StringProperty ridingNote = new SimpleStringProperty("");
    private final ObservableList<String> staff = FXCollections.observableArrayList();
    private final StringProperty newStaff = new SimpleStringProperty("");
    private final ObjectProperty<OfficeImage> signature = new SimpleObjectProperty<>();
    private final ObjectProperty<OfficeImage> logo = new SimpleObjectProperty<>();
    private final Consumer<OfficeProfile> serviceListener = this::show;
    private boolean showing;

    public ProfileViewModel(OfficeService office, DialogService dialogs) {
        this.office = office;
        this.dialogs = dialogs;
        field("mnaName", OfficeProfile::mnaName, OfficeProfile::withMnaName, ProfileRules::mnaName);
        field("address", OfficeProfile::address, OfficeProfile::withAddress, v -> Optional.empty());
        field("phone", OfficeProfile::phone, OfficeProfile::withPhone, ProfileRules::phone);
        field("email", OfficeProfile::email, OfficeProfile::withEmail, ProfileRules::email);
        field("x", p -> p.handles().x(), (p, v) -> p.withHandles(p.handles().withX(v)), ProfileRules::x);
        field("facebook", p -> p.handles().facebook(), (p, v) -> p.withHandles(p.handles().withFacebook(v)),
                ProfileRules::facebook);
        field("instagram", p -> p.handles().instagram(), (p, v) -> p.withHandles(p.handles().withInstagram(v)),
                ProfileRules::instagram);
        field("linkedin", p -> p.handles().linkedin(), (p, v) -> p.withHandles(p.handles().withLinkedin(v)),
                ProfileRules::linkedin);
        field("bluesky", p -> p.handles().bluesky(), (p, v) -> p.withHandles(p.handles().withBluesky(v)),
                ProfileRules::bluesky);
        field("threads", p -> p.handles().threads(), (p, v) -> p.withHandles(p.handles().withThreads(v)),
                ProfileRules::threads);
        field("mastodon", p -> p.handles().mastodon(), (p, v) -> p.withHandles(p.handles().withMastodon(v)),
                ProfileRules::mastodon);
        show(office.profile());
        title.addListener((o, a, b) -> edit("title", p -> p.withTitle(b)));
        region.addListener((o, a, b) -> edit("region", p -> p.withRegion(b == null ? "" : b)));
        ridingQuery.addListener((o, a, b) -> searchRidings(b));
        searchRidings("");
        office.addListener(serviceListener);
    }

    /** Text field by name: mnaName, address, phone, email, x, facebook, instagram, linkedin. */
    public StringProperty text(String name) {
        return fields.get(name).value;
    }

    /** The problem with a field in words, or empty text when it is fine. */
    public StringBinding problem(String name) {
        return fields.get(name).problem;
    }

    public List<String> fieldNames() {
        return List.copyOf(fields.keySet());
    }

    public ObjectProperty<MnaTitle> title() {
        return title;
    }

    public StringProperty region() {
        return region;
    }

    public List<String> regions() {
        return office.ridings().regions();
    }

    public StringProperty ridingQuery() {
        return ridingQuery;
    }

    public ObservableList<Riding> ridingMatches() {
        return ridingMatches;
    }

    /** "Aucun résultat…", or why a name of another map is not this file's riding; empty otherwise. */
    public StringProperty ridingNote() {
        return ridingNote;
    }

    /** The electoral map the search uses: the one in force on the file's week. */
    public String ridingMap() {
        return RidingTexts.map(office.ridings());
    }

    private void searchRidings(String query) {
        RidingSearch search = RidingSearch.of(office.ridings(), query);
        ridingMatches.setAll(search.matches());
        ridingNote.set(search.note());
    }

    public ObjectProperty<Riding> riding() {
        return riding;
    }

    public void chooseRiding(Riding chosen) {
        if (chosen != null) {
            guarded(() -> office.chooseRiding(chosen));
        }
    }

    public ObservableList<String> staff() {
        return staff;
    }

    public StringProperty newStaff() {
        return newStaff;
    }

    public void addStaff() {
        String name = newStaff.get() == null ? "" : newStaff.get().trim();
        if (name.isEmpty() || staff.contains(name)) {
            return;
        }
        List<String> next = new ArrayList<>(office.profile().staff());
        next.add(name);
        edit("staff", p -> p.withStaff(next));
        newStaff.set("");
    }

    public void removeStaff(String name) {
        List<String> next = new ArrayList<>(office.profile().staff());
        next.remove(name);
        edit("staff", p -> p.withStaff(next));
    }

    public ObjectProperty<OfficeImage> signature() {
        return signature;
    }

    public ObjectProperty<OfficeImage> logo() {
        return logo;
    }

    public void chooseSignature() {
        dialogs.openFile(I18n.tr("profile.signature.choose"), List.of(FileType.IMAGE)).ifPresent(this::setSignature);
    }

    public void chooseLogo() {
        dialogs.openFile(I18n.tr("profile.logo.choose"), List.of(FileType.IMAGE)).ifPresent(this::setLogo);
    }

    public void setSignature(Path file) {
        readImage(file).ifPresent(img -> edit("signature", p -> p.withSignature(img)));
    }

    public void setLogo(Path file) {
        readImage(file).ifPresent(img -> edit("logo", p -> p.withLogo(img)));
    }

    public void removeSignature() {
        edit("signature", p -> p.withSignature(null));
    }

    public void removeLogo() {
        edit("logo", p -> p.withLogo(null));
    }

    /** Stops following the service; the view calls this when it is replaced. */
    public void dispose() {
        office.removeListener(serviceListener);
    }

    private Optional<OfficeImage> readImage(Path file) {
        try {
            return Optional.of(ImageCheck.read(file));
        } catch (ImageCheck.ImageRejected e) {
            Failures.refuse(dialogs, I18n.tr("profile.image.title"), I18n.tr(e.key(), e.file().getFileName(),
                    ImageCheck.MAX_SIDE));
            return Optional.empty();
        }
    }

    private void field(String name, Function<OfficeProfile, String> getter,
                       BiFunction<OfficeProfile, String, OfficeProfile> setter,
                       Function<String, Optional<String>> rule) {
        StringProperty value = new SimpleStringProperty("");
        StringBinding problem = Bindings.createStringBinding(
                () -> rule.apply(value.get()).map(I18n::tr).orElse(""), value);
        fields.put(name, new ProfileField(value, problem, getter));
        value.addListener((o, a, b) -> {
            if (!showing) {
                guarded(() -> office.type(name, p -> setter.apply(p, b == null ? "" : b)));
            }
        });
    }

    private void edit(String field, java.util.function.UnaryOperator<OfficeProfile> change) {
        if (!showing) {
            guarded(() -> office.update(field, change));
        }
    }

    private void guarded(Runnable edit) {
        try {
            edit.run();
        } catch (StoreException e) {
            Failures.report(dialogs, I18n.tr("store.writeFailedTitle"),
                    I18n.tr("store.writeFailed", "", e.getMessage()), e);
            show(office.profile());
        }
    }

    private void show(OfficeProfile p) {
        showing = true;
        try {
            fields.values().forEach(f -> f.value.set(f.getter.apply(p)));
            title.set(p.title());
            region.set(p.region());
            riding.set(office.riding().orElse(null));
            staff.setAll(p.staff());
            signature.set(p.signature());
            logo.set(p.logo());
        } finally {
            showing = false;
        }
    }

    private record ProfileField(StringProperty value, StringBinding problem,
                                Function<OfficeProfile, String> getter) {
    }
}
