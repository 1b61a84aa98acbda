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

    /** The campaign days the office can pretend it is, to plan as if it were the week of 17 February 2020. */
    public List<LocalDate> todayChoices() {
        return campaign.days();
    }

    public LocalDate today() {
        return gestures.today();
    }

    /** Sets the simulated today (an undoable edit); a day outside the week is refused. */
    public void setToday(LocalDate day) {
        try {
            if (day != null) {
                gestures.setToday(day);
            }
        } catch (GestureRejected e) {
            // the list only offers campaign days; nothing to tell
        }
    }

    /** "3 gestes choisis · 2 planifiés · 1 fait". */
    public String counts() {
        WeekSummary s = gestures.summary();
        return I18n.tr("gestures.home.counts", s.chosen(), s.planned(), s.done());
    }

    public String overdue() {
        return I18n.tr("gestures.home.overdue", gestures.summary().overdue().size());
    }

    public String dueToday() {
        return I18n.tr("gestures.home.dueToday", gestures.summary().dueToday().size());
    }

    public boolean hasOverdue() {
        return !gestures.summary().overdue().isEmpty();
    }

    /** The next three things to do, late ones first: "lundi 10 février — Choisir … (Remise …, Marie)". */
    public List<String> nextThings() {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(I18n.tr("date.day"), I18n.language().locale());
        return gestures.summary().next().stream().map(d -> I18n.tr("gestures.home.nextStep", d.due().format(format),
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
        return campaign.themeKnown() ? campaign.slogan().current() : I18n.tr("home.themeToConfirm");
    }

    public String call() {
        return campaign.call().current();
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
                        + (campaign.facts().assemblyConfirmed() ? "" : toConfirm()) : "")
                        + (campaign.facts().weekConfirmed() ? "" : toConfirm()))
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
