package qc.trousse.posts;

import qc.trousse.campaign.Campaign;
import qc.trousse.campaign.WeekWords;
import qc.trousse.edit.EditHistory;
import qc.trousse.i18n.Lang;
import qc.trousse.office.OfficeService;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final PostLinks links;
    private final NetworkChoice networks;
    private final TemplateShelf templates;
    private final DraftMaker maker;

    public PostService(DraftStore store, EditHistory history, Campaign campaign, OfficeService office,
                       List<PostTemplate> shipped) {
        this.store = store;
        this.edits = new DraftEdits(store, this::fire);
        this.history = history;
        this.campaign = campaign;
        this.office = office;
        this.links = new PostLinks(campaign.days());
        this.networks = new NetworkChoice(store, history, campaign, this::fire);
        this.templates = new TemplateShelf(store, edits, history, shipped);
        this.maker = new DraftMaker(campaign, office, templates, links);
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

    /**
     * The networks the office posts on this edition and how they count (the Mastodon server's limit): its own
     * choice once made, the edition's networks until then.
     */
    public OfficeNetworks networks() {
        return networks.current();
    }

    /** Refuses no network at all, or a Mastodon limit no server has; one undo step otherwise. */
    public void setNetworks(OfficeNetworks next) {
        networks.set(next);
    }

    public Campaign campaign() {
        return campaign;
    }

    public OfficeService office() {
        return office;
    }

    public List<PostTemplate> templates() {
        return templates.all();
    }

    public Optional<PostTemplate> template(String id) {
        return templates.find(id);
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
        Draft draft = maker.make(request, store.nextId());
        history.perform(edits.draft("create", null, draft));
        return draft;
    }

    /**
     * Makes the suggested week of drafts in one step (one undo), on every network the office uses this edition:
     * each slot's template on its day and time, or on its gesture's day when that gesture is planned.
     */
    public List<Draft> prepareWeek(List<TemplateCatalogue.Slot> slots, Map<String, String> typed) {
        List<Draft> made = maker.week(slots, typed, networks().used(), store::nextId);
        if (!made.isEmpty()) {
            history.perform(edits.week(made));
        }
        return made;
    }

    /** Typing in a version: consecutive keystrokes fold into one undo step. Approval no longer holds. */
    public void editText(long id, Lang lang, String text) {
        change(id, "text." + lang.code(),
                d -> PostWorkflow.unapproved(lang == Lang.EN ? d.withEnglish(text) : d.withFrench(text)));
    }

    public void setBilingual(long id, boolean bilingual) {
        change(id, "bilingual", d -> d.withBilingual(bilingual));
    }

    public void setNetwork(long id, Network network) {
        change(id, "network", d -> PostWorkflow.unapproved(d.withNetwork(network)));
    }

    /** The edits that would put the drafts of the week left behind on the same weekday of the new one. */
    public List<qc.trousse.edit.Edit> shifting(qc.trousse.campaign.WeekShift shift) {
        return drafts().stream().filter(d -> shift.moves(d.day()))
                .map(d -> edits.draft("schedule", d, d.withSchedule(shift.apply(d.day()), d.time()))).toList();
    }

    public void schedule(long id, LocalDate day, LocalTime time) {
        if (!campaign.contains(day)) {
            throw new PostRuleException("posts.error.dayOutsideWeek", WeekWords.with(campaign));
        }
        change(id, "schedule", d -> d.withSchedule(day, time));
    }

    /** Moves a draft along brouillon → à approuver → approuvé → publié; too long a post is never approved. */
    public void setState(long id, PostState state, String who, LocalDateTime at) {
        draft(id).orElseThrow();
        change(id, "state", d -> PostWorkflow.moved(d, state, who, at, networks()));
    }

    public void delete(long id) {
        draft(id).ifPresent(d -> history.perform(edits.draft("delete", d, null)));
    }

    /** The office's own template, kept in the data file. */
    public PostTemplate addTemplate(String title, String french, String english) {
        return templates.add(title, french, english);
    }

    public void deleteTemplate(String id) {
        templates.delete(id);
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
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
