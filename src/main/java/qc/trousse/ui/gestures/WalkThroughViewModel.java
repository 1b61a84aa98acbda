package qc.trousse.ui.gestures;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import qc.trousse.gestures.GestureService;
import qc.trousse.gestures.GestureState;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.DialogService;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The guided walk-through: pick gestures, place them in the week, give each a place and an owner, review.
 * Each choice is saved as it is made and the current step is kept in the file, so the office can leave and
 * come back where it was.
 */
public final class WalkThroughViewModel {
    /** The steps, in order. */
    public enum Step { PICK, SCHEDULE, PEOPLE, REVIEW }

    static final String STEP = "gestures.walkthrough.step";
    private final GestureService service;
    private final DialogService dialogs;
    private final Supplier<List<String>> staff;
    private final BiConsumer<String, String> writeSetting;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.PICK);
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<WizardRow> rows = FXCollections.observableArrayList();
    private final Runnable listener = () -> revision.set(revision.get() + 1);
    private final GesturePicks picks;

    public WalkThroughViewModel(GestureService service, DialogService dialogs, Supplier<List<String>> staff,
                                Function<String, Optional<String>> readSetting, BiConsumer<String, String> writeSetting) {
        this.service = service;
        this.dialogs = dialogs;
        this.staff = staff;
        this.writeSetting = writeSetting;
        this.picks = new GesturePicks(service, dialogs, () -> message.set(""));
        readSetting.apply(STEP).flatMap(WalkThroughViewModel::parse).ifPresent(step::set);
        loadRows();
        service.addListener(listener);
    }

    public ObjectProperty<Step> step() {
        return step;
    }

    /** Left after the first step and not finished yet. */
    public boolean inProgress() {
        return step.get() != Step.PICK;
    }

    public ReadOnlyIntegerProperty revision() {
        return revision;
    }

    /** Why the walk-through cannot go on yet, or empty text. */
    public StringProperty message() {
        return message;
    }

    public ObservableList<WizardRow> rows() {
        return rows;
    }

    /** The step's hint, with the edition's dates. */
    public String hint(Step step) {
        return qc.trousse.campaign.WeekWords.tr(service.campaign(), "gestures.wizard.hint."
                + step.name().toLowerCase(java.util.Locale.ROOT));
    }

    public List<java.time.LocalDate> rowsDays() {
        return service.campaign().days();
    }

    public List<String> staff() {
        return staff.get();
    }

    /** The first step: which gestures are in the plan. */
    public GesturePicks pick() {
        return picks;
    }

    /** The gestures in the plan that are not cancelled, by day and time. */
    public List<PlannedGesture> chosen() {
        return picks.chosen();
    }

    public String title(PlannedGesture g) {
        return service.title(g);
    }

    public List<String> warnings() {
        return WeekBoardViewModel.warnings(service);
    }

    /** Saves what the step holds, then moves on; stays (with a message) when something is wrong. */
    public boolean next() {
        if (step.get() == Step.PICK && chosen().isEmpty()) {
            message.set(I18n.tr("gestures.wizard.pickOne"));
            return false;
        }
        if (step.get() == Step.SCHEDULE && !commitSlots()) {
            return false;
        }
        if (step.get() == Step.PEOPLE) {
            rows.forEach(this::commitPlace);
        }
        if (step.get() != Step.REVIEW) {
            go(Step.values()[step.get().ordinal() + 1]);
        }
        return true;
    }

    public void back() {
        if (step.get() == Step.PEOPLE) {
            rows.forEach(this::commitPlace);
        }
        if (step.get() != Step.PICK) {
            go(Step.values()[step.get().ordinal() - 1]);
        }
    }

    /** Every idea becomes planned; the walk-through starts over next time, from the plan as it is. */
    public void finish() {
        for (PlannedGesture g : chosen()) {
            if (g.state() == GestureState.IDEA) {
                Guard.run(dialogs, () -> service.setState(g.id(), GestureState.PLANNED));
            }
        }
        go(Step.PICK);
    }

    public void commitDay(WizardRow row) {
        service.find(row.id()).filter(g -> row.day().get() != null && !g.day().equals(row.day().get()))
                .ifPresent(g -> Guard.run(dialogs, () -> service.move(row.id(), row.day().get())));
    }

    public void commitOwner(WizardRow row) {
        new GestureEditorViewModel(service, dialogs, staff).setOwner(row.id(), row.owner().get());
    }

    public void commitPlace(WizardRow row) {
        new GestureEditorViewModel(service, dialogs, staff).setPlace(row.id(), row.place().get());
    }

    private boolean commitSlots() {
        GestureEditorViewModel editor = new GestureEditorViewModel(service, dialogs, staff);
        boolean ok = true;
        for (WizardRow row : rows) {
            commitDay(row);
            ok &= editor.setTimes(row.id(), row.start().get(), row.end().get()).isEmpty();
        }
        message.set(ok ? "" : I18n.tr("gestures.wizard.fixTimes"));
        return ok;
    }

    private void go(Step next) {
        message.set("");
        loadRows();
        step.set(next);
        writeSetting.accept(STEP, next.name());
    }

    private void loadRows() {
        rows.setAll(chosen().stream().map(g -> new WizardRow(g, service.title(g))).toList());
    }

    public void dispose() {
        service.removeListener(listener);
    }

    private static Optional<Step> parse(String name) {
        try {
            return Optional.of(Step.valueOf(name));
        } catch (IllegalArgumentException e) {
            // a name this version has no step for (kept by another version): no step, the walk starts over
            return Optional.empty();
        }
    }
}
