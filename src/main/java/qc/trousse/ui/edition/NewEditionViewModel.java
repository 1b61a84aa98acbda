package qc.trousse.ui.edition;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.CampaignFaults;
import qc.trousse.campaign.EditionDraft;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.I18n;
import qc.trousse.office.CarriedRiding;
import qc.trousse.store.CarryOver;
import qc.trousse.store.DataFileException;
import qc.trousse.store.EditionFileMaker;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fichier → Nouvelle édition…: the year (the shipped editions and the next one), its week (the announced one, or
 * the third week of February marked "à confirmer"), its theme and hashtag, and what to carry over. The new file is
 * made whole beside the current one; the current file is only read.
 */
public final class NewEditionViewModel {
    private final Editions editions;
    private final Path current;
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final StringProperty firstDay = new SimpleStringProperty("");
    private final StringProperty weekNote = new SimpleStringProperty("");
    private final StringProperty theme = new SimpleStringProperty("");
    private final StringProperty hashtag = new SimpleStringProperty("");
    private final StringProperty target = new SimpleStringProperty("");
    private final Map<CarryOver, BooleanProperty> carry = new EnumMap<>(CarryOver.class);
    private final RidingCarryModel riding;
    private String proposedDay = "";

    /**
     * @param today  the real date: the edition in progress or next is proposed, if it follows the file's
     * @param riding the question about the office's riding, asked again for each first day
     */
    public NewEditionViewModel(Editions editions, Path current, int currentYear, LocalDate today,
                               RidingCarryModel riding) {
        this.editions = editions;
        this.current = current;
        this.riding = riding;
        firstDay.addListener((o, a, b) -> dayTyped(b));
        for (CarryOver c : CarryOver.values()) {
            carry.put(c, new SimpleBooleanProperty(true));
        }
        year.addListener((o, a, b) -> pick(b));
        int next = Math.max(editions.current(today).year(), currentYear + 1);
        year.set(choices().contains(next) ? next : choices().get(choices().size() - 1));
    }

    /** The step for the session's file, on the real date. */
    public static NewEditionViewModel over(qc.trousse.session.Session s, LocalDate today) {
        return new NewEditionViewModel(Editions.shipped(), s.path(), s.edition().year(), today,
                new RidingCarryModel(qc.trousse.office.RidingMaps.shipped(), s.office().profile(),
                        s.edition().firstDay()));
    }

    /** The shipped editions and the one after the last. */
    public List<Integer> choices() {
        List<Integer> years = new ArrayList<>(editions.all().stream().map(Campaign::year).toList());
        years.add(years.get(years.size() - 1) + 1);
        return years;
    }

    private void pick(Integer y) {
        if (y == null) {
            return;
        }
        Optional<Campaign> shipped = editions.campaign(y);
        LocalDate day = shipped.map(Campaign::start).orElse(EditionDraft.proposedFirstDay(y));
        proposedDay = day.toString();
        firstDay.set(proposedDay);
        boolean confirmed = shipped.map(c -> c.facts().weekConfirmed()).orElse(false);
        weekNote.set(confirmed ? "" : I18n.tr("edition.toConfirm"));
        theme.set(shipped.filter(Campaign::themeKnown).map(c -> c.theme(I18n.language())).orElse(""));
        hashtag.set(shipped.map(Campaign::hashtag).orElse("#JPS" + y));
        String name = current.getFileName().toString().replaceAll("\\.db$", "");
        String base = name.matches(".*\\d{4}.*") ? name.replaceFirst("\\d{4}", String.valueOf(y)) : name + "-" + y;
        target.set(current.resolveSibling(base + ".db").toString());
    }

    private void dayTyped(String text) {
        try {
            riding.startingOn(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            // the day is checked when the file is made; the question waits for a day it can read
        }
    }

    /** Makes the file; empty with the user told why when it could not be made (nothing is left half-made). */
    public Optional<Path> create(java.util.function.Consumer<String> tell) {
        Integer y = year.get();
        Optional<LocalDate> day;
        try {
            day = firstDay.get().strip().equals(proposedDay) ? Optional.empty()
                    : Optional.of(LocalDate.parse(firstDay.get().strip()));
        } catch (DateTimeParseException e) {
            tell.accept(I18n.tr("edition.cli.badDay", firstDay.get()));
            return Optional.empty();
        }
        Optional<Campaign> shipped = editions.campaign(y);
        Optional<String> newTheme = Optional.of(theme.get().strip()).filter(t -> !t.isEmpty())
                .filter(t -> shipped.map(c -> !t.equals(c.theme(I18n.language()))).orElse(true));
        Optional<String> newTag = Optional.of(hashtag.get().strip()).filter(t -> !t.isEmpty())
                .filter(t -> shipped.map(c -> !t.equals(c.hashtag())).orElse(!t.equals("#JPS" + y)));
        Path to = Path.of(target.get().strip());
        try {
            String text = EditionDraft.ownText(editions, y, Optional.empty(),
                    new EditionDraft.Answers(day, newTheme, newTag));
            EnumSet<CarryOver> chosen = EnumSet.noneOf(CarryOver.class);
            carry.forEach((c, on) -> {
                if (on.get()) {
                    chosen.add(c);
                }
            });
            Optional<EditionFileMaker.NewRiding> newRiding = chosen.contains(CarryOver.PROFILE) ? riding.answer()
                    : Optional.empty();
            EditionFileMaker.make(to, new EditionFileMaker.Plan(y, text, Optional.of(current), chosen, newRiding));
            return Optional.of(to);
        } catch (CarriedRiding.Refused e) {
            tell.accept(e.getMessage());
        } catch (CampaignFaults e) {
            tell.accept(e.firstFault());
        } catch (DataFileException e) {
            qc.trousse.ui.Failures.log("new edition file not made: " + to, e);
            tell.accept(e.userMessage());
        }
        return Optional.empty();
    }

    public ObjectProperty<Integer> year() {
        return year;
    }

    public StringProperty firstDay() {
        return firstDay;
    }

    /** "à confirmer" while the week is only proposed. */
    public StringProperty weekNote() {
        return weekNote;
    }

    public StringProperty theme() {
        return theme;
    }

    public StringProperty hashtag() {
        return hashtag;
    }

    public StringProperty target() {
        return target;
    }

    /** The office's riding on the new edition's map, when it changed. */
    public RidingCarryModel riding() {
        return riding;
    }

    public BooleanProperty carry(CarryOver what) {
        return carry.get(what);
    }
}
