package qc.trousse.posts;

import qc.trousse.campaign.Editions;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

/** A real data file with a profile, for the posts tests. */
final class PostFiles {
    static final LocalDate MONDAY = LocalDate.of(2020, 2, 17);
    static final LocalDate TUESDAY = LocalDate.of(2020, 2, 18);

    private PostFiles() {
    }

    static Session open(Path file) throws Exception {
        return new Session(DataFile.open(file), Editions.shipped(), Ridings.load());
    }

    /** An office for Jean-Talon, run by Marie Tremblay. */
    static Session withProfile(Path file) throws Exception {
        Session s = open(file);
        s.office().update("mnaName", p -> p.withMnaName("Marie Tremblay"));
        s.office().chooseRiding(s.office().ridings().search("Jean-Talon").get(0));
        s.office().update("x", p -> p.withHandles(p.handles().withX("@MTremblayJT")));
        s.history().clear();
        return s;
    }

    static DraftRequest request(String template, Network network, LocalDate day) {
        return new DraftRequest(template, network, day, LocalTime.of(9, 30), false,
                PostService.typed("Mme Lucie Gagnon", "la Maison des jeunes"));
    }
}
