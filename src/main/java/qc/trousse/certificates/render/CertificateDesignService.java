package qc.trousse.certificates.render;

import qc.trousse.edit.EditHistory;
import qc.trousse.edit.SnapshotEdit;

import java.util.List;
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
            history.perform(SnapshotEdit.writing("edit.certificates.design", design, after, this::set)
                    .folding("field." + id));
        }
    }

    /** Sets the official certificate as background, or null to go back to the campaign's design. */
    public void setBackground(Background background) {
        CertificateDesign after = background == null ? CertificateDesign.builtIn() : design.withBackground(background);
        if (!after.equals(design)) {
            history.perform(SnapshotEdit.writing("edit.certificates.background", design, after, this::set)
                    .folding("background"));
        }
    }

    /** Reads the design again and tells the screens: a colleague changed it on the office's server. */
    public void reload() {
        CertificateDesign next = store.load();
        if (!next.equals(design)) {
            design = next;
            listeners.forEach(l -> l.accept(next));
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
}
