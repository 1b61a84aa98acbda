package qc.trousse.gestures;

import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.WeekWords;
import qc.trousse.edit.EditHistory;
import qc.trousse.edit.SnapshotEdit;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The day the dashboard counts from: the real date, unless the office picks one of the campaign's days to train
 * or to plan as if the week had come (an undoable choice kept in the file). A day kept from another week, or
 * none, means the real date.
 */
public final class TrainingDay {
    static final String SETTING = "gestures.today";
    private final Campaign campaign;
    private final EditHistory history;
    private final Function<String, Optional<String>> read;
    private final BiConsumer<String, String> write;
    private final Runnable changed;

    TrainingDay(Campaign campaign, EditHistory history, Function<String, Optional<String>> read,
                BiConsumer<String, String> write, Runnable changed) {
        this.campaign = campaign;
        this.history = history;
        this.read = read;
        this.write = write;
        this.changed = changed;
    }

    /** The campaign day the office pretends it is; empty when the dashboard uses the real date. */
    public Optional<LocalDate> simulated() {
        return read.apply(SETTING).filter(s -> !s.isBlank()).map(LocalDate::parse).filter(campaign::contains);
    }

    /** The dashboard's day when the real date is {@code realToday}. */
    public LocalDate on(LocalDate realToday) {
        return simulated().orElse(realToday);
    }

    /** Pretends it is one of the campaign's days; another day is refused with the week named. */
    public void simulate(LocalDate day) {
        GestureRules.day(campaign, day).ifPresent(k -> {
            throw new GestureRejected(k, WeekWords.with(campaign));
        });
        choose(day.toString());
    }

    /** Back to the real date. */
    public void useRealDate() {
        choose("");
    }

    private void choose(String value) {
        String before = simulated().map(LocalDate::toString).orElse("");
        if (!before.equals(value)) {
            history.perform(SnapshotEdit.writing("gestures.edit.today", before, value, v -> {
                write.accept(SETTING, v);
                changed.run();
            }));
        }
    }
}
