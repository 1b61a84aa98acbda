package qc.trousse.cocktail;

import qc.trousse.edit.Edit;

import java.util.List;
import java.util.Optional;

/**
 * What a change of guests brings along elsewhere, in the same undo step: a guest newly marked to receive a
 * certificate becomes a recipient. The cocktail does not know the certificates; the session connects them.
 */
@FunctionalInterface
public interface GuestFollowUp {
    GuestFollowUp NONE = (honoured, withdrawn) -> Optional.empty();

    /**
     * @param honoured  guests added with the certificate mark, or whose mark was just set
     * @param withdrawn guests whose mark was just cleared, or who were deleted with it
     * @return the edit to make with the guests' own, or empty when nothing else changes
     */
    Optional<Edit> after(List<Guest> honoured, List<Guest> withdrawn);
}
