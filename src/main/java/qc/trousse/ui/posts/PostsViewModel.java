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
import qc.trousse.posts.Draft;
import qc.trousse.posts.DraftRequest;
import qc.trousse.posts.Network;
import qc.trousse.posts.PostRuleException;
import qc.trousse.posts.PostService;
import qc.trousse.posts.PostTemplate;
import qc.trousse.posts.PostsExport;
import qc.trousse.posts.TemplateCatalogue;
import qc.trousse.store.StoreException;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.FileType;

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
    static final FileType CSV = new FileType("posts.file.csv", List.of("*.csv"));
    static final FileType PDF = new FileType("posts.file.pdf", List.of("*.pdf"));
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
    private final StringProperty newTemplateName = new SimpleStringProperty("");
    private final DraftEditorModel editor;
    private final PlanChoices plan;
    private final Runnable listener = this::reload;

    public PostsViewModel(PostService posts, EditHistory history, DialogService dialogs, Clock clock) {
        this.posts = posts;
        this.dialogs = dialogs;
        this.editor = new DraftEditorModel(posts, history, dialogs, clock);
        LocalDate today = LocalDate.now(clock);
        day.set(posts.campaign().contains(today) ? today : posts.campaign().start());
        template.set(posts.templates().get(0));
        plan = new PlanChoices(posts.links(), template, day);
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

    /** The networks the office uses first, then the others, so a network it has not chosen yet stays at hand. */
    public List<Network> networkChoices() {
        List<Network> used = posts.networks().used();
        List<Network> all = new java.util.ArrayList<>(used);
        java.util.Arrays.stream(Network.values()).filter(n -> !used.contains(n)).forEach(all::add);
        return all;
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
        Optional<java.time.LocalTime> at = DraftEditorModel.parseTime(time.get());
        if (at.isEmpty()) {
            dialogs.error(I18n.tr("posts.title"), I18n.tr("posts.error.time", time.get()));
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
        String name = "jps" + posts.campaign().yearText() + "-publications" + (dayOnly ? "-" + day.get() : "") + (pdf ? ".pdf" : ".csv");
        dialogs.saveFile(I18n.tr("posts.export.title"), name, List.of(pdf ? PDF : CSV)).ifPresent(file -> {
            try {
                dialogs.info(I18n.tr("posts.export.title"), exportTo(file, dayOnly));
            } catch (IOException | RuntimeException e) {
                dialogs.error(I18n.tr("posts.export.title"), qc.trousse.ui.OutputFailures.sentence(e,
                        () -> I18n.tr("posts.cli.writeFailed", file, e.getMessage())));
            }
        });
    }

    /** Writes the file (its extension says CSV or PDF) and returns the sentence that says so. */
    public String exportTo(Path file, boolean dayOnly) throws IOException {
        if (PostsExport.format(file) == null) {
            throw new IOException(I18n.tr("posts.cli.badFormat", file.getFileName()));
        }
        List<Draft> chosen = dayOnly ? posts.draftsOn(day.get()) : posts.drafts();
        PostsExport.write(posts, chosen, file);
        return I18n.count("posts.cli.exported", chosen.size(), file);
    }

    public StringProperty newTemplateName() {
        return newTemplateName;
    }

    /** Keeps the selected draft's text as one of the office's own templates, under the name typed. */
    public Optional<PostTemplate> saveAsTemplate() {
        String name = newTemplateName.get() == null ? "" : newTemplateName.get().strip();
        Optional<Draft> d = editor.current();
        if (name.isEmpty() || d.isEmpty()) {
            return Optional.empty();
        }
        try {
            PostTemplate t = posts.addTemplate(name, d.get().french(), d.get().english());
            newTemplateName.set("");
            template.set(t);
            return Optional.of(t);
        } catch (StoreException e) {
            editor.fail(e);
            return Optional.empty();
        }
    }

    /** Removes the chosen template when it is one of the office's own (undoable). */
    public void deleteTemplate() {
        PostTemplate t = template.get();
        if (t != null && t.custom()) {
            posts.deleteTemplate(t.id());
            template.set(posts.templates().get(0));
        }
    }

    public void dispose() {
        posts.removeListener(listener);
        editor.dispose();
    }

    private void reload() {
        drafts.setAll(posts.drafts());
        plan.refresh(template.get());
        editor.refresh();
    }
}
