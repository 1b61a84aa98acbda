package qc.trousse.ui.certificates;

import qc.trousse.certificates.render.Samples;
import qc.trousse.office.OfficeImage;
import qc.trousse.office.OfficeService;

/** Gives a test office what a certificate shows of it (MNA, riding, signature), so printing asks nothing about it. */
final class ProfileReady {
    private ProfileReady() {
    }

    static void fill(OfficeService office) {
        office.update("mna", p -> p.withMnaName("Jean Tremblay"));
        office.chooseRiding(office.ridings().find("Taschereau").orElseThrow());
        office.update("signature", p -> p.withSignature(new OfficeImage("png", 400, 140, Samples.signature())));
    }
}
