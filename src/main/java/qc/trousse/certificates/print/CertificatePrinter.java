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
public final class CertificatePrinter {
    private static final DocFlavor FLAVOR = DocFlavor.SERVICE_FORMATTED.PAGEABLE;

    /** The names of the installed printers, as the system lists them. */
    public List<String> printers() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).toList();
    }

    public Optional<String> defaultPrinter() {
        return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService()).map(PrintService::getName);
    }

    /** Renders the certificates and prints them as one job. */
    public PrintOutcome print(CertificateRenderer renderer, List<CertificateFields> certificates, PrintRequest request,
                              Progress progress) throws IOException, Progress.CancelledException {
        Optional<PrintService> service = service(request.printer());
        if (service.isEmpty()) {
            return PrintOutcome.refused(request.printer(), noPrinter(request.printer()));
        }
        List<MissingCharacter> missing = new ArrayList<>();
        try (PDDocument doc = renderer.document(certificates, request.paper(), progress, missing)) {
            progress.throwIfCancelled();
            return print(doc, service.get(), request);
        }
    }

    /** Prints a document already made (every page landscape, of the request's paper). */
    public PrintOutcome print(PDDocument document, PrintRequest request) {
        Optional<PrintService> service = service(request.printer());
        if (service.isEmpty()) {
            return PrintOutcome.refused(request.printer(), noPrinter(request.printer()));
        }
        return print(document, service.get(), request);
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

    private PrintOutcome print(PDDocument document, PrintService service, PrintRequest request) {
        String name = service.getName();
        MediaSizeName media = request.paper() == Paper.A4 ? MediaSizeName.ISO_A4 : MediaSizeName.NA_LETTER;
        if (!takes(service, media)) {
            return PrintOutcome.refused(name, I18n.tr("certificates.print.paperUnsupported", name,
                    I18n.tr("certificates.paper." + request.paper().code())));
        }
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(media);
        attributes.add(OrientationRequested.LANDSCAPE);
        attributes.add(new Copies(request.copies()));
        attributes.add(new JobName(request.jobName(), Locale.ROOT));
        try {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(request.jobName());
            // PDFPageable prints each page at its actual size (Scaling.ACTUAL_SIZE), centred, never shrunk.
            job.setPageable(new PDFPageable(document, Orientation.LANDSCAPE, false, 0, true));
            job.print(attributes);
        } catch (PrinterException | RuntimeException e) {
            return PrintOutcome.refused(name, I18n.tr("certificates.print.failed", name, reason(e)));
        }
        int pages = document.getNumberOfPages();
        return new PrintOutcome(true, name, pages,
                I18n.tr("certificates.print.accepted", pages, name, request.copies()));
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
