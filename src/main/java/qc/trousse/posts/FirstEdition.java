package qc.trousse.posts;

import qc.trousse.campaign.Editions;

import java.time.LocalDate;

/**
 * The day undated counts are made on: the first day of the first edition the app serves, so a text with no
 * planned day counts as it always did. Read lazily: the networks must not wait for the editions to load.
 */
final class FirstEdition {
    private FirstEdition() {
    }

    static LocalDate day() {
        return Holder.DAY;
    }

    private static final class Holder {
        static final LocalDate DAY = Editions.shipped().all().get(0).start();
    }
}
