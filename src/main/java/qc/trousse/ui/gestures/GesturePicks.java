package qc.trousse.ui.gestures;

import qc.trousse.gestures.GestureEntry;
import qc.trousse.gestures.GestureRules;
import qc.trousse.gestures.GestureService;
import qc.trousse.gestures.PlannedGesture;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.DialogService;

import java.util.List;
import java.util.Optional;

/**
 * The walk-through's first step: the flyer's gestures by family and the office's own, each tick saved at once as
 * a gesture in the plan.
 */
public final class GesturePicks {
    private final GestureService service;
    private final DialogService dialogs;
    private final Runnable picked;

    GesturePicks(GestureService service, DialogService dialogs, Runnable picked) {
        this.service = service;
        this.dialogs = dialogs;
        this.picked = picked;
    }

    public List<GestureEntry> entries() {
        return service.catalogue().entries();
    }

    public String familyTitle(String familyId) {
        return service.campaign().families().stream().filter(f -> f.id().equals(familyId)).findFirst()
                .map(f -> f.title().current()).orElse(familyId);
    }

    public List<String> familyIds() {
        return service.campaign().families().stream().map(f -> f.id()).toList();
    }

    public boolean isChosen(String key) {
        return chosen().stream().anyMatch(g -> g.gestureKey().equals(key));
    }

    /** Ticking a gesture puts it in the plan at once; unticking takes the latest of that kind out. */
    public void setChosen(String key, boolean chosen) {
        if (chosen && !isChosen(key)) {
            Guard.run(dialogs, () -> service.choose(key));
        } else if (!chosen) {
            chosen().stream().filter(g -> g.gestureKey().equals(key)).reduce((a, b) -> b)
                    .ifPresent(g -> Guard.run(dialogs, () -> service.remove(g.id())));
        }
        picked.run();
    }

    /** Writes the office's own gesture and picks it; returns the problem in words, or empty. */
    public Optional<String> addCustom(String title, String familyId, String description) {
        Optional<String> problem = GestureRules.title(title).map(I18n::tr);
        if (problem.isEmpty()) {
            Guard.run(dialogs, () -> service.addCustom(title, familyId == null ? familyIds().get(0) : familyId,
                    description));
        }
        return problem;
    }

    /** The gestures in the plan that are not cancelled, by day and time. */
    public List<PlannedGesture> chosen() {
        return service.all().stream().filter(g -> g.state().active()).toList();
    }
}
