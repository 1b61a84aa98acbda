package qc.trousse.posts;

import qc.trousse.campaign.Campaign;
import qc.trousse.edit.EditHistory;
import qc.trousse.i18n.Lang;
import qc.trousse.i18n.Localized;
import qc.trousse.office.OfficeService;
import qc.trousse.office.Riding;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The social posts of the open file: every change is saved at once and can be undone. */
public final class PostService {
    private static final Comparator<Draft> BY_SCHEDULE = Comparator.comparing(Draft::day)
            .thenComparing(Draft::time).thenComparingLong(Draft::id);
    private final DraftStore store;
    private final DraftEdits edits;
    private final EditHistory history;
    private final Campaign campaign;
    private final OfficeService office;
    private final List<PostTemplate> shipped;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final PostLinks links;

    public PostService(DraftStore store, EditHistory history, Campaign campaign, OfficeService office,
                       List<PostTemplate> shipped) {
        this.store = store;
        this.edits = new DraftEdits(store, this::fire);
        this.history = history;
        this.campaign = campaign;
        this.office = office;
        this.shipped = List.copyOf(shipped);
        this.links = new PostLinks(campaign.days());
    }

    /** The week plan and the recipients as the posts read them; the session wires them in. */
    public PostLinks links() {
        return links;
    }

    /** Tells the screens to read the plan or the recipients again (a gesture moved, a name was added). */
    public void linksChanged() {
        fire();
    }

    /** Tells the screens to read the drafts again: a colleague changed them on the office's server. */
    public void reload() {
        fire();
    }

    /** The networks the office posts on and how they count (the Mastodon server's limit), as the file says. */
    public OfficeNetworks networks() {
        return store.networks();
    }

    /** Refuses no network at all, or a Mastodon limit no server has; one undo step otherwise. */
    public void setNetworks(OfficeNetworks next) {
        if (next.used().isEmpty()) {
            throw new PostRuleException("posts.error.noNetwork");
        }
        if (next.mastodonLimit() < 0 || next.mastodonLimit() > OfficeNetworks.MASTODON_MAX) {
            throw new PostRuleException("posts.error.mastodonLimit");
        }
        OfficeNetworks before = store.networks();
        if (!next.equals(before)) {
            history.perform(new NetworksEdit(store, this::fire, before, next));
        }
    }

    public Campaign campaign() {
        return campaign;
    }

    public OfficeService office() {
        return office;
    }

    public List<PostTemplate> templates() {
        List<PostTemplate> all = new ArrayList<>(shipped);
        all.addAll(store.customTemplates());
        return all;
    }

