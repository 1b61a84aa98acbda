package qc.trousse.certificates.render;

import qc.trousse.edit.Edit;
import qc.trousse.edit.EditHistory;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The certificate design of the open file: each change is saved at once and can be undone. */
public final class CertificateDesignService {
    private final DesignStore store;
    private final EditHistory history;
    private final List<Consumer<CertificateDesign>> listeners = new CopyOnWriteArrayList<>();
    private CertificateDesign design;

    public CertificateDesignService(DesignStore store, EditHistory history) {
        this.store = store;
        this.history = history;
        this.design = store.load();
    }

    public CertificateDesign design() {
        return design;
    }

    /** Moves or restyles one field; successive drags of the same field fold into one undo step. */
    public void updateField(FieldId id, FieldStyle style) {
        CertificateDesign after = design.with(id, style);
        if (!after.equals(design)) {
            history.perform(new DesignEdit("field." + id, "edit.certificates.design", design, after));
        }
    }

    /** Sets the official certificate as background, or null to go back to the campaign's design. */
    public void setBackground(Background background) {
        CertificateDesign after = background == null ? CertificateDesign.builtIn() : design.withBackground(background);
        if (!after.equals(design)) {
            history.perform(new DesignEdit("background", "edit.certificates.background", design, after));
        }
    }

    public void addListener(Consumer<CertificateDesign> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<CertificateDesign> listener) {
        listeners.remove(listener);
    }

    private void set(CertificateDesign next) {
        store.save(design, next);
        design = next;
        listeners.forEach(l -> l.accept(next));
    }

    private final class DesignEdit implements Edit {
        private final String what;
        private final String key;
        private final CertificateDesign before;
        private final CertificateDesign after;

        DesignEdit(String what, String key, CertificateDesign before, CertificateDesign after) {
            this.what = what;
            this.key = key;
            this.before = before;
            this.after = after;
        }

        @Override
        public void apply() {
            set(after);
        }

        @Override
        public void revert() {
            set(before);
        }

        @Override
        public String descriptionKey() {
            return key;
        }

        @Override
        public Optional<Edit> absorb(Edit next) {
            if (next instanceof DesignEdit other && other.what.equals(what)) {
                return Optional.of(new DesignEdit(what, key, before, other.after));
            }
            return Optional.empty();
        }
    }
}
