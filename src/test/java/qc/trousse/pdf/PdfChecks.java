package qc.trousse.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import qc.trousse.RealService;
import qc.trousse.i18n.Lang;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What other programs find in a PDF the app wrote: its metadata, qpdf's structure check, veraPDF's PDF/A-2b. */
public final class PdfChecks {
    private PdfChecks() {
    }

    /** Title, author, subject, creator, producer, creation date and language, the same in the XMP. */
    public static void assertMetadata(Path pdf, Lang lang) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            String name = pdf.getFileName().toString();
            assertThat(info.getTitle()).as("Title of %s", name).isNotBlank();
            assertThat(info.getAuthor()).as("Author of %s", name).isNotBlank();
            assertThat(info.getSubject()).as("Subject of %s", name).isNotBlank();
            assertThat(info.getCreator()).as("Creator of %s", name).matches("Trousse JPS \\d+\\.\\d+\\.\\d+.*");
            assertThat(info.getProducer()).as("Producer of %s", name).startsWith(info.getCreator());
            assertThat(info.getCreationDate()).as("CreationDate of %s", name).isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).as("Lang of %s", name)
                    .isEqualTo(lang == Lang.FR ? "fr-CA" : "en-CA");
            assertThat(doc.getDocumentCatalog().getMetadata()).as("XMP of %s", name).isNotNull();
            XMPMetadata xmp;
            try (InputStream in = doc.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
                xmp = new DomXmpParser().parse(in);
            }
            DublinCoreSchema dc = xmp.getDublinCoreSchema();
            assertThat(dc.getTitle()).as("dc:title of %s", name).isEqualTo(info.getTitle());
            assertThat(dc.getCreators()).as("dc:creator of %s", name).containsExactly(info.getAuthor());
            assertThat(dc.getDescription()).as("dc:description of %s", name).isEqualTo(info.getSubject());
            assertThat(dc.getLanguages()).as("dc:language of %s", name).containsExactly(
                    doc.getDocumentCatalog().getLanguage());
            assertThat(xmp.getXMPBasicSchema().getCreatorTool()).isEqualTo(info.getCreator());
            assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant())
                    .isEqualTo(info.getCreationDate().toInstant());
            assertThat(xmp.getAdobePDFSchema().getProducer()).isEqualTo(info.getProducer());
        }
    }

    /** How many images on the pages are drawn through a soft mask (an alpha channel). */
    public static int softMaskedImages(Path pdf) throws Exception {
        int count = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name)
                            instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image
                            && image.getSoftMask() != null) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** qpdf, an independent reader, finds nothing wrong with the file's structure (exit 0: no error, no warning). */
    public static void assertQpdfClean(Path pdf) throws Exception {
        RealService.require(RealService.runs("qpdf", "--version"), "qpdf");
        Process p = new ProcessBuilder("qpdf", "--check", pdf.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("qpdf --check %s:%n%s", pdf.getFileName(), out).isZero();
        assertThat(out).contains("No syntax or stream encoding errors found");
    }

    /** veraPDF, the reference validator, finds the file PDF/A-2b compliant; the failed rules are named if not. */
    public static void assertPdfA2b(Path pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
            assertThat(failed).as("veraPDF PDF/A-2b failures in %s", pdf.getFileName()).isEmpty();
            assertThat(result.isCompliant()).as("%s is PDF/A-2b", pdf.getFileName()).isTrue();
        }
    }
}
