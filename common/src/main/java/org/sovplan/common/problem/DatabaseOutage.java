package org.sovplan.common.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Predicate;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.RollbackException;

/**
 * Recognises a failure whose cause is that the database cannot be reached: connection refused or reset,
 * the server shutting down or restarting, or the pool finding no usable connection in time. Such a failure
 * is an outage the client may retry (503), not a defect of the service (500).
 */
public final class DatabaseOutage {

    /** SQLSTATE class 08 (connection exception), and 57P01-57P03 (admin shutdown, crash shutdown, cannot connect now). */
    private static final String CONNECTION_STATE_CLASS = "08";
    private static final String SHUTDOWN_STATE_PREFIX = "57P0";
    /** Agroal's words when no connection could be had within the acquisition timeout. */
    private static final String POOL_TIMEOUT = "Acquisition timeout";
    /** How deep causes and suppressed exceptions are followed. */
    private static final int MAX_DEPTH = 20;

    private DatabaseOutage() {
    }

    /**
     * Whether the database being unreachable is somewhere in the failure's cause chain, or in an exception
     * suppressed along it: a commit that fails on a lost connection reaches the service as the transaction
     * manager's RollbackException, with the driver's error suppressed in it, not as its cause.
     */
    public static boolean isCause(Throwable failure) {
        return anywhere(failure, 0, t -> t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof ConnectException
                || t instanceof SQLException sql && isOutage(sql));
    }

    /**
     * Whether the failure happened while the transaction was being committed. When the connection is lost
     * then, the database may or may not have applied the change before it went away.
     */
    public static boolean duringCommit(Throwable failure) {
        return anywhere(failure, 0, t -> t instanceof RollbackException || t instanceof HeuristicMixedException);
    }

    private static boolean anywhere(Throwable failure, int depth, Predicate<Throwable> test) {
        if (failure == null || depth > MAX_DEPTH) {
            return false;
        }
        if (test.test(failure)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (anywhere(suppressed, depth + 1, test)) {
                return true;
            }
        }
        return failure.getCause() != failure && anywhere(failure.getCause(), depth + 1, test);
    }

    /** The innermost message of the failure, to log in one line instead of a stack trace. */
    public static String reason(Throwable failure) {
        Throwable root = failure;
        int depth = 0;
        while (root.getCause() != null && root.getCause() != root && depth++ < MAX_DEPTH) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static boolean isOutage(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && (state.startsWith(CONNECTION_STATE_CLASS) || state.startsWith(SHUTDOWN_STATE_PREFIX))) {
            return true;
        }
        return sql.getMessage() != null && sql.getMessage().startsWith(POOL_TIMEOUT);
    }
}
