package qc.trousse.store;

import java.sql.Connection;
import java.sql.SQLException;

/** All-or-nothing writes: the work commits whole or rolls back whole. */
public final class Transactions {
    /** A unit of work against the connection. */
    @FunctionalInterface
    public interface Work {
        void run() throws SQLException;
    }

    private Transactions() {
    }

    public static void run(Connection c, Work work) {
        boolean auto;
        try {
            auto = c.getAutoCommit();
            c.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        try {
            work.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            // SQLite may already have rolled back on its own (a full disk does): the first error is the one to
            // report, and the clean-up must not hide it behind "no transaction is active".
            quietly(c::rollback, e);
            quietly(() -> c.setAutoCommit(auto), e);
            throw e instanceof StoreException se ? se
                    : e instanceof SQLException sql ? new StoreException(sql) : (RuntimeException) e;
        }
        try {
            c.setAutoCommit(auto);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private interface Step {
        void run() throws SQLException;
    }

    private static void quietly(Step step, Exception first) {
        try {
            step.run();
        } catch (SQLException later) {
            first.addSuppressed(later);
        }
    }
}
