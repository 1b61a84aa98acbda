package qc.trousse.office;

/** An electoral riding (circonscription) of the 2017 map, in force for JPS 2020. */
public record Riding(String code, String name, String region) {
    @Override
    public String toString() {
        return name;
    }
}
