package qc.trousse.office;

/** Where the profile is kept; the data file implements it, tests may use a plain one. */
public interface ProfileStore {
    OfficeProfile load();

    void save(OfficeProfile before, OfficeProfile after);
}
