package qc.trousse.posts;

import qc.trousse.edit.EditHistory;
import qc.trousse.i18n.Localized;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The edition's post templates and the office's own, kept in the data file. */
final class TemplateShelf {
    private final DraftStore store;
    private final DraftEdits edits;
    private final EditHistory history;
    private final List<PostTemplate> shipped;

    TemplateShelf(DraftStore store, DraftEdits edits, EditHistory history, List<PostTemplate> shipped) {
        this.store = store;
        this.edits = edits;
        this.history = history;
        this.shipped = List.copyOf(shipped);
    }

    List<PostTemplate> all() {
        List<PostTemplate> all = new ArrayList<>(shipped);
        all.addAll(store.customTemplates());
        return all;
    }

    Optional<PostTemplate> find(String id) {
        return all().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The office's own template, named custom-1, custom-2… in the order they were made. */
    PostTemplate add(String title, String french, String english) {
        long n = store.customTemplates().size() + 1L;
        String id = "custom-" + n;
        while (find(id).isPresent()) {
            id = "custom-" + (++n);
        }
        PostTemplate t = new PostTemplate(id, PostTemplate.Kind.CUSTOM, "", new Localized(title, title),
                new Localized(french, english.isBlank() ? french : english));
        history.perform(edits.template(null, t));
        return t;
    }

    void delete(String id) {
        store.customTemplates().stream().filter(t -> t.id().equals(id)).findFirst()
                .ifPresent(t -> history.perform(edits.template(t, null)));
    }
}
