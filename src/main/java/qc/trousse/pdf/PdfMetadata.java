package qc.trousse.pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;

/**
 * What every PDF the app writes says about itself, the same in the document information and in its XMP: title,
 * author (the office), subject, creator (the app and its version), producer, dates and language. An archival
 * document (certificates, the report) is also marked PDF/A-2b and carries the sRGB output intent its colours
 * are given in, so an office can file it and open it in twenty years.
 */
public final class PdfMetadata {
    private static final String SRGB = "sRGB IEC61966-2.1";
    // Built once per run: a batch writes one PDF per person, and re-reading these per file was most of its metadata cost.
    // The profile is kept compressed: every file's output intent shares these bytes (EncodedCopies), not deflated again.
    private static final byte[] SRGB_ICC_FLATE = EncodedCopies.deflate(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    private static final String PRODUCER =
            AppVersion.nameAndVersion() + " (Apache PDFBox " + org.apache.pdfbox.util.Version.getVersion() + ")";
    private static final XmpTemplate[] TEMPLATES = new XmpTemplate[2]; // plain, archival; built on first use
    private final String title;
    private final String author;
    private final String subject;
    private final Lang lang;
    private final boolean archival;

    private PdfMetadata(String title, String author, String subject, Lang lang, boolean archival) {
        this.title = title;
        this.author = author;
        this.subject = subject;
        this.lang = lang;
        this.archival = archival;
    }

    public static PdfMetadata of(String title, String author, String subject, Lang lang) {
        return new PdfMetadata(title, author, subject, lang, false);
    }

    /** The same, declared PDF/A-2b: the writer must also keep its pages free of transparency. */
    public PdfMetadata archival() {
        return new PdfMetadata(title, author, subject, lang, true);
    }

    /** "Bureau de Marie-Ève Tremblay" or "Office of …", the author of every document; the office when unnamed. */
    public static String office(String mnaName, Lang lang) {
        return mnaName == null || mnaName.isBlank() ? I18n.in(lang, "pdf.author.unnamed")
                : I18n.in(lang, "pdf.author", mnaName.strip());
    }

    /** "fr-CA" or "en-CA". */
    public static String languageTag(Lang lang) {
        return lang.locale().toLanguageTag();
    }

    public static String producer() {
        return PRODUCER;
    }

    /** Writes it all into the document; call once, before saving. */
    public void applyTo(PDDocument doc) throws IOException {
        Calendar now = new GregorianCalendar();
        now.set(Calendar.MILLISECOND, 0); // the information dictionary keeps seconds: both must say the same
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setCreator(AppVersion.nameAndVersion());
        info.setProducer(producer());
        info.setCreationDate(now);
        info.setModificationDate(now);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(languageTag(lang));
        PDViewerPreferences viewer = new PDViewerPreferences(new COSDictionary());
        viewer.setDisplayDocTitle(true); // the viewer's window shows the title, not a file name with its copy number
        catalog.setViewerPreferences(viewer);
        // The packet's bytes as the stream's, not copied into a buffer of the document (PDMetadata(doc) does that).
        COSStream packet = EncodedCopies.stream(xmp(now));
        packet.setItem(COSName.TYPE, COSName.METADATA);
        packet.setItem(COSName.SUBTYPE, COSName.getPDFName("XML"));
        catalog.setMetadata(new PDMetadata(packet));
        if (archival && catalog.getOutputIntents().isEmpty()) {
            catalog.addOutputIntent(srgbIntent());
        }
    }

    /** The packet, from the template when the serialiser kept its tokens (checked once per run). */
    byte[] xmp(Calendar now) throws IOException {
        XmpTemplate template = title == null || author == null || subject == null ? null : template(archival);
        return template == null ? serialise(now) : template.fill(title, author, subject, languageTag(lang), now);
    }

    static XmpTemplate template(boolean archival) {
        int i = archival ? 1 : 0;
        synchronized (TEMPLATES) {
            if (TEMPLATES[i] == null) {
                PdfMetadata tokens = new PdfMetadata(XmpTemplate.TITLE, XmpTemplate.AUTHOR, XmpTemplate.SUBJECT,
                        null, archival);
                TEMPLATES[i] = XmpTemplate.of(date -> {
                    try {
                        return tokens.serialise(date);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
            return TEMPLATES[i];
        }
    }

    /** The packet built and serialised from scratch (also the template, with tokens for its values). */
    byte[] serialise(Calendar now) throws IOException {
        String language = lang == null ? XmpTemplate.LANG : languageTag(lang);
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.addCreator(author);
        dc.setDescription(subject);
        dc.addLanguage(language);
        dc.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(AppVersion.nameAndVersion());
        basic.setCreateDate(now);
        basic.setModifyDate(now);
        basic.setMetadataDate(now);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(producer());
        if (archival) {
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(2);
            try {
                id.setConformance("B");
            } catch (BadFieldValueException e) {
                throw new IllegalStateException(e);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException(e);
        }
        return out.toByteArray();
    }

    /** The JDK's own sRGB profile: the colours of every page are given in it (DeviceRGB). */
    private static PDOutputIntent srgbIntent() throws IOException {
        // What PDOutputIntent(doc, profile) builds, its profile's compressed bytes shared instead of deflated again.
        COSStream profile = EncodedCopies.stream(SRGB_ICC_FLATE);
        profile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        profile.setInt(COSName.N, 3);
        COSDictionary dict = new COSDictionary();
        dict.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
        dict.setItem(COSName.S, COSName.GTS_PDFA1);
        dict.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        PDOutputIntent intent = new PDOutputIntent(dict);
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        return intent;
    }
}
