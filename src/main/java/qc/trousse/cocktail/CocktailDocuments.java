package qc.trousse.cocktail;

import qc.trousse.cocktail.print.CocktailPrints;
import qc.trousse.cocktail.print.GuestSelection;
import qc.trousse.cocktail.print.PrintData;
import qc.trousse.work.WholeFile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes the cocktail's files (.ics, PDF) for the window and the headless commands alike. Each file is
 * written whole (see {@link WholeFile}), so a failure never leaves half a file.
 */
public final class CocktailDocuments {
    private CocktailDocuments() {
    }

    /** "cocktail de la persévérance scolaire" → "Cocktail de la persévérance scolaire". */
    public static String title(String cocktailName) {
        return cocktailName.isEmpty() ? "" : cocktailName.substring(0, 1).toUpperCase(Locale.ROOT)
                + cocktailName.substring(1);
    }

    public static void writeIcs(CocktailService cocktail, CocktailCalendar calendar, String title, boolean week,
                                Path target) throws IOException {
        writeWhole(target, out -> calendar.write(cocktail.calendar(title, week), Instant.now(), out));
    }

    public static PrintData printData(CocktailService cocktail, DoorCheckIn door, String title, String mna) {
        return new PrintData(title, mna, cocktail.event(), cocktail.plan(), door.guests(), cocktail.vehicles(),
                door.counts());
    }

    public static void writePdf(CocktailPrints.What what, GuestSelection selection, PrintData data, Path target)
            throws IOException {
        writeWhole(target, out -> CocktailPrints.write(what, selection, data, out));
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static void writeWhole(Path target, Writing writing) throws IOException {
        WholeFile.<RuntimeException>write(target, writing::to);
    }
}
