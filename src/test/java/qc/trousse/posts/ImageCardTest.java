package qc.trousse.posts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ImageCardTest {
    @TempDir
    Path dir;

    @Test
    void theCardIsASquarePngOfTheCampaignGreen() throws Exception {
        BufferedImage logo = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream logoBytes = new ByteArrayOutputStream();
        ImageIO.write(logo, "png", logoBytes);
        Path png = dir.resolve("card.png");
        try (OutputStream out = Files.newOutputStream(png)) {
            ImageCard.write(new ImageCard.Content("Aux étudiantes et étudiants de Jean-Talon\u00A0: bravo!",
                    "#JPS2020", "Marie Tremblay — Jean-Talon", "Journées de la persévérance scolaire",
                    logoBytes.toByteArray()), out);
        }
        BufferedImage read = ImageIO.read(png.toFile());
        assertThat(read.getWidth()).isEqualTo(1080);
        assertThat(read.getHeight()).isEqualTo(1080);
        assertThat(read.getRGB(5, 5) & 0xFFFFFF).isEqualTo(0x1f7a3a);
        assertThat(read.getRGB(5, 1075) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void longTextShrinksAndWrapsButNoWordIsLost() {
        BufferedImage scratch = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        Font bold = ImageCard.font(PostsFonts.BOLD);
        String shortText = "Bravo!";
        String longText = ("Nous pouvons tous poser une multitude de gestes, à notre portée. "
                + "https://journeesperseverancescolaire.com/outils/certificat-de-reconnaissance-2020 ").repeat(12);
        CardLayout small = ImageCard.layout(g, bold, shortText);
        CardLayout big = ImageCard.layout(g, bold, longText);
        assertThat(big.size()).isLessThan(small.size());
        assertThat(String.join("", big.lines()).replace(" ", ""))
                .isEqualTo(longText.strip().replace(" ", ""));
        for (String line : big.lines()) {
            assertThat(g.getFontMetrics(bold.deriveFont(big.size())).stringWidth(line)).isLessThanOrEqualTo(900);
        }
        assertThat(big.lines().size() * big.lineHeight()).isLessThanOrEqualTo(1080 - 200 - 180 - 60);
        g.dispose();
    }
}
