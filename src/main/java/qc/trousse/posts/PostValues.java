package qc.trousse.posts;

import qc.trousse.campaign.Campaign;
import qc.trousse.i18n.Lang;
import qc.trousse.office.OfficeProfile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/** The values placeholders take: from the profile, the campaign, the draft's day, and what the user typed. */
public final class PostValues {
    private PostValues() {
    }

    public static Map<String, String> of(OfficeProfile profile, String ridingName, Campaign campaign, LocalDate day,
                                         Lang lang, Map<String, String> typed) {
        Map<String, String> values = new HashMap<>();
        values.put("circonscription", ridingName);
        values.put("depute", profile.mnaName());
        values.put("titre", lang == Lang.EN ? profile.title().english() : profile.title().french());
        values.put("hashtag", campaign.hashtag());
        values.put("porte_parole", campaign.spokesperson());
        values.put("site", campaign.site());
        if (day != null) {
            values.put("date", day.format(DateTimeFormatter.ofPattern(
                    lang == Lang.EN ? "EEEE, MMMM d" : "EEEE d MMMM", lang.locale())));
        }
        typed.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                values.put(k, v);
            }
        });
        return values;
    }

    /** Fills the template and capitalises a sentence that now begins with a value ("mardi 18 février : …"). */
    public static String fill(String template, Map<String, String> values) {
        String text = Placeholders.fill(template, values).text();
        if (!text.isEmpty() && Character.isLowerCase(text.charAt(0)) && template.startsWith("{")) {
            text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }
}
