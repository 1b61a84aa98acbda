package qc.trousse.report;

import qc.trousse.i18n.I18n;
import qc.trousse.store.ChangeLog;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who did what on the office's server, in a few lines for the report screen and the `report` command: how many
 * changes each staff member made and when last, then the latest changes. Empty when the store keeps no log.
 */
public final class StaffActivity {
    private StaffActivity() {
    }

    public static List<String> lines(ChangeLog log, ZoneId zone, int latest) {
        List<String> lines = new ArrayList<>();
        List<ChangeLog.Tally> tallies = log.byMember();
        if (tallies.isEmpty()) {
            return lines;
        }
        DateTimeFormatter when = DateTimeFormatter.ofPattern(I18n.tr("activity.when"), I18n.language().locale());
        for (ChangeLog.Tally t : tallies) {
            lines.add(I18n.count("activity.member", t.changes(), t.member(), when.format(t.last().atZone(zone))));
        }
        lines.add(I18n.tr("activity.latest"));
        for (ChangeLog.Entry e : log.latest(latest)) {
            lines.add(I18n.tr("activity.entry", when.format(e.at().atZone(zone)), e.member(), what(e)));
        }
        return lines;
    }

    /** « récipiendaire 12 : modifié (name) ». */
    public static String what(ChangeLog.Entry e) {
        String action = I18n.tr("activity.action." + e.action().toLowerCase(Locale.ROOT));
        String item = I18n.tr("activity.item." + e.table(), e.rowId());
        return e.what().isBlank() ? I18n.tr("activity.what", item, action)
                : I18n.tr("activity.whatDetail", item, action, detail(e));
    }

    /** What an update changed, in the user's words (« nom, raison »); an added or deleted item's own name as is. */
    public static String detail(ChangeLog.Entry e) {
        if (!e.action().equals("UPDATE")) {
            return e.what();
        }
        java.util.ResourceBundle words = I18n.bundle(I18n.language());
        return java.util.Arrays.stream(e.what().split(", "))
                .map(f -> words.containsKey("activity.field." + f) ? words.getString("activity.field." + f) : f)
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
