package qc.trousse.office;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An office's riding carried into a new edition: the riding it had and the ridings of the new edition's map
 * that may be its riding now. One choice is a proposal (the same riding, or its new name after a rename or a
 * merge); several mean the riding was split and the office chooses; none mean the office picks on the new map.
 * {@code firstDay} is the new edition's first day, whose map the choices are on.
 */
public record RidingCarry(Riding former, LocalDate firstDay, List<Riding> choices) {
    public RidingCarry {
        choices = List.copyOf(choices);
    }

    /** The riding to propose when there is exactly one. */
    public Optional<Riding> proposal() {
        return choices.size() == 1 ? Optional.of(choices.get(0)) : Optional.empty();
    }

    /** Whether the office must choose (a split, or a name the maps do not trace). */
    public boolean needsChoice() {
        return choices.size() != 1;
    }

    /** Whether the riding keeps its name in the new edition. */
    public boolean keepsName() {
        return proposal().map(r -> r.name().equals(former.name())).orElse(false);
    }

    /**
     * The profile with the chosen riding. The region follows the riding unless the office had set its own (a
     * riding over two regions), which is kept.
     */
    public OfficeProfile applyTo(OfficeProfile profile, Riding chosen) {
        if (!choices.isEmpty() && !choices.contains(chosen)) {
            throw new IllegalArgumentException(chosen.name() + " is not among the choices for " + former.name());
        }
        String region = profile.region().isBlank() || profile.region().equals(former.region())
                ? chosen.region() : profile.region();
        return profile.withRiding(chosen.key(), region);
    }
}
