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
import qc.trousse.i18n.Lang;
import qc.trousse.office.OfficeProfile;
import qc.trousse.posts.Draft;
import qc.trousse.posts.Network;
import qc.trousse.posts.PostRuleException;
import qc.trousse.posts.PostService;
import qc.trousse.posts.PostState;
import qc.trousse.posts.Typography;
import qc.trousse.store.StoreException;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.Failures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The selected draft: its texts, counters and remarks, schedule and state. Each field change is an undoable
 * edit through the service; undo flows back into the fields through {@link #refresh()}.
 */
public final class DraftEditorModel {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*(?:h|:)\\s*(\\d{2})?");
    private final PostService posts;
    private final EditHistory history;
    private final DialogService dialogs;
    private final Clock clock;
    private final ObjectProperty<Long> selected = new SimpleObjectProperty<>();
    private final StringProperty french = new SimpleStringProperty("");
    private final StringProperty english = new SimpleStringProperty("");
    private final BooleanProperty bilingual = new SimpleBooleanProperty();
    private final ObjectProperty<Network> network = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty approver = new SimpleStringProperty("");
    private final StringProperty state = new SimpleStringProperty("");
    private final ObjectProperty<PostState> stateValue = new SimpleObjectProperty<>();
    private final LengthCounter counterFr = new LengthCounter();
    private final LengthCounter counterEn = new LengthCounter();
    private final ObservableList<DraftRemark> remarks = FXCollections.observableArrayList();
    private final BooleanProperty canApprove = new SimpleBooleanProperty();
    private final CardModel card;
    private boolean showing;
    private Long cardFor;

    public DraftEditorModel(PostService posts, EditHistory history, DialogService dialogs, Clock clock) {
        this.posts = posts;
        this.history = history;
        this.dialogs = dialogs;
        this.clock = clock;
        this.card = new CardModel(posts, dialogs);
        approver.set(posts.office().profile().mnaName());
        french.addListener((o, a, b) -> edit(id -> posts.editText(id, Lang.FR, b)));
        english.addListener((o, a, b) -> edit(id -> posts.editText(id, Lang.EN, b)));
        bilingual.addListener((o, a, b) -> edit(id -> posts.setBilingual(id, b)));
        network.addListener((o, a, b) -> edit(id -> posts.setNetwork(id, b)));
        day.addListener((o, a, b) -> edit(id -> posts.schedule(id, b, current().orElseThrow().time())));
        selected.addListener((o, a, b) -> refresh());
    }

    public void select(Long id) {
        selected.set(id);
    }

    public ObjectProperty<Long> selected() {
        return selected;
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

    public StringProperty approver() {
        return approver;
    }

    public StringProperty state() {
        return state;
    }

    public ObjectProperty<PostState> stateValue() {
        return stateValue;
    }

    public LengthCounter counterFr() {
        return counterFr;
    }

    public LengthCounter counterEn() {
        return counterEn;
    }

    public ObservableList<DraftRemark> remarks() {
        return remarks;
    }

    public BooleanProperty canApprove() {
        return canApprove;
    }

    public CardModel card() {
        return card;
    }

    /** The time field is committed on Enter or when it loses focus: "17 h 30", "17:30" and "9h" are read. */
    public void commitTime() {
        Optional<LocalTime> at = parseTime(time.get());
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

    static Optional<LocalTime> parseTime(String text) {
        Matcher m = TIME.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return h < 24 && min < 60 ? Optional.of(LocalTime.of(h, min)) : Optional.empty();
    }

    /** One click: the Québec-French fixes on the French text (the apostrophe on the English), one undo step. */
    public void fixTypography() {
        current().ifPresent(d -> {
            history.seal();
            run(() -> posts.editText(d.id(), Lang.FR, Typography.fix(d.french(), true)));
            if (d.bilingual()) {
                history.seal();
                run(() -> posts.editText(d.id(), Lang.EN, Typography.fix(d.english(), false)));
            }
            history.seal();
        });
    }

    public void setState(PostState next) {
        current().ifPresent(d -> run(() -> posts.setState(d.id(), next, approver.get(), LocalDateTime.now(clock))));
    }

    public void delete() {
        current().ifPresent(d -> {
            if (dialogs.confirm(I18n.tr("posts.delete.title"), I18n.tr("posts.delete.confirm"))) {
                run(() -> posts.delete(d.id()));
                selected.set(null);
            }
        });
    }

    /** What the clipboard gets: the French text, then the English when the post is bilingual. */
    public String clipboardText() {
        return current().map(d -> String.join("\n\n", d.versions())).orElse("");
    }

    /** The campaign hashtag, the spokesperson and the office's handles, to insert in the text. */
    public List<String> insertables() {
        List<String> list = new ArrayList<>(List.of(posts.campaign().hashtag(), posts.campaign().spokesperson()));
        var h = posts.office().profile().handles();
        for (String handle : posts.networks().used().stream().map(n -> n.handle(h)).toList()) {
            if (!handle.isBlank() && !list.contains(handle)) {
                list.add(handle);
            }
        }
        return list;
    }

    public String officeName() {
        OfficeProfile p = posts.office().profile();
        return p.mnaName().isBlank() ? I18n.tr("posts.preview.office") : p.mnaName();
    }

    /** The office's handle on the draft's network, or its name when it has none there. */
    public String handle() {
        String handle = network.get() == null ? "" : network.get().handle(posts.office().profile().handles());
        return handle.isBlank() ? officeName() : handle;
    }

    /** Shows the selected draft again, after an edit, an undo, or a new selection. */
    public void refresh() {
        Optional<Draft> d = current();
        showing = true;
        try {
            french.set(d.map(Draft::french).orElse(""));
            english.set(d.map(Draft::english).orElse(""));
            bilingual.set(d.map(Draft::bilingual).orElse(false));
            network.set(d.map(Draft::network).orElse(null));
            day.set(d.map(Draft::day).orElse(null));
            time.set(d.map(x -> x.time().format(DateTimeFormatter.ofPattern("HH:mm"))).orElse(""));
            stateValue.set(d.map(Draft::state).orElse(null));
            state.set(d.map(this::stateText).orElse(""));
        } finally {
            showing = false;
        }
        check(d);
        // The card follows the selected draft, but typing in the draft does not redraw it at each keystroke.
        if (!java.util.Objects.equals(cardFor, selected.get())) {
            cardFor = selected.get();
            card.message().set(d.map(Draft::french).orElse(""));
            d.ifPresent(x -> card.size().set(x.network().look().card()));
            if (card.preview().get() != null) {
                card.render();
            }
        }
    }

    private String stateText(Draft d) {
        String s = I18n.tr(d.state().key());
        if (d.approvedAt() != null) {
            s += " — " + I18n.tr("posts.approvedBy", d.approvedBy(),
                    d.approvedAt().format(DateTimeFormatter.ofPattern(I18n.tr("posts.approvedAt.format"),
                            I18n.language().locale())));
        }
        return s;
    }

    private void check(Optional<Draft> d) {
        remarks.clear();
        canApprove.set(d.map(x -> posts.networks().fits(x)).orElse(false));
        if (d.isEmpty()) {
            counterFr.clear();
            counterEn.clear();
            return;
        }
        Draft draft = d.get();
        var office = posts.networks();
        counterFr.show(office.measure(draft.network(), draft.french(), draft.day()), draft.french());
        counterEn.show(office.measure(draft.network(), draft.english(), draft.day()), draft.english());
        remarks.setAll(DraftRemarks.of(draft, posts.campaign().hashtag(), posts.networks()));
    }

    private void edit(java.util.function.LongConsumer change) {
        if (showing || selected.get() == null) {
            return;
        }
        run(() -> change.accept(selected.get()));
    }

    private void run(Runnable change) {
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
