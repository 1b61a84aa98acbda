package qc.trousse.cocktail.print;

import org.apache.pdfbox.pdmodel.PDDocument;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.pdf.PdfMetadata;

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
            switch (what) {
                case GUESTS -> DoorList.write(doc, type, data, selection);
                case RUNSHEET -> RunSheet.write(doc, type, data, selection);
                case BADGES -> Badges.write(doc, type, data, selection, I18n.tr("cocktail.print.badgeBand",
                        qc.trousse.campaign.WeekWords.year(data.event().date().getYear())));
            }
            if (doc.getNumberOfPages() == 0) {
                throw new IllegalArgumentException(I18n.tr("cocktail.print.nobody"));
            }
            Lang lang = I18n.language();
            PdfMetadata.of(I18n.tr(what.key()) + " — " + data.title(), PdfMetadata.office(data.mnaName(), lang),
                    I18n.tr("pdf.cocktail.subject", data.title()), lang).applyTo(doc);
            doc.save(out);
        }
    }
}
