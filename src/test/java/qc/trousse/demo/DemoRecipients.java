package qc.trousse.demo;

import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientService;
import qc.trousse.gestures.GestureService;
import qc.trousse.gestures.GestureTemplates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The certificates of recognition: most for Friday's ceremony, two handed over at the cocktail. */
final class DemoRecipients {
    static final int PRINTED = 3;

    private DemoRecipients() {
    }

    static void fill(RecipientService recipients, GestureService gestures) {
        LocalDate friday = DemoPlan.MONDAY.plusDays(4);
        String ceremony = gestures.all().stream().filter(g -> g.gestureKey().equals(GestureTemplates.CERTIFICATE))
                .findFirst().map(g -> String.valueOf(g.id())).orElse("");
        List<Long> printed = new ArrayList<>();
        // The guests honoured at the cocktail already became recipients when the cocktail was filled in.
        recipients.all().stream().filter(r -> "cocktail".equals(r.gesture())).map(Recipient::id)
                .forEach(printed::add);
        printed.add(add(recipients, RecipientKind.PERSON, "Léa Gauthier-Saindon",
                "Pour son retour aux études et son diplôme obtenu à 19 ans", friday, ceremony).id());
        add(recipients, RecipientKind.PERSON, "Mathis Côté", "Pour son rôle de mentor auprès des élèves de 1re "
                + "secondaire", friday, ceremony);
        add(recipients, RecipientKind.PERSON, "Amélie D'Astous", "Pour son club de lecture du midi", friday,
                ceremony);
        add(recipients, RecipientKind.PERSON, "Olivier Pelletier", "Pour sa persévérance malgré un long congé de "
                + "maladie", friday, ceremony);
        add(recipients, RecipientKind.PERSON, "Kassandra Jean-Baptiste",
                "Pour avoir fondé le comité d'entraide de son école", friday, ceremony);
        add(recipients, RecipientKind.ORGANISATION, "Maison des jeunes du quartier",
                "Pour ses soirées d'aide aux devoirs du jeudi", friday, ceremony);
        add(recipients, RecipientKind.ORGANISATION, "Club de robotique Les Bricoleurs du Fleuve",
                "Pour garder les jeunes motivés par la science", friday, ceremony);
        add(recipients, RecipientKind.ORGANISATION, "Boulangerie Au Pain d'Émilie",
                "Pour les stages offerts aux élèves en formation professionnelle", friday, ceremony);
        recipients.markPrinted(printed, Instant.parse("2020-02-14T20:30:00Z"));
    }

    private static Recipient add(RecipientService recipients, RecipientKind kind, String name, String reason,
                                 LocalDate date, String gesture) {
        return recipients.add(Recipient.of(kind, name, reason, date).withGesture(gesture));
    }
}
