package qc.trousse.campaign;

/**
 * The edition a data file serves: its year and its campaign. {@code ownText} is the file's own campaign file when
 * the office changed the shipped one (its week, theme, Assembly date) or imported one; empty when it is shipped.
 */
public record Edition(Campaign campaign, String ownText) {
    public Edition {
        ownText = ownText == null ? "" : ownText;
    }

    public int year() {
        return campaign.year();
    }

    /** A file name of this edition: "jps2027-" followed by the rest ("publications.pdf"). */
    public String fileName(String rest) {
        return "jps" + campaign.yearText() + "-" + rest;
    }

    /** The first day, from which the riding map in force is chosen. */
    public java.time.LocalDate firstDay() {
        return campaign.start();
    }
}
