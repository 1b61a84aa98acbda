package qc.trousse.crash;

import qc.trousse.campaign.Editions;
import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.RecipientKind;
import qc.trousse.office.Ridings;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A real process that imports the same 2,000-row list into the recipients again and again, as the import screen
 * does, printing "begin N" before import N and "imported N" once it is committed. The crash test kills it.
 */
public final class ImportLoop {
    public static final int ROWS = 2000;

    private ImportLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<Recipient> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(Recipient.of(i % 7 == 0 ? RecipientKind.ORGANISATION : RecipientKind.PERSON,
                    "Élève " + i + " ᐃᓄᒃᑎᑐᑦ", "Persévérance scolaire, ligne " + (i + 2), LocalDate.of(2020, 2, 18)));
        }
        try (Session session = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            for (int i = 1; i <= count; i++) {
                System.out.println("begin " + i);
                System.out.flush();
                session.recipients().importAll(rows);
                System.out.println("imported " + i);
                System.out.flush();
            }
        }
    }
}
