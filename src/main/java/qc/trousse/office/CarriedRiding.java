package qc.trousse.office;

import qc.trousse.i18n.I18n;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The riding of an office carried into a new edition, on the map in force on the new edition's first day: the
 * question to ask (nothing when the riding keeps its name), and the answer, typed or proposed. The window asks
 * with a list of the candidates; a command takes the answer as an option and refuses when it must be chosen.
 */
public final class CarriedRiding {
    private CarriedRiding() {
    }

    /** Why a riding cannot be carried as given: one sentence for the user, nothing made. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * What to ask about the profile's riding between the old edition's first day and the new one's; empty when
     * the office has no riding, or keeps it under the same name.
     */
    public static Optional<RidingCarry> question(RidingMaps maps, OfficeProfile profile, LocalDate from,
                                                 LocalDate to) {
        if (profile.ridingCode().isBlank()) {
            return Optional.empty();
        }
        return maps.carryOver(profile.ridingCode(), from, to).filter(c -> !c.keepsName());
    }

    /**
     * The riding the office is now: the one typed (a name or number among the candidates, or any riding of the
     * new map when the old one is not traced), else the single proposal (a rename or a merge).
     */
    public static Riding answer(RidingMaps maps, RidingCarry carry, Optional<String> typed) throws Refused {
        if (typed.isEmpty() || typed.get().isBlank()) {
            return carry.proposal().orElseThrow(() -> new Refused(RidingTexts.carry(carry)));
        }
        RidingAnswer answer = maps.inForceOn(carry.firstDay()).check(typed.get().strip());
        if (!(answer instanceof RidingAnswer.Found found)) {
            throw new Refused(RidingTexts.refusal(answer));
        }
        if (!carry.choices().isEmpty() && !carry.choices().contains(found.riding())) {
            throw new Refused(I18n.tr("edition.riding.notAChoice", found.riding().name(), carry.former().name(),
                    RidingTexts.names(carry.choices())));
        }
        return found.riding();
    }
}
