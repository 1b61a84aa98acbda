package qc.trousse.certificates;

import qc.trousse.edit.Edit;
import qc.trousse.edit.SnapshotEdit;

import java.util.List;

/** The undoable edits of the recipients: each writes the file in one transaction, then refreshes the service. */
final class RecipientEdits {
    private RecipientEdits() {
    }

    static final class Insert implements Edit {
        private final List<Recipient> fresh;
        private final String key;
        private List<Recipient> saved;
        private boolean alreadyWritten;
        private final RecipientService service;
        private final RecipientStore store;

        /** @param written the rows are already in the file (with their ids): the first apply only shows them */
        Insert(RecipientService service, RecipientStore store, List<Recipient> rows, String key, boolean written) {
            this.service = service;
            this.store = store;
            this.fresh = List.copyOf(rows);
            this.key = key;
            this.saved = written ? fresh : null;
            this.alreadyWritten = written;
        }

        /** The rows with their ids, once applied. */
        List<Recipient> saved() {
            return saved;
        }

        @Override
        public void apply() {
            if (alreadyWritten) {
                alreadyWritten = false;
            } else if (saved == null) {
                saved = store.insert(fresh);
            } else {
                store.restore(saved);
            }
            service.reload();
        }

        @Override
        public void revert() {
            store.delete(saved.stream().map(Recipient::id).toList());
            service.reload();
        }

        @Override
        public String descriptionKey() {
            return key;
        }
    }

    /** One recipient changed. A print recorded since this edit stays recorded unless the edit changed the state. */
    static SnapshotEdit<Recipient> update(RecipientService service, RecipientStore store, Recipient before,
                                          Recipient after) {
        boolean stateEdited = before.state() != after.state();
        return SnapshotEdit.writing("edit.recipients.edit", before, after, target -> {
            Recipient current = service.find(target.id()).orElse(target);
            store.update(stateEdited ? target : target.withPrintingOf(current));
            service.reload();
        });
    }

    static final class Delete implements Edit {
        private final List<Recipient> gone;

        private final RecipientService service;
        private final RecipientStore store;

        Delete(RecipientService service, RecipientStore store, List<Recipient> gone) {
            this.service = service;
            this.store = store;
            this.gone = List.copyOf(gone);
        }

        @Override
        public void apply() {
            store.delete(gone.stream().map(Recipient::id).toList());
            service.reload();
        }

        @Override
        public void revert() {
            store.restore(gone);
            service.reload();
        }

        @Override
        public String descriptionKey() {
            return "edit.recipients.delete";
        }
    }
}
