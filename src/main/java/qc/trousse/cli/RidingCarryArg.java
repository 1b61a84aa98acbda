package qc.trousse.cli;

import qc.trousse.campaign.CampaignFaults;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.I18n;
import qc.trousse.office.CarriedRiding;
import qc.trousse.office.Riding;
import qc.trousse.office.RidingAnswer;
import qc.trousse.office.RidingCarry;
import qc.trousse.office.RidingMaps;
import qc.trousse.office.RidingTexts;
import qc.trousse.store.DataFileException;
import qc.trousse.store.EditionFileMaker;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * `edition new --from OLD.db [--riding NAME]`: the office's riding on the map in force on the new edition's first
 * day. A rename or a merge is taken and said; a split (LaFontaine) or a riding the maps do not trace must be given
 * with --riding, else the command refuses in one line before anything is made.
 */
final class RidingCarryArg {
    private RidingCarryArg() {
    }

    static Optional<EditionFileMaker.NewRiding> resolve(Path from, int year, String text, Optional<String> typed,
                                                        PrintStream out) throws CommandFailure {
        EditionFileMaker.OldFile old;
        LocalDate oldDay;
        LocalDate newDay;
        try {
            old = EditionFileMaker.read(from);
            Editions editions = Editions.shipped();
            oldDay = editions.edition(old.edition().year(), old.edition().campaign(), from.getFileName().toString())
                    .firstDay();
            newDay = editions.edition(year, text, "").firstDay();
        } catch (DataFileException e) {
            throw new CommandFailure(e.userMessage());
        } catch (CampaignFaults e) {
            throw new CommandFailure(e.firstFault());
        }
        RidingMaps maps = RidingMaps.shipped();
        Optional<RidingCarry> question = CarriedRiding.question(maps, old.profile(), oldDay, newDay);
        try {
            if (question.isPresent()) {
                RidingCarry carry = question.get();
                Riding now = CarriedRiding.answer(maps, carry, typed);
                out.println(I18n.tr("edition.cli.ridingNow", carry.former().name(), now.name()));
                return Optional.of(new EditionFileMaker.NewRiding(now.key(),
                        carry.applyTo(old.profile(), now).region()));
            }
        } catch (CarriedRiding.Refused e) {
            throw new CommandFailure(I18n.tr("edition.cli.ridingRefused", e.getMessage()));
        }
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        // the riding keeps its name (or there was none): --riding names it on the new map, checked as profile set does
        RidingAnswer answer = maps.inForceOn(newDay).check(typed.get().strip());
        if (answer instanceof RidingAnswer.Found found) {
            return Optional.of(new EditionFileMaker.NewRiding(found.riding().key(), found.riding().region()));
        }
        throw new CommandFailure(I18n.tr("edition.cli.ridingRefused", RidingTexts.refusal(answer)));
    }
}
