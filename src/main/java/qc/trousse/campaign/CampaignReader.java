package qc.trousse.campaign;

import qc.trousse.i18n.Localized;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads typed values out of a campaign file and collects every fault instead of stopping at the first, so the
 * office fixes its file in one pass. A value that cannot be read yields a harmless stand-in and a fault.
 */
final class CampaignReader {
    private final CampaignFile file;
    private final List<String> faults = new ArrayList<>();
    private final Set<String> read = new HashSet<>();

    CampaignReader(CampaignFile file) {
        this.file = file;
        faults.addAll(file.faults());
    }

    /** A value that must be given. */
    String text(String key) {
        String v = optional(key);
        if (v.isEmpty() && file.entry(key).isPresent()) {
            fault(key, "campaign.fault.empty");
        } else if (v.isEmpty()) {
            faults.add(CampaignFaults.missing(file.name(), key));
        }
        return v;
    }

    /** A value that may be left empty (not announced); the key itself must be there. */
    String maybe(String key) {
        if (file.entry(key).isEmpty()) {
            faults.add(CampaignFaults.missing(file.name(), key));
        }
        return optional(key);
    }

    /** A value whose key may be left out altogether. */
    String optional(String key) {
        read.add(key);
        return file.entry(key).map(CampaignFile.Entry::value).orElse("");
    }

    boolean has(String key) {
        return file.entry(key).isPresent();
    }

    Localized localized(String key) {
        return new Localized(text(key + ".fr"), text(key + ".en"));
    }

    Localized maybeLocalized(String key) {
        return new Localized(maybe(key + ".fr"), maybe(key + ".en"));
    }

    int number(String key) {
        String v = text(key);
        try {
            return v.isEmpty() ? 0 : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            fault(key, "campaign.fault.number", v);
            return 0;
        }
    }

    LocalDate date(String key, LocalDate fallback) {
        return parseDate(key, text(key)).orElse(fallback);
    }

    Optional<LocalDate> maybeDate(String key) {
        return parseDate(key, optional(key));
    }

    private Optional<LocalDate> parseDate(String key, String v) {
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            fault(key, "campaign.fault.date", v);
            return Optional.empty();
        }
    }

    LocalTime time(String key, String v, LocalTime fallback) {
        try {
            return LocalTime.parse(v.length() == 4 ? "0" + v : v);
        } catch (DateTimeParseException e) {
            fault(key, "campaign.fault.time", v);
            return fallback;
        }
    }

    boolean yesNo(String key) {
        String v = text(key);
        if (!v.isEmpty() && !v.equals("yes") && !v.equals("no")) {
            fault(key, "campaign.fault.yesNo", v);
        }
        return v.equals("yes");
    }

    /** A fault about a key that is in the file: named with its line. */
    void fault(String key, String reasonKey, Object... args) {
        int line = file.entry(key).map(CampaignFile.Entry::line).orElse(0);
        faults.add(line == 0 ? CampaignFaults.missing(file.name(), key)
                : CampaignFaults.at(file.name(), line, key, reasonKey, args));
    }

    /** Throws every fault found, and one for each key no part of the loader knows (a typo, most often). */
    void finish() {
        for (String key : file.keys()) {
            if (!read.contains(key)) {
                fault(key, "campaign.fault.unknownKey");
            }
        }
        if (!faults.isEmpty()) {
            throw new CampaignFaults(faults);
        }
    }
}
