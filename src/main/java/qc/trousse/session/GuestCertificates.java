package qc.trousse.session;

import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.certificates.RecipientService;
import qc.trousse.certificates.RecipientState;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.GuestKind;
import qc.trousse.cocktail.GuestService;
import qc.trousse.edit.CompositeEdit;
import qc.trousse.edit.Edit;
import qc.trousse.i18n.I18n;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A guest who receives a certificate at the cocktail is a recipient, dated the cocktail's day and linked to
 * the cocktail gesture, made in the same undo step as the guest's change. A name already among the
 * cocktail's recipients is not added twice. Clearing the mark, or deleting the guest, takes back a certificate
 * not yet printed, in the same step; a printed one stays, as it exists on paper.
 */
final class GuestCertificates {
    static final String GESTURE = "cocktail";

    private GuestCertificates() {
    }

    static void connect(GuestService guests, RecipientService recipients, Supplier<LocalDate> cocktailDay) {
        guests.setFollowUp((honoured, withdrawn) -> {
            List<Edit> edits = new ArrayList<>();
            List<Recipient> fresh = fresh(honoured, recipients.all(), cocktailDay.get());
            if (!fresh.isEmpty()) {
                edits.add(recipients.adding(fresh));
            }
            List<Recipient> unprinted = unprinted(withdrawn, recipients.all());
            if (!unprinted.isEmpty()) {
                edits.add(recipients.removing(unprinted));
            }
            // Adding some and taking back others at once (an import may do both only in theory) is one step.
            return edits.isEmpty() ? Optional.empty()
                    : Optional.of(edits.size() == 1 ? edits.get(0) : CompositeEdit.of(edits));
        });
    }

    static List<Recipient> fresh(List<Guest> honoured, List<Recipient> existing, LocalDate day) {
        Set<String> present = new HashSet<>();
        existing.stream().filter(r -> GESTURE.equals(r.gesture())).forEach(r -> present.add(key(r.name())));
        List<Recipient> fresh = new ArrayList<>();
        for (Guest g : honoured) {
            Recipient r = recipient(g, day);
            if (!r.name().isEmpty() && present.add(key(r.name()))) {
                fresh.add(r);
            }
        }
        return fresh;
    }

    static Recipient recipient(Guest g, LocalDate day) {
        RecipientKind kind = g.kind() == GuestKind.ORGANISATION ? RecipientKind.ORGANISATION : RecipientKind.PERSON;
        String reason = g.reason().isEmpty() ? I18n.tr("cocktail.certificate.reason") : g.reason();
        return new Recipient(0, kind, certificateName(g), reason, day, GESTURE, RecipientState.TO_PRINT, null);
    }

    /** An organisation represented by someone: the certificate honours the organisation, by its name. */
    static String certificateName(Guest g) {
        return g.kind() == GuestKind.ORGANISATION && !g.organisation().isEmpty() ? g.organisation() : g.name();
    }

    private static List<Recipient> unprinted(List<Guest> withdrawn, List<Recipient> existing) {
        Set<String> names = new HashSet<>();
        withdrawn.forEach(g -> names.add(key(certificateName(g))));
        return existing.stream().filter(r -> GESTURE.equals(r.gesture()) && names.contains(key(r.name()))
                && r.state() == RecipientState.TO_PRINT && r.printed().isEmpty()).toList();
    }

    /** The same name however it was typed: composed form, case and surrounding spaces ignored. */
    static String key(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
