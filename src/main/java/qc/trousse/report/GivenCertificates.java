package qc.trousse.report;

import java.util.List;

/**
 * Where the report finds the certificates printed or presented. The certificates feature gives an
 * adapter over its recipients; until then the report says plainly that none were given.
 */
@FunctionalInterface
public interface GivenCertificates {
    GivenCertificates NONE = List::of;

    List<WeekSummary.CertificateGiven> given();
}
