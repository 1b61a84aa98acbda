package qc.trousse.session;

import qc.trousse.campaign.CampaignFaults;
import qc.trousse.campaign.CampaignFile;
import qc.trousse.campaign.Edition;
import qc.trousse.campaign.Editions;
import qc.trousse.store.DataFile;
import qc.trousse.store.Store;

import java.util.Map;

/** A file's own campaign text changed and read back whole, faults named after the file or the database. */
final class EditionTexts {
    private EditionTexts() {
    }

    static String name(Store file) {
        return file instanceof DataFile data ? data.path().getFileName().toString() : file.where();
    }

    /** The edition with the values written over its text (the shipped file's when it has none of its own). */
    static Edition revised(Editions editions, Edition edition, Store file, Map<String, String> changes)
            throws CampaignFaults {
        String base = edition.ownText().isEmpty() ? editions.text(edition.year()).orElseThrow() : edition.ownText();
        return of(editions, edition.year(), CampaignFile.parse(name(file), base).with(changes), file);
    }

    static Edition of(Editions editions, int year, String text, Store file) throws CampaignFaults {
        return editions.edition(year, text, name(file));
    }
}
