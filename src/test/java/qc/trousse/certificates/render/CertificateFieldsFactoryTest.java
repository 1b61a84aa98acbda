package qc.trousse.certificates.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.Lang;
import qc.trousse.office.OfficeImage;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.work.Progress;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The office's profile and the campaign fill every certificate; the signature and logo are embedded once. */
class CertificateFieldsFactoryTest {
    @TempDir
    java.nio.file.Path dir;

    @Test
    void theProfileAndCampaignFillTheCertificateAndImagesAreSharedByAllPages() throws Exception {
        try (Session session = new Session(DataFile.open(dir.resolve("f.db")), Editions.shipped(),
                Ridings.load())) {
            session.office().update("mna", p -> p.withMnaName("Catherine Dorion")
                    .withSignature(new OfficeImage("png", 400, 140, Samples.signature()))
                    .withLogo(new OfficeImage("png", 300, 300, Samples.logo())));
            session.office().chooseRiding(session.office().ridings().find("Anjou–Louis-Riel").orElseThrow());
            CertificateFieldsFactory factory = new CertificateFieldsFactory(session.office(), session.campaign());
            CertificateFields en = factory.fields("Liam", "", LocalDate.of(2020, 2, 18), Lang.EN);
            assertThat(en.slogan()).isEqualTo("Our gestures, a + for their success!");
            assertThat(en.mnaTitle()).isEqualTo("Member of the National Assembly");
            List<CertificateFields> batch = IntStream.range(0, 30)
                    .mapToObj(i -> factory.fields("Élève " + i, "", LocalDate.of(2020, 2, 18), Lang.FR)).toList();
            assertThat(batch.get(0).ridingName()).isEqualTo("Anjou–Louis-Riel");
            assertThat(batch.get(0).hashtag()).isEqualTo("#JPS2020");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new CertificateRenderer(session.certificateDesign().design()).render(batch, Paper.LETTER, out,
                    Progress.NONE);
            try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
                java.util.Set<Object> images = new java.util.HashSet<>();
                for (var page : doc.getPages()) {
                    for (COSName name : page.getResources().getXObjectNames()) {
                        if (page.getResources().isImageXObject(name)) {
                            images.add(page.getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT)
                                    .getItem(name));
                        }
                    }
                }
                assertThat(images).hasSize(2); // one signature, one logo, for 30 pages
                assertThat(CertificatePdfTest.pageText(doc, 29)).contains("Élève 29")
                        .contains("Député·e d’Anjou–Louis-Riel").contains("Nos gestes, un + pour leur réussite!");
            }
        }
    }
}