    public Optional<PostTemplate> template(String id) {
        return templates().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The drafts in publishing order: by day, then time. */
    public List<Draft> drafts() {
        return store.drafts().stream().sorted(BY_SCHEDULE).toList();
    }

    public List<Draft> draftsOn(LocalDate day) {
        return drafts().stream().filter(d -> d.day().equals(day)).toList();
    }

    public Optional<Draft> draft(long id) {
        return store.drafts().stream().filter(d -> d.id() == id).findFirst();
    }

    /** Makes a draft from a template, its placeholders filled; those with no value stay visible. */
    public Draft create(DraftRequest request) {
        Draft draft = draftFrom(request, store.nextId());
        history.perform(edits.draft("create", null, draft));
        return draft;
    }

    /**
     * Makes the suggested week of drafts in one step (one undo): each slot's template on its day and time,
     * or on its gesture's day when that gesture is planned.
     * A slot whose template is unknown is skipped rather than failing the whole week.
     */
    public List<Draft> prepareWeek(List<TemplateCatalogue.Slot> slots, Map<String, String> typed) {
        List<Draft> made = new ArrayList<>();
        List<LocalDate> days = campaign.days();
        for (TemplateCatalogue.Slot slot : slots) {
            Optional<PostTemplate> t = template(slot.templateId());
            if (t.isPresent() && slot.day() >= 1 && slot.day() <= days.size()) {
                // A post about a planned gesture goes out on that gesture's day.
                LocalDate day = links.plannedDay(t.get()).orElse(days.get(slot.day() - 1));
                made.add(draftFrom(new DraftRequest(slot.templateId(), slot.network(), day, slot.time(), false,
                        typed), store.nextId()));
            }
        }
        if (!made.isEmpty()) {
            history.perform(edits.week(made));
        }
        return made;
    }

    private Draft draftFrom(DraftRequest request, long id) {
        PostTemplate template = template(request.templateId())
                .orElseThrow(() -> new IllegalArgumentException("template: " + request.templateId()));
        if (!campaign.contains(request.day())) {
            throw new PostRuleException("posts.error.dayOutsideWeek", qc.trousse.campaign.WeekWords.with(campaign));
        }
        String riding = office.riding().map(Riding::name).orElse("");
        PlanValues plan = links.values(template);
        String fr = PostValues.fill(template.text().fr(), PostValues.of(office.profile(), riding, campaign,
                request.day(), Lang.FR, plan, request.typed()));
        String en = PostValues.fill(template.text().en(), PostValues.of(office.profile(), riding, campaign,
                request.day(), Lang.EN, plan, request.typed()));
        HashtagStyle style = request.network().look().hashtags();
        return new Draft(id, request.network(), template.id(), template.gestureId(), style.apply(fr), style.apply(en),
                request.bilingual(), request.day(), request.time(), PostState.DRAFT, "", null);
    }

    /** Typing in a version: consecutive keystrokes fold into one undo step. Approval no longer holds. */
    public void editText(long id, Lang lang, String text) {
        change(id, "text." + lang.code(), d -> unapproved(lang == Lang.EN ? d.withEnglish(text) : d.withFrench(text)));
    }

    public void setBilingual(long id, boolean bilingual) {
        change(id, "bilingual", d -> d.withBilingual(bilingual));
    }

    public void setNetwork(long id, Network network) {
        change(id, "network", d -> unapproved(d.withNetwork(network)));
    }

    public void schedule(long id, LocalDate day, LocalTime time) {
        if (!campaign.contains(day)) {
            throw new PostRuleException("posts.error.dayOutsideWeek", qc.trousse.campaign.WeekWords.with(campaign));
        }
        change(id, "schedule", d -> d.withSchedule(day, time));
    }

    /** Moves a draft along brouillon → à approuver → approuvé → publié; too long a post is never approved. */
    public void setState(long id, PostState state, String who, LocalDateTime at) {
        Draft d = draft(id).orElseThrow();
        if ((state == PostState.APPROVED || state == PostState.PUBLISHED) && !networks().fits(d)) {
            throw new PostRuleException("posts.error.tooLong");
        }
        if (state == PostState.PUBLISHED && d.state() != PostState.APPROVED && d.state() != PostState.PUBLISHED) {
            throw new PostRuleException("posts.error.notApproved");
        }
        if (state == PostState.APPROVED && (who == null || who.isBlank())) {
            throw new PostRuleException("posts.error.approverMissing");
        }
        boolean keepsApproval = state == PostState.APPROVED || state == PostState.PUBLISHED;
        change(id, "state", x -> keepsApproval
                ? x.withState(state, state == PostState.APPROVED ? who.strip() : x.approvedBy(),
                state == PostState.APPROVED ? at : x.approvedAt())
                : x.withState(state, "", null));
    }

    public void delete(long id) {
        draft(id).ifPresent(d -> history.perform(edits.draft("delete", d, null)));
    }

    /** The office's own template, kept in the data file. */
    public PostTemplate addTemplate(String title, String french, String english) {
        long n = store.customTemplates().size() + 1L;
        String id = "custom-" + n;
        while (template(id).isPresent()) {
            id = "custom-" + (++n);
        }
        PostTemplate t = new PostTemplate(id, PostTemplate.Kind.CUSTOM, "", new Localized(title, title),
                new Localized(french, english.isBlank() ? french : english));
        history.perform(edits.template(null, t));
        return t;
    }

    public void deleteTemplate(String id) {
        store.customTemplates().stream().filter(t -> t.id().equals(id)).findFirst()
                .ifPresent(t -> history.perform(edits.template(t, null)));
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private static Draft unapproved(Draft d) {
        return d.state() == PostState.APPROVED || d.state() == PostState.PUBLISHED
                ? d.withState(PostState.TO_APPROVE, "", null) : d;
    }

    private void change(long id, String field, java.util.function.UnaryOperator<Draft> how) {
        Draft before = draft(id).orElseThrow(() -> new IllegalArgumentException("draft " + id));
        Draft after = how.apply(before);
        if (!after.equals(before)) {
            history.perform(edits.draft(field, before, after));
        }
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    /** The values typed for a request, for callers that build one from text fields. */
    public static Map<String, String> typed(String person, String organisation) {
        return Map.of("personne", person == null ? "" : person, "organisme", organisation == null ? "" : organisation);
    }
}
