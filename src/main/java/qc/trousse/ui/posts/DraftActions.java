package qc.trousse.ui.posts;

import qc.trousse.edit.EditHistory;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.posts.PostService;
import qc.trousse.posts.Typography;
import qc.trousse.ui.DialogService;

/** What the editor's buttons do to the selected draft: fix its typography, copy it, delete it. */
public final class DraftActions {
    private final DraftEditorModel editor;
    private final PostService posts;
    private final EditHistory history;
    private final DialogService dialogs;

    DraftActions(DraftEditorModel editor, PostService posts, EditHistory history, DialogService dialogs) {
        this.editor = editor;
        this.posts = posts;
        this.history = history;
        this.dialogs = dialogs;
    }

    /** One click: the Québec-French fixes on the French text (the apostrophe on the English), one undo step. */
    public void fixTypography() {
        editor.current().ifPresent(d -> {
            history.seal();
            editor.run(() -> posts.editText(d.id(), Lang.FR, Typography.fix(d.french(), true)));
            if (d.bilingual()) {
                history.seal();
                editor.run(() -> posts.editText(d.id(), Lang.EN, Typography.fix(d.english(), false)));
            }
            history.seal();
        });
    }

    public void delete() {
        editor.current().ifPresent(d -> {
            if (dialogs.confirm(I18n.tr("posts.delete.title"), I18n.tr("posts.delete.confirm"))) {
                editor.run(() -> posts.delete(d.id()));
                editor.select(null);
            }
        });
    }

    /** What the clipboard gets: the French text, then the English when the post is bilingual. */
    public String clipboardText() {
        return editor.current().map(d -> String.join("\n\n", d.versions())).orElse("");
    }
}
