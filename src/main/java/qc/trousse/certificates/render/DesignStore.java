package qc.trousse.certificates.render;

/** Where the certificate design is kept; the data file implements it. */
public interface DesignStore {
    CertificateDesign load();

    void save(CertificateDesign before, CertificateDesign after);
}
