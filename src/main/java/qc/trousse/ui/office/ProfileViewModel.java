package qc.trousse.ui.office;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import qc.trousse.i18n.I18n;
import qc.trousse.office.MnaTitle;
import qc.trousse.office.OfficeProfile;
import qc.trousse.office.OfficeService;
import qc.trousse.office.ProfileRules;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.WriteBack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The office profile form: who the MNA is and how to reach the office, with its riding, team and images as parts.
 * Every change is saved at once as an undoable edit; undo and redo flow back into the controls through the
 * service's listener, and a control writes back only a value the file does not hold (ui/WriteBack, ADR 0008).
 */
public final class ProfileViewModel {
    private final OfficeService office;
    private final ProfileEdits edits;
    private final Map<String, ProfileField> fields = new LinkedHashMap<>();
    private final ObjectProperty<MnaTitle> title = new SimpleObjectProperty<>();
    private final RidingChoice riding;
    private final TeamModel team;
    private final ImagesModel images;
    private final Consumer<OfficeProfile> serviceListener = this::show;

    public ProfileViewModel(OfficeService office, DialogService dialogs) {
        this.office = office;
        this.edits = new ProfileEdits(office, dialogs);
        this.riding = new RidingChoice(edits);
        this.team = new TeamModel(edits);
        this.images = new ImagesModel(edits);
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
        WriteBack.of(title, () -> office.profile().title(), v -> edits.update("title", p -> p.withTitle(v)));
        edits.afterRefusal(() -> show(office.profile()));
        show(office.profile());
        office.addListener(serviceListener);
    }

    /** Text field by name: mnaName, address, phone, email and the network handles (x, facebook, …). */
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

    public RidingChoice riding() {
        return riding;
    }

    public TeamModel team() {
        return team;
    }

    public ImagesModel images() {
        return images;
    }

    /** Stops following the service; the view calls this when it is replaced. */
    public void dispose() {
        office.removeListener(serviceListener);
    }

    private void field(String name, Function<OfficeProfile, String> getter,
                       BiFunction<OfficeProfile, String, OfficeProfile> setter,
                       Function<String, Optional<String>> rule) {
        StringProperty value = new SimpleStringProperty("");
        StringBinding problem = Bindings.createStringBinding(
                () -> rule.apply(value.get()).map(I18n::tr).orElse(""), value);
        fields.put(name, new ProfileField(value, problem, getter));
        WriteBack.of(value, () -> getter.apply(office.profile()), v -> edits.type(name, p -> setter.apply(p, v)));
    }

    private void show(OfficeProfile p) {
        fields.values().forEach(f -> f.value.set(f.getter.apply(p)));
        title.set(p.title());
        riding.show(p);
        team.show(p);
        images.show(p);
    }

    private record ProfileField(StringProperty value, StringBinding problem,
                                Function<OfficeProfile, String> getter) {
    }
}
