package qc.trousse.ui.checkin;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import qc.trousse.ui.Failures;
import qc.trousse.certificates.print.PrintOutcome;
import qc.trousse.certificates.print.PrintRequest;
import qc.trousse.certificates.render.Paper;
import qc.trousse.cocktail.CocktailDocuments;
import qc.trousse.cocktail.Guest;
import qc.trousse.cocktail.print.CocktailPrints;
import qc.trousse.cocktail.print.GuestSelection;
import qc.trousse.cocktail.print.PrintData;
import qc.trousse.i18n.I18n;
import qc.trousse.session.Session;
import qc.trousse.ui.task.BackgroundExecutor;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One guest's name badge, the same as on the cocktail's badge sheet, printed at once on the default printer
 * while the guest waits; the work runs off the FX thread.
 */
public final class BadgeOnTheSpot {
    /** What actually prints a sheet of upright pages; the app's is the office's printer through CUPS. */
    public interface Sheets {
        Optional<String> defaultPrinter();

        PrintOutcome printUpright(PDDocument document, PrintRequest request);
    }

    private final BackgroundExecutor executor;
    private final Sheets printer;

    public BadgeOnTheSpot(BackgroundExecutor executor, Sheets printer) {
        this.executor = executor;
        this.printer = printer;
    }

    /** Badges on the office's own printers, through the system's print service (CUPS on Linux). */
    public static BadgeOnTheSpot onOfficePrinter(BackgroundExecutor executor) {
        qc.trousse.certificates.print.CertificatePrinter system = new qc.trousse.certificates.print.CertificatePrinter();
        return new BadgeOnTheSpot(executor, new Sheets() {
            @Override
            public Optional<String> defaultPrinter() {
                return system.defaultPrinter().or(() -> system.printers().stream().findFirst());
            }

            @Override
            public PrintOutcome printUpright(PDDocument document, PrintRequest request) {
                return system.printUpright(document, request);
            }
        });
    }

    void print(Session session, Guest guest, Consumer<String> done, Consumer<String> failed) {
        Optional<String> where = printer.defaultPrinter();
        if (where.isEmpty()) {
            failed.accept(I18n.tr("onsite.noPrinter"));
            return;
        }
        String title = CocktailDocuments.title(session.campaign().cocktailName().current());
        PrintData all = CocktailDocuments.printData(session.cocktail(), session.door(), title,
                session.office().profile().mnaName());
        PrintData one = all.forGuests(List.of(guest));
        PrintRequest request = new PrintRequest(where.get(), Paper.LETTER, 1, I18n.tr("checkin.badge.job", guest.name()));
        executor.submit(progress -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CocktailPrints.write(CocktailPrints.What.BADGES, GuestSelection.ALL, one, bytes);
            try (PDDocument doc = Loader.loadPDF(bytes.toByteArray())) {
                return printer.printUpright(doc, request);
            }
        }, outcome -> {
            if (outcome.accepted()) {
                done.accept(I18n.tr("checkin.badge.printed", guest.name(), outcome.printer()));
            } else {
                failed.accept(outcome.message());
            }
        }, e -> {
            Failures.log("badge for guest " + guest.id() + " not printed", e);
            failed.accept(I18n.tr("checkin.badge.failed", String.valueOf(e.getMessage())));
        });
    }
}
