package qc.trousse.posts;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/** What the user chose to make a draft: a template, a network, a day and time, and the values they typed. */
public record DraftRequest(String templateId, Network network, LocalDate day, LocalTime time, boolean bilingual,
                           Map<String, String> typed) {
    public DraftRequest {
        typed = Map.copyOf(typed);
    }
}
