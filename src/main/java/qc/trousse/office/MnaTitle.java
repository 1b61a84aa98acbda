package qc.trousse.office;

/** How the MNA is styled: député, députée or the inclusive député·e. */
public enum MnaTitle {
    DEPUTE("député", "Member of the National Assembly"),
    DEPUTEE("députée", "Member of the National Assembly"),
    INCLUSIVE("député·e", "Member of the National Assembly");

    private final String french;
    private final String english;

    MnaTitle(String french, String english) {
        this.french = french;
        this.english = english;
    }

    public String french() {
        return french;
    }

    public String english() {
        return english;
    }

    /** Accepts the enum name or the French word, as typed in a script. */
    public static MnaTitle parse(String text) {
        for (MnaTitle t : values()) {
            if (t.name().equalsIgnoreCase(text) || t.french.equalsIgnoreCase(text)) {
                return t;
            }
        }
        if ("depute".equalsIgnoreCase(text)) {
            return DEPUTE;
        }
        if ("deputee".equalsIgnoreCase(text)) {
            return DEPUTEE;
        }
        throw new IllegalArgumentException(text);
    }
}
