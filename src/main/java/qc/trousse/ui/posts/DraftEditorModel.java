package qc.trousse.ui.posts;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import qc.trousse.edit.EditHistory;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.posts.Draft;
import qc.trousse.posts.Network;
import qc.trousse.posts.PostRuleException;
import qc.trousse.posts.PostService;
import qc.trousse.posts.PostState;
import qc.trousse.store.StoreException;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.Failures;
import qc.trousse.ui.WriteBack;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The selected draft: its texts, counters and remarks, schedule and state. Each field change is an undoable
 * edit through the service; undo flows back into the fields through {@link #refresh()}.
 */
public final class DraftEditorModel {
    private final PostService posts;
    private final DialogService dialogs;
    private final Clock clock;
    private final ObjectProperty<Long> selected = new SimpleObjectProperty<>();
    private final StringProperty french = new SimpleStringProperty("");
    private final StringProperty english = new SimpleStringProperty("");
    private final BooleanProperty bilingual = new SimpleBooleanProperty();
    private final ObjectProperty<Network> network = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final DraftChecks checks = new DraftChecks();
    private final OfficeVoice voice;
    private final CardModel card;
    private final DraftStatus status;
    private final DraftActions actions;

    public DraftEditorModel(PostService posts, EditHistory history, DialogService dialogs, Clock clock) {
        this.posts = posts;
        this.dialogs = dialogs;
        this.clock = clock;
        this.card = new CardModel(posts, dialogs);
        this.voice = new OfficeVoice(posts);
        this.actions = new DraftActions(this, posts, history, dialogs);
        this.status = new DraftStatus(posts.office().profile().mnaName());
        // Showing the selected draft in a field is never written back: only a value the draft does not hold is.
        WriteBack.of(french, () -> held(Draft::french), b -> edit(id -> posts.editText(id, Lang.FR, b)));
        WriteBack.of(english, () -> held(Draft::english), b -> edit(id -> posts.editText(id, Lang.EN, b)));
        WriteBack.of(bilingual, () -> held(Draft::bilingual), b -> edit(id -> posts.setBilingual(id, b)));
        WriteBack.of(network, () -> held(Draft::network), b -> edit(id -> posts.setNetwork(id, b)));
        WriteBack.of(day, () -> held(Draft::day),
                b -> edit(id -> posts.schedule(id, b, current().orElseThrow().time())));
        selected.addListener((o, a, b) -> refresh());
    }

    public void select(Long id) {
        selected.set(id);
    }

    public ObjectProperty<Long> selected() {
        return selected;
    }

    private <T> T held(java.util.function.Function<Draft, T> field) {
        return current().map(field).orElse(null);
    }

    public Optional<Draft> current() {
        return selected.get() == null ? Optional.empty() : posts.draft(selected.get());
    }

    public StringProperty french() {
        return french;
    }

    public StringProperty english() {
        return english;
    }

    public BooleanProperty bilingual() {
        return bilingual;
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

    /** Fixing, copying, deleting the draft. */
    public DraftActions actions() {
        return actions;
    }

    /** Where the draft is in its approval, and who approves. */
    public DraftStatus status() {
        return status;
    }

    /** The counters, the remarks, whether it may be approved. */
    public DraftChecks checks() {
        return checks;
    }

    public CardModel card() {
        return card;
    }

    /** The time field is committed on Enter or when it loses focus: "17 h 30", "17:30" and "9h" are read. */
    public void commitTime() {
        Optional<LocalTime> at = PostTimes.parse(time.get());
        Optional<Draft> d = current();
        if (d.isEmpty()) {
            return;
        }
        if (at.isEmpty()) {
            Failures.refuse(dialogs, I18n.tr("posts.title"), I18n.tr("posts.error.time", time.get()));
            refresh();
            return;
        }
        run(() -> posts.schedule(d.get().id(), d.get().day(), at.get()));
    }

    public void setState(PostState next) {
        current().ifPresent(d -> run(() -> posts.setState(d.id(), next, status.approver().get(),
                LocalDateTime.now(clock))));
    }

    /** The office's name and accounts, as the preview and the insert menu show them. */
    OfficeVoice voice() {
        return voice;
    }

    /** Shows the selected draft again, after an edit, an undo, or a new selection. */
    public void refresh() {
        Optional<Draft> d = current();
        french.set(d.map(Draft::french).orElse(""));
        english.set(d.map(Draft::english).orElse(""));
        bilingual.set(d.map(Draft::bilingual).orElse(false));
        network.set(d.map(Draft::network).orElse(null));
        day.set(d.map(Draft::day).orElse(null));
        time.set(d.map(x -> x.time().format(DateTimeFormatter.ofPattern("HH:mm"))).orElse(""));
        status.show(d);
        checks.show(d, posts.networks(), posts.campaign().hashtag());
        card.follow(d);
    }

    private void edit(java.util.function.LongConsumer change) {
        if (current().isPresent()) {
            run(() -> change.accept(selected.get()));
        }
    }

    void run(Runnable change) {
        try {
            change.run();
        } catch (PostRuleException | StoreException e) {
            fail(e);
            refresh();
        }
    }

    void fail(RuntimeException e) {
        String message = e instanceof PostRuleException r ? I18n.tr(r.key(), r.args()) : e.getMessage();
        Failures.report(dialogs, I18n.tr("posts.title"), message, e);
    }

    public void dispose() {
        selected.set(null);
    }
}
