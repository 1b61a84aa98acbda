package qc.trousse.posts;

import qc.trousse.campaign.Campaign;
import qc.trousse.i18n.Lang;
import qc.trousse.office.OfficeProfile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * The values placeholders take: from the profile, the campaign, the draft's day, the week plan and the
 * recipients, and what the user typed (which always wins).
 */
public final class PostValues {
    private PostValues() {
    }

    public static Map<String, String> of(OfficeProfile profile, String ridingName, Campaign campaign, LocalDate day,
                                         Lang lang, Map<String, String> typed) {
        return of(profile, ridingName, campaign, day, lang, PlanValues.NONE, typed);
    }

    /**
     * As above, with what the plan knows: a post about a planned gesture gives that gesture's day as {date}
     * (a certificate presented on Friday is said to be on Friday even when the post goes out later).
     */
    public static Map<String, String> of(OfficeProfile profile, String ridingName, Campaign campaign, LocalDate day,
                                         Lang lang, PlanValues plan, Map<String, String> typed) {
        Map<String, String> values = new HashMap<>();
        values.put("circonscription", ridingName);
        values.put("depute", profile.mnaName());
        values.put("titre", lang == Lang.EN ? profile.title().english() : profile.title().french());
        values.put("hashtag", campaign.hashtag());
        values.put("porte_parole", campaign.spokesperson());
        values.put("site", campaign.site());
        LocalDate dated = plan.gestureDay() != null ? plan.gestureDay() : day;
        if (dated != null) {
            values.put("date", dated.format(DateTimeFormatter.ofPattern(
                    lang == Lang.EN ? "EEEE, MMMM d" : "EEEE d MMMM", lang.locale())));
        }
        putIfSome(values, "personne", plan.person());
        putIfSome(values, "organisme", plan.organisation());
        typed.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                values.put(k, v);
            }
        });
        return values;
    }

    private static void putIfSome(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
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
