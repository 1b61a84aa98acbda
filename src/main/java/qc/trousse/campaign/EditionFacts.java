package qc.trousse.campaign;

import qc.trousse.i18n.Localized;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * What an edition states beyond the flyer's texts: its year, whether its week is announced, its hashtags, its
 * Jeudi perséVERT, the Assembly event's hours and whether it is confirmed, the certificate's wording, and the
 * edition whose key messages and gestures it carries over (0 when they are its own).
 */
public record EditionFacts(
        int year,
        boolean weekConfirmed,
        List<String> hashtags,
        Optional<LocalDate> persevertDay,
        boolean assemblyConfirmed,
        LocalTime assemblyStart,
        LocalTime assemblyEnd,
        String assemblyAddress,
        Localized certificateTitle,
        Localized certificatePresentedTo,
        int carriedOverFrom) {

    public EditionFacts {
        hashtags = List.copyOf(hashtags);
    }
}
