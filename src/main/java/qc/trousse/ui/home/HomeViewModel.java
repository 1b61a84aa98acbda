package qc.trousse.ui.home;

import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.CampaignCountdown;
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
    private final Clock clock;

    public HomeViewModel(Campaign campaign, OfficeService office, Clock clock) {
        this.campaign = campaign;
        this.office = office;
        this.clock = clock;
    }

    public String edition() {
        return campaign.edition().current();
    }

    public String slogan() {
        return campaign.slogan().current();
    }

    public String call() {
        return campaign.call().current();
    }

    public String hashtagAndSite() {
        return campaign.hashtag() + " · " + campaign.site();
    }

    public String spokesperson() {
        return I18n.tr("home.spokesperson", campaign.spokesperson(), campaign.spokespersonRole().current());
    }

    /** "lundi 17 février" … "vendredi 21 février", the cocktail day marked. */
    public List<String> days() {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(I18n.tr("date.day"), I18n.language().locale());
        return campaign.days().stream()
                .map(d -> d.format(format) + (d.equals(campaign.cocktailDate())
                        ? " — " + I18n.tr("home.cocktailDay", campaign.cocktailPlace().current()) : ""))
                .toList();
    }

    public String countdown() {
        CampaignCountdown c = CampaignCountdown.of(campaign, LocalDate.now(clock));
        return switch (c.phase()) {
            case BEFORE -> I18n.tr(c.days() == 1 ? "home.countdown.tomorrow" : "home.countdown.before", c.days());
            case DURING -> I18n.tr("home.countdown.during", c.days(), campaign.days().size());
            case OVER -> I18n.tr("home.countdown.over");
        };
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
