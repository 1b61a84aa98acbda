package qc.trousse.crash;

import qc.trousse.campaign.Editions;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real process that makes autosaved edits as the window does, one after another, and prints "saved N" once the
 * edit N is committed. The crash test kills it with SIGKILL at a random moment.
 */
public final class EditLoop {
    private EditLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        try (Session session = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            int start = session.office().profile().staff().size();
            for (int i = start; i < start + count; i++) {
                List<String> staff = new ArrayList<>(session.office().profile().staff());
                staff.add("Membre " + i);
                session.office().update("staff", p -> p.withStaff(staff));
                session.office().type("address", p -> p.withAddress("Adresse " + staff.size()));
                System.out.println("saved " + staff.size());
                System.out.flush();
            }
        }
    }
}
