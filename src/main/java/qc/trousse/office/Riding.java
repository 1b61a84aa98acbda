package qc.trousse.office;

/**
 * An electoral riding (circonscription) as one map draws it. The code is Élections Québec's number, kept through
 * a rename; it is empty where the data does not know it (ridings new on the 2025 map), never made up.
 */
public record Riding(String code, String name, String region) {
    public boolean hasCode() {
        return code != null && !code.isBlank();
    }

    /** What a profile stores: the code, or the name where the code is unknown. */
    public String key() {
        return hasCode() ? code : name;
    }

    @Override
    public String toString() {
        return name;
    }
}
