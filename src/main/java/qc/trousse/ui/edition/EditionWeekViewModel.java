package qc.trousse.ui.edition;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.CampaignFile;
import qc.trousse.campaign.Edition;
import qc.trousse.campaign.WeekChange;
import qc.trousse.campaign.WeekShift;
import qc.trousse.i18n.DateStyle;
import qc.trousse.i18n.I18n;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Semaine de l'édition…: the week (its Monday, announced or still "à confirmer"), theme, hashtag and the
 * Assembly's day of the file's edition, as typed. The problem line names the field at fault as the user types;
 * the edition's new campaign text is made only from a sound request.
 */
public final class EditionWeekViewModel {
    private final Edition edition;
    private final String baseText;
    private final StringProperty firstDay = new SimpleStringProperty();
    private final BooleanProperty weekConfirmed = new SimpleBooleanProperty();
    private final StringProperty theme = new SimpleStringProperty();
    private final StringProperty hashtag = new SimpleStringProperty();
    private final StringProperty assemblyDay = new SimpleStringProperty();
    private final BooleanProperty assemblyConfirmed = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty("");
    /** The last whole Monday typed, the week the cocktail day is read in. */
    private LocalDate monday;

    /** @param baseText the file's campaign text now: its own, or the shipped one's it has none */
    public EditionWeekViewModel(Edition edition, String baseText) {
        this.edition = edition;
        this.baseText = baseText;
        Campaign c = edition.campaign();
        firstDay.set(DateStyle.brief(c.start()));
        weekConfirmed.set(c.facts().weekConfirmed());
        theme.set(c.slogan().fr());
        hashtag.set(c.hashtag());
        assemblyDay.set(DateStyle.brief(c.cocktailDate()));
        assemblyConfirmed.set(c.facts().assemblyConfirmed());
        monday = c.start();
        // before the check, so a new Monday does not first refuse the cocktail day it is about to move
        firstDay.addListener(o -> followWeek());
        for (var p : new javafx.beans.Observable[] {firstDay, weekConfirmed, theme, hashtag, assemblyDay,
                assemblyConfirmed}) {
            p.addListener(o -> problem.set(check().orElse("")));
        }
    }

    /**
     * A new Monday typed in whole takes the cocktail day along to the same weekday, as the week's plan goes, unless
     * the office had put it outside the week it leaves; what is typed on the way (« 1 », « 15 févr. 20 ») is not a
     * Monday of the edition's year and moves nothing.
     */
    private void followWeek() {
        day(firstDay.get()).filter(d -> d.getDayOfWeek() == java.time.DayOfWeek.MONDAY
                && d.getYear() == edition.campaign().year() && !d.equals(monday)).ifPresent(next -> {
            WeekShift shift = new WeekShift(monday, next);
            monday = next;
            day(assemblyDay.get()).filter(shift::moves)
                    .ifPresent(a -> assemblyDay.set(DateStyle.brief(shift.apply(a))));
        });
    }

    /** The campaign text to write, or empty when a field is refused (the problem line says which). */
    public Optional<String> revisedText() {
        if (check().isPresent()) {
            return Optional.empty();
        }
        Map<String, String> changes = WeekChange.changes(edition.campaign(), request());
        return Optional.of(changes.isEmpty() ? baseText : CampaignFile.parse("campaign", baseText).with(changes));
    }

    private Optional<String> check() {
        Optional<LocalDate> monday = day(firstDay.get());
        if (monday.isEmpty()) {
            return bad("edition.week.field.firstDay", firstDay.get());
        }
        if (day(assemblyDay.get()).isEmpty()) {
            return bad("edition.week.field.assemblyDay", assemblyDay.get());
        }
        return WeekChange.problem(edition.campaign(), request());
    }

    private WeekChange.Request request() {
        return new WeekChange.Request(day(firstDay.get()).orElseThrow(), weekConfirmed.get(), theme.get(),
                hashtag.get(), day(assemblyDay.get()).orElseThrow(), assemblyConfirmed.get());
    }

    private static Optional<String> bad(String field, String text) {
        return Optional.of(I18n.tr("edition.week.refused", I18n.tr(field), I18n.tr("edition.week.badDate", text)));
    }

    /** A day as the window writes it (« 15 févr. 2027 ») or as ISO (2027-02-15). */
    static Optional<LocalDate> day(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        LocalDate brief = DateStyle.parseBrief(text.strip());
        if (brief != null) {
            return Optional.of(brief);
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public String header() {
        return I18n.tr("edition.week.header", edition.campaign().edition().current());
    }

    public StringProperty firstDay() {
        return firstDay;
    }

    public BooleanProperty weekConfirmed() {
        return weekConfirmed;
    }

    public StringProperty theme() {
        return theme;
    }

    public StringProperty hashtag() {
        return hashtag;
    }

    public StringProperty assemblyDay() {
        return assemblyDay;
    }

    public BooleanProperty assemblyConfirmed() {
        return assemblyConfirmed;
    }

    public ReadOnlyStringProperty problem() {
        return problem;
    }
}
