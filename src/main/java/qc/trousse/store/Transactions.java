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
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                work.run();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }
}
