package qc.trousse.certificates.batch;

import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientState;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Which recipients a batch is for: all of them, the ones selected in the list, or those not yet printed. */
public enum Scope {
    ALL, SELECTION, UNPRINTED;

    /** The recipients of this scope, in the order of the list. */
    public List<Recipient> choose(List<Recipient> all, Collection<Long> selectedIds) {
        Set<Long> selected = Set.copyOf(selectedIds);
        return all.stream().filter(r -> switch (this) {
            case ALL -> true;
            case SELECTION -> selected.contains(r.id());
            case UNPRINTED -> notYetPrinted(r);
        }).collect(Collectors.toList());
    }

    /** Still to print: never printed, and not marked handed over (a presented certificate was printed by hand). */
    public static boolean notYetPrinted(Recipient r) {
        return r.state() == RecipientState.TO_PRINT && r.printed().isEmpty();
    }

    public String labelKey() {
        return "output.scope." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
