package qc.trousse.demo;

import qc.trousse.campaign.Editions;
import qc.trousse.office.ImageCheck;
import qc.trousse.office.MnaTitle;
import qc.trousse.office.OfficeService;
import qc.trousse.office.Ridings;
import qc.trousse.office.SocialHandles;
import qc.trousse.session.Session;
import qc.trousse.store.DataFile;
import qc.trousse.store.DataFileException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes the demo file shipped in assets/demo: a fictional riding office's full JPS 2020 week, made only
 * through the app's own services, as the office would have made it by hand. Everyone in it is made up.
 * <p>
 * Usage: {@code DemoWeek FILE.db} — refuses to write over an existing file.
 */
public final class DemoWeek {
    static final String MNA = "Marie-Ève Tremblay";
    static final String JULIEN = "Julien Bélanger";
    static final String SOPHIE = "Sophie Ouellet";
    static final String NOEMIE = "Noémie D'Amours";
    static final List<String> STAFF = List.of(JULIEN, SOPHIE, NOEMIE);

    private DemoWeek() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: DemoWeek FILE.db");
        }
        write(Path.of(args[0]));
    }

    /** Builds the week into a new file, then folds the write-ahead log into it so the file stands alone. */
    public static void write(Path file) throws IOException, DataFileException {
        if (Files.exists(file)) {
            throw new IllegalArgumentException("refusing to overwrite " + file);
        }
        System.setProperty("java.awt.headless", "true");
        try (Session session = new Session(DataFile.open(file), Editions.shipped(), Ridings.load())) {
            fill(session);
            foldLog((DataFile) session.file());
        }
        // the app keeps its lock file beside a data file it used; a shipped file travels alone
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".lock"));
    }

    /** The whole week, through the services of a session on any store (the shared-store tests use a server). */
    public static void fill(Session session) throws IOException {
        profile(session.office());
        DemoPlan.fill(session.gestures());
        DemoCocktail.fill(session.cocktail(), session.guests());
        DemoRecipients.fill(session.recipients(), session.gestures());
        DemoPosts.fill(session.posts());
    }

    private static void profile(OfficeService office) throws IOException {
        Path images = Files.createTempDirectory("demo-images");
        try {
            office.update("mna", p -> p.withMnaName(MNA));
            office.update("title", p -> p.withTitle(MnaTitle.DEPUTEE));
            office.chooseRiding(office.ridings().find("Rimouski").orElseThrow());
            office.update("address", p -> p.withAddress(
                    "320, rue Saint-Germain Est, bureau 4, Rimouski (Québec) G5L 1C2"));
            office.update("phone", p -> p.withPhone("418 555-0142"));
            office.update("email", p -> p.withEmail("bureau.tremblay@exemple.qc.ca"));
            office.update("handles", p -> p.withHandles(new SocialHandles("@METremblayRim",
                    "MarieEveTremblayDeputee", "@marieeve.tremblay.rimouski", "marie-eve-tremblay-deputee")));
            office.update("logo", p -> p.withLogo(read(DemoImages.logo(images))));
            office.update("signature", p -> p.withSignature(read(DemoImages.signature(images))));
            office.update("staff", p -> p.withStaff(STAFF));
        } finally {
            try (var files = Files.list(images)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(images);
        }
    }

    /** The images go through the same check as a file the office picks. */
    private static qc.trousse.office.OfficeImage read(Path png) {
        try {
            return ImageCheck.read(png);
        } catch (ImageCheck.ImageRejected e) {
            throw new IllegalStateException(e.key() + ": " + png, e);
        }
    }

    static void foldLog(DataFile file) {
        synchronized (file) {
            try (Statement s = file.connection().createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                // A file in rollback mode stands alone even for read-only readers (a WAL file makes them
                // create -wal and -shm beside it); the app turns WAL back on when it opens the file.
                s.execute("PRAGMA journal_mode = DELETE");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
