package qc.trousse.cocktail.print;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import qc.trousse.i18n.I18n;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The cocktail's printables as PDF: the door list, the run sheet, the name badges. */
public final class CocktailPrints {
    /** Which document. */
    public enum What {
        GUESTS, RUNSHEET, BADGES;

        public static What parse(String word) {
            return valueOf(word.toUpperCase(Locale.ROOT));
        }

        public String key() {
            return "cocktail.print.what." + name().toLowerCase(Locale.ROOT);
        }
    }

    private CocktailPrints() {
    }

    /** Writes the document whole; nothing is written to {@code out} if it fails before saving. */
    public static void write(What what, GuestSelection selection, PrintData data, OutputStream out)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Typesetter type = new Typesetter(doc);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(I18n.tr(what.key()) + " — " + data.title());
            info.setCreator("Trousse JPS");
            switch (what) {
                case GUESTS -> DoorList.write(doc, type, data, selection);
                case RUNSHEET -> RunSheet.write(doc, type, data, selection);
                case BADGES -> Badges.write(doc, type, data, selection, I18n.tr("cocktail.print.badgeBand",
                        qc.trousse.campaign.WeekWords.year(data.event().date().getYear())));
            }
            if (doc.getNumberOfPages() == 0) {
                throw new IllegalArgumentException(I18n.tr("cocktail.print.nobody"));
            }
            doc.save(out);
        }
    }
}
