package qc.trousse.campaign;

import qc.trousse.i18n.I18n;

import java.util.List;

/** A campaign file that cannot be used, with one sentence per fault, each naming the file, line and key. */
public final class CampaignFaults extends RuntimeException {
    private final transient List<String> faults;

    public CampaignFaults(List<String> faults) {
        super(String.join("\n", faults));
        this.faults = List.copyOf(faults);
    }

    public List<String> faults() {
        return faults;
    }

    /** The first fault alone: what a one-line refusal says (the others follow in the log or the dialog). */
    public String firstFault() {
        return faults.get(0);
    }

    static String at(String file, int line, String key, String reasonKey, Object... args) {
        return I18n.tr("campaign.fault.at", file, String.valueOf(line), key, I18n.tr(reasonKey, args));
    }

    static String atLine(String file, int line, String reasonKey) {
        return I18n.tr("campaign.fault.atLine", file, String.valueOf(line), I18n.tr(reasonKey));
    }

    static String missing(String file, String key) {
        return I18n.tr("campaign.fault.missing", file, key);
    }
}
