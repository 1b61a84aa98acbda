package qc.trousse.cli;

import qc.trousse.campaign.Campaign;
import qc.trousse.i18n.I18n;

import java.time.format.DateTimeFormatter;

/** How the headless commands write an edition's facts: unknown ones as "à confirmer", never guessed. */
final class EditionWords {
    private EditionWords() {
    }

    static String days(Campaign c) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", I18n.language().locale());
        String days = I18n.tr("edition.cli.days", String.valueOf(c.start().getDayOfMonth()), c.end().format(day));
        return c.facts().weekConfirmed() ? days : days + " (" + I18n.tr("edition.toConfirm") + ")";
    }

    static String theme(Campaign c) {
        return c.themeShown();
    }

    static String orToConfirm(String value) {
        return value.isEmpty() ? I18n.tr("edition.toConfirm") : value;
    }

    static String assembly(Campaign c) {
        String day = c.cocktailDate().format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
                I18n.language().locale()));
        return c.facts().assemblyConfirmed() ? day : I18n.tr("edition.cli.proposed", day);
    }
}
