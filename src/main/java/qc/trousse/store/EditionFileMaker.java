package qc.trousse.store;

import qc.trousse.office.OfficeProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;

import static qc.trousse.store.DataFileException.Reason;

/**
 * Makes a new edition's data file whole or not at all: it is built beside the target under another name and
 * moved into place only once complete. The old file is only ever read, through a copy of it (so an older schema
 * is migrated in the copy, never in the office's file).
 */
public final class EditionFileMaker {
    private EditionFileMaker() {
    }

    /**
     * What the new file is: its edition (year, own campaign text or empty), what it takes from the old one and,
     * when the office's riding changed on the new edition's map, the riding (key and region) it is now.
     */
    public record Plan(int year, String campaign, Optional<Path> from, Set<CarryOver> carry,
                       Optional<NewRiding> riding) {
        public Plan(int year, String campaign, Optional<Path> from, Set<CarryOver> carry) {
            this(year, campaign, from, carry, Optional.empty());
        }
    }

    /** The riding the carried profile gets: {@code Riding.key()} and the region that goes with it. */
    public record NewRiding(String key, String region) {
    }

    /** What the old file is, read through a copy of it (so the old file is never written): edition and office. */
    public record OldFile(EditionRepository.Stored edition, OfficeProfile profile) {
    }

    /** Reads the old file's edition and profile, to ask about its riding before anything is made. */
    public static OldFile read(Path from) throws DataFileException {
        Path old = from.toAbsolutePath().normalize();
        DataFile.inspect(old);
        Path copy = old.resolveSibling(old.getFileName() + ".read");
        try {
            copyOf(old, copy);
            try (DataFile data = DataFile.open(copy)) {
                return new OldFile(new EditionRepository(data).read(), new ProfileRepository(data).load());
            }
        } catch (IOException e) {
            throw new DataFileException(Reason.IO, old, e.getMessage(), e);
        } finally {
            deleteQuietly(copy);
        }
    }

    public static void make(Path target, Plan plan) throws DataFileException {
        Path to = target.toAbsolutePath().normalize();
        if (Files.exists(to)) {
            throw new DataFileException(Reason.EXISTS, to, null);
        }
        Optional<Path> old = plan.from().map(p -> p.toAbsolutePath().normalize());
        if (old.isPresent()) {
            // damaged, foreign or of a newer schema: refused here, named by its own path, before anything is made
            DataFile.inspect(old.get());
        }
        Path partial = to.resolveSibling(to.getFileName() + ".partial");
        Path copy = to.resolveSibling(to.getFileName() + ".from");
        try {
            deleteWithLog(partial);
            try (DataFile made = DataFile.open(partial)) {
                new EditionRepository(made).write(new EditionRepository.Stored(plan.year(), plan.campaign()));
                if (old.isPresent()) {
                    copyOf(old.get(), copy);
                    DataFile.open(copy).close();
                    carry(made, copy, plan.carry(), plan.riding());
                }
                try (Statement s = made.connection().createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            }
            Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException e) {
            throw new DataFileException(Reason.IO, to, e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
            deleteQuietly(copy);
        }
    }

    private static void carry(DataFile made, Path copy, Set<CarryOver> carry, Optional<NewRiding> riding)
            throws SQLException {
        var c = made.connection();
        try (Statement s = c.createStatement()) {
            s.execute("ATTACH DATABASE '" + copy.toString().replace("'", "''") + "' AS old");
            c.setAutoCommit(false);
            try {
                if (carry.contains(CarryOver.PROFILE) || carry.contains(CarryOver.SOCIAL)) {
                    s.execute(CarryOver.profileSql(carry.contains(CarryOver.PROFILE),
                            carry.contains(CarryOver.SOCIAL)));
                }
                for (CarryOver what : carry) {
                    for (String sql : what.sql()) {
                        s.execute(sql);
                    }
                }
                if (riding.isPresent() && carry.contains(CarryOver.PROFILE)) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE office_profile SET riding_code = ?, region = ?")) {
                        ps.setString(1, riding.get().key());
                        ps.setString(2, riding.get().region());
                        ps.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
                s.execute("DETACH DATABASE old");
            }
        }
    }

    /** The old file and its write-ahead log as they are now, so what another window saved is in the copy. */
    private static void copyOf(Path old, Path copy) throws IOException {
        deleteWithLog(copy);
        Files.copy(old, copy);
        Path wal = old.resolveSibling(old.getFileName() + "-wal");
        if (Files.exists(wal)) {
            Files.copy(wal, copy.resolveSibling(copy.getFileName() + "-wal"));
        }
    }

    private static void deleteWithLog(Path p) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
            Files.deleteIfExists(p.resolveSibling(p.getFileName() + suffix));
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            deleteWithLog(p);
        } catch (IOException e) {
            // a leftover partial file is harmless: the next attempt deletes it first
        }
    }
}
