package qc.trousse.certificates.print;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.Orientation;
import org.apache.pdfbox.printing.PDFPageable;
import qc.trousse.certificates.render.CertificateFields;
import qc.trousse.certificates.render.CertificateRenderer;
import qc.trousse.certificates.render.MissingCharacter;
import qc.trousse.certificates.render.Paper;
import qc.trousse.i18n.I18n;
import qc.trousse.work.Progress;

import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaPrintableArea;
import javax.print.attribute.standard.MediaSize;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.OrientationRequested;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints certificates on the system's printers through PDFBox, at 100 %: the page is never scaled to fit. A
 * printer that does not take the paper is refused with a message rather than printed on shrunk or cropped.
 */
public final class CertificatePrinter implements Printing {
    private static final DocFlavor FLAVOR = DocFlavor.SERVICE_FORMATTED.PAGEABLE;
    /** The built-in design keeps everything 7.7 mm (22 pt) inside the sheet's edge. */
    private static final double SAFE_MARGIN_MM = 7.7;

    /** The names of the installed printers, as the system lists them. */
    @Override
    public List<String> printers() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).toList();
    }

    @Override
    public Optional<String> defaultPrinter() {
        return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService()).map(PrintService::getName);
    }

    /** Renders the certificates and prints them as one job. */
    @Override
    public PrintOutcome print(CertificateRenderer renderer, List<CertificateFields> certificates, PrintRequest request,
                              Progress progress) throws IOException, Progress.CancelledException {
        Optional<PrintService> service = service(request.printer());
        if (service.isEmpty()) {
            return PrintOutcome.refused(request.printer(), noPrinter(request.printer()));
        }
        List<MissingCharacter> missing = new ArrayList<>();
        try (PDDocument doc = renderer.document(certificates, request.paper(), progress, missing)) {
            progress.throwIfCancelled();
            return print(doc, service.get(), request, Orientation.LANDSCAPE);
        }
    }

    /** Prints a document already made (every page landscape, of the request's paper). */
    public PrintOutcome print(PDDocument document, PrintRequest request) {
        return print(document, request, Orientation.LANDSCAPE);
    }

    /** Prints a document of upright pages already made (a sheet of name badges), at 100 % as every job. */
    public PrintOutcome printUpright(PDDocument document, PrintRequest request) {
        return print(document, request, Orientation.PORTRAIT);
    }

    private PrintOutcome print(PDDocument document, PrintRequest request, Orientation orientation) {
        Optional<PrintService> service = service(request.printer());
        if (service.isEmpty()) {
            return PrintOutcome.refused(request.printer(), noPrinter(request.printer()));
        }
        return print(document, service.get(), request, orientation);
    }

    /** A page that shows whether the printer prints at 100 %: a certificate naming itself a test. */
    public PrintOutcome testPage(CertificateRenderer renderer, CertificateFields office, PrintRequest request)
            throws IOException {
        CertificateFields test = office.forRecipient(I18n.tr("certificates.print.testName"),
                I18n.tr("certificates.print.testReason"), office.date());
        try {
            return print(renderer, List.of(test), request, Progress.NONE);
        } catch (Progress.CancelledException e) {
            return PrintOutcome.refused(request.printer(), e.getMessage());
        }
    }

    private PrintOutcome print(PDDocument document, PrintService service, PrintRequest request,
                               Orientation orientation) {
        String name = service.getName();
        MediaSizeName media = request.paper() == Paper.A4 ? MediaSizeName.ISO_A4 : MediaSizeName.NA_LETTER;
        if (!takes(service, media)) {
            return PrintOutcome.refused(name, I18n.tr("certificates.print.paperUnsupported", name,
                    I18n.tr("certificates.paper." + request.paper().code())));
        }
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(media);
        attributes.add(orientation == Orientation.LANDSCAPE ? OrientationRequested.LANDSCAPE
                : OrientationRequested.PORTRAIT);
        attributes.add(new Copies(request.copies()));
        attributes.add(new JobName(request.jobName(), Locale.ROOT));
        try {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(request.jobName());
            // PDFPageable prints each page at its actual size (Scaling.ACTUAL_SIZE), centred, never shrunk.
            job.setPageable(new PDFPageable(document, orientation, false, 0, true));
            job.print(attributes);
        } catch (PrinterException | RuntimeException e) {
            return PrintOutcome.refused(name, I18n.tr("certificates.print.failed", name, reason(e)));
        }
        int pages = document.getNumberOfPages();
        String message = I18n.count("certificates.print.accepted", pages, name,
                I18n.count("certificates.print.copies", request.copies()));
        double margin = widestMargin(service, attributes);
        if (margin > SAFE_MARGIN_MM) {
            message += " " + I18n.tr("certificates.print.margins", name, Math.round(margin));
        }
        return new PrintOutcome(true, name, pages, message);
    }

    /**
     * The widest unprintable margin the printer declares for this paper, in millimetres (0 when it does not say).
     * Pages print at 100 %: what falls in that margin is not printed, so the user is told rather than the page
     * being shrunk behind their back.
     */
    static double widestMargin(PrintService service, PrintRequestAttributeSet attributes) {
        Object areas = service.getSupportedAttributeValues(MediaPrintableArea.class, FLAVOR, attributes);
        MediaSizeName media = (MediaSizeName) attributes.get(javax.print.attribute.standard.Media.class);
        MediaSize size = media == null ? null : MediaSize.getMediaSizeForName(media);
        if (!(areas instanceof MediaPrintableArea[] list) || list.length == 0 || size == null) {
            return 0;
        }
        MediaPrintableArea a = list[0];
        float w = size.getX(MediaSize.MM);
        float h = size.getY(MediaSize.MM);
        float left = a.getX(MediaPrintableArea.MM);
        float top = a.getY(MediaPrintableArea.MM);
        float right = w - left - a.getWidth(MediaPrintableArea.MM);
        float bottom = h - top - a.getHeight(MediaPrintableArea.MM);
        return Math.max(Math.max(left, right), Math.max(top, bottom));
    }

    private static boolean takes(PrintService service, MediaSizeName media) {
        Object supported = service.getSupportedAttributeValues(javax.print.attribute.standard.Media.class, FLAVOR, null);
        if (!(supported instanceof Object[] values) || values.length == 0) {
            return true; // the driver does not say: let it try rather than refuse every job
        }
        return Arrays.asList(values).contains(media);
    }

    private Optional<PrintService> service(String printer) {
        if (printer == null || printer.isBlank()) {
            return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService());
        }
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(printer)).findFirst()
                .or(() -> Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                        .filter(s -> s.getName().equalsIgnoreCase(printer)).findFirst());
    }

    private String noPrinter(String printer) {
        List<String> known = printers();
        if (known.isEmpty()) {
            return I18n.tr("certificates.print.noPrinters");
        }
        return I18n.tr("certificates.print.noPrinter", printer == null ? "" : printer, String.join(", ", known));
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
