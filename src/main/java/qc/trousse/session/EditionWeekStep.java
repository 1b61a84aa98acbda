package qc.trousse.session;

import qc.trousse.campaign.CampaignFaults;
import qc.trousse.campaign.WeekShift;
import qc.trousse.edit.CompositeEdit;
import qc.trousse.edit.Edit;
import qc.trousse.edit.SnapshotEdit;

import java.util.ArrayList;
import java.util.List;

/**
 * Semaine de l'édition… as one undo step: the file's campaign text, and when the week moves, the week's gestures,
 * drafts and recipients moved with it to the same weekday (their checklists, the cocktail and the calendar follow
 * from them and from the edition). The text is written first, so a campaign the loader refuses moves nothing.
 * The step writes through this session's services; the caller builds the session anew over the store afterwards.
 */
public final class EditionWeekStep {
    private EditionWeekStep() {
    }

    /** The step, not yet made, writing these values over the file's campaign (the headless `edition set`). */
    public static Edit revising(Session session, java.util.Map<String, String> changes) throws CampaignFaults {
        return of(session, session.edition().ownText(),
                EditionTexts.revised(session.editions(), session.edition(), session.file(), changes).ownText());
    }

    /** The step, not yet made, from the campaign text now ("" for the shipped one) to the one to write. */
    public static Edit of(Session session, String before, String after) throws CampaignFaults {
        WeekShift shift = new WeekShift(session.campaign().start(),
                EditionTexts.of(session.editions(), session.edition().year(), after, session.file()).campaign()
                        .start());
        List<Edit> parts = new ArrayList<>();
        parts.add(SnapshotEdit.writing("edit.edition.week", before, after, session::writeOwnCampaign));
        if (!shift.isNone()) {
            parts.addAll(session.gestures().shifting(shift));
            parts.addAll(session.posts().shifting(shift));
            parts.addAll(session.recipients().shifting(shift));
        }
        return parts.size() == 1 ? parts.get(0) : new CompositeEdit("edit.edition.week", parts);
    }
}
