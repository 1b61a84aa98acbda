package qc.trousse.pdf;

import org.junit.jupiter.api.Test;
import qc.trousse.i18n.Lang;

import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/** The packet filled from the template is the one the XMP serialiser writes, escapes and accents included. */
class XmpTemplateTest {
    @Test
    void theFilledPacketIsTheSerialisedOne() throws Exception {
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone("America/Toronto"));
        now.set(2020, Calendar.FEBRUARY, 18, 14, 7, 3);
        now.set(Calendar.MILLISECOND, 0);
        for (boolean archival : new boolean[] {false, true}) {
            assertThat(PdfMetadata.template(archival)).isNotNull();
            for (Lang lang : Lang.values()) {
                PdfMetadata plain = PdfMetadata.of("Certificat — Élève & <Tékaronhiáhkhwa> \"1\" l'été\r\n2",
                        "Bureau de Marie-Ève Tremblay & cie", "Reconnaissance > 100 %", lang);
                PdfMetadata meta = archival ? plain.archival() : plain;
                assertThat(new String(meta.xmp(now), StandardCharsets.UTF_8))
                        .isEqualTo(new String(meta.serialise(now), StandardCharsets.UTF_8));
            }
        }
    }
}
