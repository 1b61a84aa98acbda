package qc.trousse.ui.posts;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import qc.trousse.posts.Draft;
import qc.trousse.posts.PostService;
import qc.trousse.posts.PostTemplate;
import qc.trousse.store.StoreException;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The office's own templates: keeping the selected draft's text under a name, removing one (both undoable). */
final class OwnTemplates {
    private final PostService posts;
    private final ObjectProperty<PostTemplate> chosen;
    private final Supplier<Optional<Draft>> selected;
    private final Consumer<RuntimeException> fail;
    private final StringProperty name = new SimpleStringProperty("");

    OwnTemplates(PostService posts, ObjectProperty<PostTemplate> chosen, Supplier<Optional<Draft>> selected,
                 Consumer<RuntimeException> fail) {
        this.posts = posts;
        this.chosen = chosen;
        this.selected = selected;
        this.fail = fail;
    }

    StringProperty name() {
        return name;
    }

    Optional<PostTemplate> keep() {
        String typed = name.get() == null ? "" : name.get().strip();
        Optional<Draft> d = selected.get();
        if (typed.isEmpty() || d.isEmpty()) {
            return Optional.empty();
        }
        try {
            PostTemplate t = posts.addTemplate(typed, d.get().french(), d.get().english());
            name.set("");
            chosen.set(t);
            return Optional.of(t);
        } catch (StoreException e) {
            fail.accept(e);
            return Optional.empty();
        }
    }

    /** Removes the chosen template when it is one of the office's own. */
    void drop() {
        PostTemplate t = chosen.get();
        if (t != null && t.custom()) {
            posts.deleteTemplate(t.id());
            chosen.set(posts.templates().get(0));
        }
    }
}
