package org.sovplan.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void connectionFailuresAnywhereInTheChainAreAnOutage() {
        assertTrue(DatabaseOutage.isCause(new PersistenceException("wrapped",
                new SQLException("I/O error while sending to the backend", "08006"))));
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(DatabaseOutage.isCause(new PersistenceException(
                new SQLException("Acquisition timeout while waiting for new connection"))));
        assertTrue(DatabaseOutage.isCause(new IllegalStateException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseOutage.isCause(new org.hibernate.exception.JDBCConnectionException("down",
                new SQLException("refused", "08001"))));
    }

    @Test
    void aCommitLostWithItsConnectionIsAnOutageWhoseOutcomeIsUnknown() {
        // What Narayana and Agroal raise when the connection breaks during commit: the driver's error is
        // suppressed in the RollbackException, not its cause.
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new XAException("Error trying to transactionCommit local transaction") {
            {
                initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
            }
        });
        RuntimeException failure = new RuntimeException("Error invoking subclass method", commit);

        assertTrue(DatabaseOutage.isCause(failure));
        assertTrue(DatabaseOutage.duringCommit(failure));
        assertFalse(DatabaseOutage.duringCommit(new PersistenceException(new ConnectException("Connection refused"))));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(DatabaseOutage.isCause(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.isCause(new IllegalStateException("bug")));
        RollbackException constraint = new RollbackException("could not commit");
        constraint.addSuppressed(new SQLException("duplicate key", "23505"));
        assertFalse(DatabaseOutage.isCause(constraint));
        assertFalse(DatabaseOutage.isCause(null));
    }

    @Test
    void theReasonIsTheInnermostMessage() {
        assertEquals("ConnectException: Connection refused",
                DatabaseOutage.reason(new PersistenceException(new ConnectException("Connection refused"))));
    }
}
