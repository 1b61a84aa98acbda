package qc.trousse.campaign;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/** The gesture families, the gestures and their templates (slot and checklist steps) of a campaign file. */
record GestureSection(List<GestureFamily> families, Map<String, GestureTemplate> templates) {
    private static final ResourceBundle STEPS = qc.trousse.i18n.I18n.bundle(qc.trousse.i18n.Lang.FR);

    static GestureSection read(CampaignReader r) {
        List<String> familyIds = new ArrayList<>();
        for (int f = 1; f <= r.number("family.count"); f++) {
            familyIds.add(r.text("family." + f + ".id"));
        }
        Map<String, List<CatalogueGesture>> byFamily = new HashMap<>();
        Map<String, GestureTemplate> templates = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (int g = 1; g <= r.number("gesture.count"); g++) {
            String key = "gesture." + g;
            String id = r.text(key + ".id");
            String family = r.text(key + ".family");
            if (!ids.add(id)) {
                r.fault(key + ".id", "campaign.fault.repeatedId", id);
            }
            if (!family.isEmpty() && !familyIds.contains(family)) {
                r.fault(key + ".family", "campaign.fault.family", family);
            }
            byFamily.computeIfAbsent(family, k -> new ArrayList<>())
                    .add(new CatalogueGesture(id, family, r.localized(key + ".lead"), r.localized(key)));
            if (r.has(key + ".slot")) {
                templates.put(id, template(r, key, id));
            }
        }
        List<GestureFamily> families = new ArrayList<>();
        for (int f = 1; f <= familyIds.size(); f++) {
            String id = familyIds.get(f - 1);
            families.add(new GestureFamily(id, r.localized("family." + f), byFamily.getOrDefault(id, List.of())));
        }
        return new GestureSection(families, templates);
    }

    /** "10:00-11:00" and "recipient -7; place -7; photo 0": the slot and the steps, each step a known text. */
    private static GestureTemplate template(CampaignReader r, String key, String id) {
        String[] slot = r.text(key + ".slot").split("-", 2);
        LocalTime start = r.time(key + ".slot", slot[0].strip(), LocalTime.of(10, 0));
        LocalTime end = slot.length < 2 ? start : r.time(key + ".slot", slot[1].strip(), start);
        if (!end.isAfter(start)) {
            r.fault(key + ".slot", "campaign.fault.hours", r.optional(key + ".slot"));
        }
        List<GestureTemplate.Step> steps = new ArrayList<>();
        String text = r.optional(key + ".steps");
        for (String step : text.isEmpty() ? new String[0] : text.split(";")) {
            String[] parts = step.strip().split("\\s+");
            String stepKey = "gestures.item." + id + "." + parts[0];
            if (parts.length != 2 || !parts[1].matches("[+-]?\\d{1,2}") || !STEPS.containsKey(stepKey)) {
                r.fault(key + ".steps", "campaign.fault.step", step.strip());
                continue;
            }
            steps.add(new GestureTemplate.Step(stepKey, Integer.parseInt(parts[1].replace("+", ""))));
        }
        return new GestureTemplate(start, end, steps);
    }
}
