package qc.trousse.ui.posts;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import qc.trousse.edit.EditHistory;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.Failures;
import qc.trousse.posts.Draft;
import qc.trousse.posts.DraftRequest;
import qc.trousse.posts.Network;
import qc.trousse.posts.PostRuleException;
import qc.trousse.posts.PostService;
import qc.trousse.posts.PostTemplate;
import qc.trousse.posts.TemplateCatalogue;
import qc.trousse.store.StoreException;
import qc.trousse.ui.DialogService;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The posts screen: the week's drafts, making a new one from a template, the calendar and the exports.
 * Editing the selected draft is the {@link DraftEditorModel}'s job.
 */
public final class PostsViewModel {
    private final PostService posts;
    private final DialogService dialogs;
    private final ObservableList<Draft> drafts = FXCollections.observableArrayList();
    private final ObjectProperty<PostTemplate> template = new SimpleObjectProperty<>();
    private final ObjectProperty<Network> network = new SimpleObjectProperty<>(Network.X);
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("09:00");
    private final StringProperty person = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final BooleanProperty bilingual = new SimpleBooleanProperty(false);
    private final DraftEditorModel editor;
    private final PlanChoices plan;
    private final NetworksModel networks;
    private final PostsExporter exporter;
    private final OwnTemplates own;
    private final Runnable listener = this::reload;

    public PostsViewModel(PostService posts, EditHistory history, DialogService dialogs, Clock clock) {
        this.posts = posts;
        this.dialogs = dialogs;
        this.editor = new DraftEditorModel(posts, history, dialogs, clock);
        LocalDate today = LocalDate.now(clock);
        day.set(posts.campaign().contains(today) ? today : posts.campaign().start());
        template.set(posts.templates().get(0));
        plan = new PlanChoices(posts.links(), template, day);
        networks = new NetworksModel(posts);
        exporter = new PostsExporter(posts, dialogs);
        own = new OwnTemplates(posts, template, editor::current, editor::fail);
        posts.addListener(listener);
        reload();
    }

    public DraftEditorModel editor() {
        return editor;
    }

    public ObservableList<Draft> drafts() {
        return drafts;
    }

    /** The names and days the plan and the recipients offer; the calendar's gestures. */
    public PlanChoices plan() {
        return plan;
    }

    public List<PostTemplate> templates() {
        return posts.templates();
    }

    /** « Réseaux du bureau »: the networks the office uses this edition and its Mastodon server's limit. */
    public NetworksModel networks() {
        return networks;
    }

    public List<LocalDate> days() {
        return posts.campaign().days();
    }

    public List<Draft> draftsOn(LocalDate d) {
        return drafts.stream().filter(x -> x.day().equals(d)).toList();
    }

    public ObjectProperty<PostTemplate> template() {
        return template;
    }

    public ObjectProperty<Network> network() {
        return network;
    }

    public ObjectProperty<LocalDate> day() {
        return day;
    }

    public StringProperty time() {
        return time;
    }

    public StringProperty person() {
        return person;
    }

    public StringProperty organisation() {
        return organisation;
    }

    public BooleanProperty bilingual() {
        return bilingual;
    }

    /** Makes the draft and selects it; a bad time is said in words, nothing is created. */
    public Optional<Draft> create() {
        Optional<java.time.LocalTime> at = PostTimes.parse(time.get());
        if (at.isEmpty()) {
            Failures.refuse(dialogs, I18n.tr("posts.title"), I18n.tr("posts.error.time", time.get()));
            return Optional.empty();
        }
        try {
            Draft d = posts.create(new DraftRequest(template.get().id(), network.get(), day.get(), at.get(),
                    bilingual.get(), PostService.typed(person.get(), organisation.get())));
            editor.select(d.id());
            return Optional.of(d);
        } catch (PostRuleException | StoreException e) {
            editor.fail(e);
            return Optional.empty();
        }
    }

    /** Makes the suggested week of drafts from the templates, in one undoable step, and selects the first. */
    public void prepareWeek() {
        try {
            List<Draft> made = posts.prepareWeek(TemplateCatalogue.week(posts.campaign()),
                    PostService.typed(person.get(), organisation.get()));
            if (!made.isEmpty()) {
                editor.select(made.get(0).id());
            }
        } catch (PostRuleException | StoreException e) {
            editor.fail(e);
        }
    }

    /** The template a draft was made from, by its title in the current language ("Geste — …"). */
    public String templateTitle(Draft d) {
        return posts.template(d.templateId()).map(t -> t.title().current()).orElse("");
    }

    /** Asks where, then writes all posts (or the chosen day's) as CSV or PDF, and says how it went. */
    public void export(boolean pdf, boolean dayOnly) {
        exporter.export(pdf, dayOnly ? day.get() : null);
    }

    /** Writes the file (its extension says CSV or PDF) and returns the sentence that says so. */
    public String exportTo(Path file, boolean dayOnly) throws IOException {
        return exporter.exportTo(file, dayOnly ? day.get() : null);
    }

    /** The name under which the selected draft's text is kept as one of the office's own templates. */
    public StringProperty newTemplateName() {
        return own.name();
    }

    public Optional<PostTemplate> saveAsTemplate() {
        return own.keep();
    }

    /** Removes the chosen template when it is one of the office's own (undoable). */
    public void deleteTemplate() {
        own.drop();
    }

    public void dispose() {
        posts.removeListener(listener);
        editor.dispose();
    }

    private void reload() {
        qc.trousse.ui.FreshList.update(drafts, posts.drafts(), Draft::id);
        plan.refresh(template.get());
        networks.refresh();
        editor.refresh();
    }
}
