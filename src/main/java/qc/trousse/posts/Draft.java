package qc.trousse.posts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A post for one network. French always; English too when the office publishes both (bilingual). Who approved
 * it and when stay empty (and null) until the MNA approves.
 */
public record Draft(long id, Network network, String templateId, String gestureId, String french, String english,
                    boolean bilingual, LocalDate day, LocalTime time, PostState state, String approvedBy,
                    LocalDateTime approvedAt) {

    public Draft withFrench(String v) {
        return new Draft(id, network, templateId, gestureId, v, english, bilingual, day, time, state, approvedBy,
                approvedAt);
    }

    public Draft withEnglish(String v) {
        return new Draft(id, network, templateId, gestureId, french, v, bilingual, day, time, state, approvedBy,
                approvedAt);
    }

    public Draft withBilingual(boolean v) {
        return new Draft(id, network, templateId, gestureId, french, english, v, day, time, state, approvedBy,
                approvedAt);
    }

    public Draft withNetwork(Network v) {
        return new Draft(id, v, templateId, gestureId, french, english, bilingual, day, time, state, approvedBy,
                approvedAt);
    }

    public Draft withSchedule(LocalDate d, LocalTime t) {
        return new Draft(id, network, templateId, gestureId, french, english, bilingual, d, t, state, approvedBy,
                approvedAt);
    }

    public Draft withState(PostState v, String by, LocalDateTime at) {
        return new Draft(id, network, templateId, gestureId, french, english, bilingual, day, time, v, by, at);
    }

    /** The versions that will be published: French, then English when bilingual. */
    public List<String> versions() {
        List<String> texts = new ArrayList<>(List.of(french));
        if (bilingual) {
            texts.add(english);
        }
        return texts;
    }

    /** Every version fits the network's rules on the draft's day, with no office setting (see PostService). */
    public boolean fits() {
        return OfficeNetworks.DEFAULT.fits(this);
    }
}
