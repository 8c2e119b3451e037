package org.sovplan.common.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

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

    private DatabaseOutage() {
    }

    /** Whether the database being unreachable is somewhere in the failure's cause chain. */
    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && isOutage(sql)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message of the failure, to log in one line instead of a stack trace. */
    public static String reason(Throwable failure) {
        Throwable root = failure;
        int depth = 0;
        while (root.getCause() != null && root.getCause() != root && depth++ < 20) {
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
