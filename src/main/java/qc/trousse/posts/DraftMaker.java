package qc.trousse.posts;

import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.WeekWords;
import qc.trousse.i18n.Lang;
import qc.trousse.office.OfficeService;
import qc.trousse.office.Riding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Makes drafts from templates: placeholders filled from the profile, the campaign, the plan and what was typed,
 * the hashtags where the network's readers expect them; and the suggested week, on every network the office
 * uses this edition.
 */
final class DraftMaker {
    private final Campaign campaign;
    private final OfficeService office;
    private final TemplateShelf templates;
    private final PostLinks links;

    DraftMaker(Campaign campaign, OfficeService office, TemplateShelf templates, PostLinks links) {
        this.campaign = campaign;
        this.office = office;
        this.templates = templates;
        this.links = links;
    }

    Draft make(DraftRequest request, long id) {
        PostTemplate template = templates.find(request.templateId())
                .orElseThrow(() -> new IllegalArgumentException("template: " + request.templateId()));
        if (!campaign.contains(request.day())) {
            throw new PostRuleException("posts.error.dayOutsideWeek", WeekWords.with(campaign));
        }
        String riding = office.riding().map(Riding::name).orElse("");
        PlanValues plan = links.values(template);
        String fr = PostValues.fill(template.text().fr(), values(request, riding, Lang.FR, plan));
        String en = PostValues.fill(template.text().en(), values(request, riding, Lang.EN, plan));
        HashtagStyle style = request.network().look().hashtags();
        return new Draft(id, request.network(), template.id(), template.gestureId(), style.apply(fr), style.apply(en),
                request.bilingual(), request.day(), request.time(), PostState.DRAFT, "", null);
    }

    /** The values of the placeholders, with {compte}: the office's handle on the draft's network. */
    private Map<String, String> values(DraftRequest request, String riding, Lang lang, PlanValues plan) {
        Map<String, String> values = new java.util.HashMap<>(PostValues.of(office.profile(), riding, campaign,
                request.day(), lang, plan, request.typed()));
        String handle = request.network().handle(office.profile().handles());
        if (!handle.isBlank() && !request.typed().containsKey("compte")) {
            values.put("compte", handle);
        }
        return values;
    }

    /**
     * The suggested week on the networks used: each slot on its own network, and on each network that takes
     * that network's slots because the week names none of its own ({@link Network#weekLike()}). A post about a
     * planned gesture goes out on that gesture's day; a slot whose template is unknown is skipped.
     */
    List<Draft> week(List<TemplateCatalogue.Slot> slots, Map<String, String> typed, List<Network> used,
                     LongSupplier ids) {
        List<Network> named = slots.stream().map(TemplateCatalogue.Slot::network).distinct().toList();
        List<LocalDate> days = campaign.days();
        List<Draft> made = new ArrayList<>();
        for (TemplateCatalogue.Slot slot : slots) {
            Optional<PostTemplate> t = templates.find(slot.templateId());
            if (t.isEmpty() || slot.day() < 1 || slot.day() > days.size()) {
                continue;
            }
            LocalDate day = links.plannedDay(t.get()).orElse(days.get(slot.day() - 1));
            for (Network n : used) {
                boolean takes = n == slot.network() || !named.contains(n) && n.weekLike() == slot.network();
                if (takes) {
                    made.add(make(new DraftRequest(slot.templateId(), n, day, slot.time(), false, typed),
                            ids.getAsLong()));
                }
            }
        }
        return made;
    }
}
