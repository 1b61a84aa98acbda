package qc.trousse.session;

import qc.trousse.campaign.CampaignFaults;
import qc.trousse.campaign.CampaignFile;
import qc.trousse.campaign.CampaignLoader;
import qc.trousse.campaign.Edition;
import qc.trousse.campaign.EditionDraft;
import qc.trousse.i18n.I18n;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A campaign file the office receives (from the campaign's secretariat, say) becoming its file's edition: read as
 * UTF-8, checked whole by the loader (each fault names its line and key), of the file's own year, and only then
 * written, as one undo step with the week's plan moved along when its week differs ({@link EditionWeekStep}, the
 * same step as Semaine de l'édition…). Screens read the new campaign once the file is opened again.
 */
public final class CampaignImport {
    /** A campaign file is a page of text; anything far larger is not one. */
    static final long MAX_BYTES = 1 << 20;

    private CampaignImport() {
    }

    /** A file that cannot be read as a campaign file's text: one sentence naming it. */
    public static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    public static EditionDraft.Source read(Path file) throws Unreadable {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                throw new Unreadable(I18n.tr("campaign.import.notACampaign", file));
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return new EditionDraft.Source(file.getFileName().toString(), text);
        } catch (CharacterCodingException e) {
            throw new Unreadable(I18n.tr("campaign.import.notUtf8", file));
        } catch (IOException e) {
            throw new Unreadable(I18n.tr("campaign.import.unreadable", file));
        }
    }

    /** The edition the file would serve; a fault, or a campaign of another year than the file's, refuses it. */
    public static Edition check(Session session, EditionDraft.Source source) throws CampaignFaults {
        Edition received = new Edition(CampaignLoader.read(source.name(), source.text()), source.text());
        int year = session.edition().year();
        if (received.year() != year) {
            int line = CampaignFile.parse(source.name(), source.text()).entry("year").map(CampaignFile.Entry::line)
                    .orElse(0);
            throw new CampaignFaults(List.of(I18n.tr("campaign.fault.at", source.name(), String.valueOf(line),
                    "year", I18n.tr("campaign.import.otherYear", String.valueOf(year)))));
        }
        return received;
    }

    /**
     * Writes the checked campaign as the store's own through the session (a file or the server), one undo step: a
     * campaign whose week is not the file's moves the week's gestures, posts and recipients to the same weekday.
     */
    public static void write(Session session, Edition checked) throws CampaignFaults {
        session.history().perform(EditionWeekStep.of(session, session.edition().ownText(), checked.ownText()));
        session.history().seal();
    }
}
