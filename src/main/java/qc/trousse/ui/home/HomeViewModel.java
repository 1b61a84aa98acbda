package qc.trousse.ui.home;

import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.CampaignCountdown;
import qc.trousse.gestures.DueItem;
import qc.trousse.gestures.GestureRejected;
import qc.trousse.gestures.GestureService;
import qc.trousse.gestures.WeekSummary;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Localized;
import qc.trousse.office.OfficeProfile;
import qc.trousse.office.OfficeService;
import qc.trousse.office.Riding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The home screen: the campaign at a glance and where today stands relative to its week. */
public final class HomeViewModel {
    private final Campaign campaign;
    private final OfficeService office;
    private final GestureService gestures;
    private final Clock clock;

    public HomeViewModel(Campaign campaign, OfficeService office, GestureService gestures, Clock clock) {
        this.campaign = campaign;
        this.office = office;
        this.gestures = gestures;
        this.clock = clock;
    }

    /** The real date first, then the campaign's days the office may pretend it is (to train, or plan ahead). */
    public List<LocalDate> todayChoices() {
        List<LocalDate> days = new ArrayList<>(List.of(realToday()));
        campaign.days().stream().filter(d -> !d.equals(realToday())).forEach(days::add);
        return days;
    }

    /** The real date, from the window's clock. */
    public LocalDate realToday() {
        return LocalDate.now(clock);
    }

    /** The dashboard's day: the real date unless a campaign day is simulated. */
    public LocalDate today() {
        return gestures.trainingDay().on(realToday());
    }

    /** Simulates a campaign day, or goes back to the real date (an undoable edit); another day is refused. */
    public void setToday(LocalDate day) {
        try {
            if (day != null && day.equals(realToday())) {
                gestures.trainingDay().useRealDate();
            } else if (day != null) {
                gestures.trainingDay().simulate(day);
            }
        } catch (GestureRejected e) {
            // the list only offers the real date and campaign days; nothing to tell
        }
    }

    /** "jeudi 3 décembre 2026 (date réelle)", "lundi 15 février 2027 (simulé)". */
    public String dayLabel(LocalDate d) {
        String day = d.format(DateTimeFormatter.ofPattern(I18n.tr("home.day.format"), I18n.language().locale()));
        return I18n.tr(d.equals(realToday()) ? "home.day.real" : "home.day.simulated", day);
    }

    private WeekSummary summary() {
        return gestures.summary(realToday());
    }

    /** "3 gestes choisis · 2 planifiés · 1 fait". */
    public String counts() {
        WeekSummary s = summary();
        return I18n.tr("gestures.home.counts", s.chosen(), s.planned(), s.done());
    }

    public String overdue() {
        return I18n.tr("gestures.home.overdue", summary().overdue().size());
    }

    public String dueToday() {
        return I18n.tr("gestures.home.dueToday", summary().dueToday().size());
    }

    public boolean hasOverdue() {
        return !summary().overdue().isEmpty();
    }

    /** The next three things to do, late ones first: "lundi 10 février — Choisir … (Remise …, Marie)". */
    public List<String> nextThings() {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(I18n.tr("date.day"), I18n.language().locale());
        return summary().next().stream().map(d -> I18n.tr("gestures.home.nextStep", d.due().format(format),
                d.item().label(), gestures.title(d.gesture()), owner(d))).toList();
    }

    public void onPlanChange(Runnable r) {
        gestures.addListener(r);
    }

    public void stopFollowing(Runnable r) {
        gestures.removeListener(r);
    }

    private static String owner(DueItem d) {
        return d.item().owner().isBlank() ? I18n.tr("gestures.card.noOwner") : d.item().owner();
    }

    public String edition() {
        return campaign.edition().current();
    }

    /** The theme, or that it is not announced yet. */
    public String slogan() {
        return campaign.themeKnown() ? campaign.themeShown() : I18n.tr("home.themeToConfirm");
    }

    /** The call to act with its dates, marked once when the week is only proposed (not on each day). */
    public String call() {
        return campaign.call().current() + (campaign.facts().weekConfirmed() ? ""
                : " (" + I18n.tr("home.weekToConfirm") + ")");
    }

    public String hashtagAndSite() {
        return campaign.hashtag() + " · " + campaign.site();
    }

    public String spokesperson() {
        String who = campaign.spokesperson().isEmpty() ? I18n.tr("edition.toConfirm") : campaign.spokesperson();
        return I18n.tr("home.spokesperson", who, campaign.spokespersonRole().current());
    }

    /** "lundi 17 février" … "vendredi 21 février", the cocktail day marked. */
    public List<String> days() {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(I18n.tr("date.day"), I18n.language().locale());
        return campaign.days().stream()
                .map(d -> d.format(format) + (d.equals(campaign.cocktailDate())
                        ? " — " + I18n.tr("home.cocktailDay", campaign.cocktailPlace().current())
                        + (campaign.facts().assemblyConfirmed() ? "" : toConfirm()) : ""))
                .toList();
    }

    private static String toConfirm() {
        return " (" + I18n.tr("edition.toConfirm") + ")";
    }

    /** "Messages clés", or where they come from when the edition carries another's over. */
    public String keyMessagesHeading() {
        int from = campaign.facts().carriedOverFrom();
        return from == 0 ? I18n.tr("home.keyMessages") : I18n.tr("home.keyMessages.carried", String.valueOf(from));
    }

    public String countdown() {
        CampaignCountdown c = CampaignCountdown.of(campaign, LocalDate.now(clock));
        return switch (c.phase()) {
            case BEFORE -> I18n.tr(c.days() == 1 ? "home.countdown.tomorrow" : "home.countdown.before", c.days());
            case DURING -> I18n.tr("home.countdown.during", c.days(), campaign.days().size());
            case OVER -> qc.trousse.campaign.WeekWords.tr(campaign, "home.countdown.over");
        };
    }

    /** Once the edition is over, where to start the next one; empty before and during the week. */
    public String nextEdition() {
        return CampaignCountdown.of(campaign, LocalDate.now(clock)).phase() == CampaignCountdown.Phase.OVER
                ? I18n.tr("home.nextEdition") : "";
    }

    public List<String> keyMessages() {
        return campaign.keyMessages().stream().map(Localized::current).toList();
    }

    /** Who the office is, or an invitation to fill the profile when it is not done yet. */
    public String greeting() {
        OfficeProfile p = office.profile();
        if (!p.isComplete()) {
            return I18n.tr("home.profileMissing");
        }
        String riding = office.riding().map(Riding::name).orElse(p.ridingCode());
        String title = I18n.language() == qc.trousse.i18n.Lang.EN ? p.title().english() : p.title().french();
        return I18n.tr("home.greeting", p.mnaName(), title, riding);
    }

    public boolean profileComplete() {
        return office.profile().isComplete();
    }
}
