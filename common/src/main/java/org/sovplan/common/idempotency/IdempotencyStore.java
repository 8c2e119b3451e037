package org.sovplan.common.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code idempotent_request} table, written with plain JDBC in its own short autocommit statements:
 * a claimed key must be visible to a concurrent retry at once, whatever transaction the operation runs in.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** A stored request: its fingerprint and, once answered, the answer to replay. */
    public record Entry(String fingerprint, Integer status, String contentType, String location, String etag,
            byte[] body, Instant createdAt) {

        boolean answered() {
            return status != null;
        }
    }

    private final DataSource dataSource;
    private final Duration retention;
    private final Duration inProgressTimeout;

    /**
     * @param retention how long an answer is replayed for its key; after that the key may be used afresh
     * @param inProgressTimeout how long a key stays locked by a request that never answered (a crashed one);
     *        retries get 409 meanwhile
     */
    public IdempotencyStore(DataSource dataSource,
            @ConfigProperty(name = "sovplan.idempotency.retention", defaultValue = "24h") Duration retention,
            @ConfigProperty(name = "sovplan.idempotency.in-progress-timeout", defaultValue = "2m") Duration inProgressTimeout) {
        this.dataSource = dataSource;
        this.retention = retention;
        this.inProgressTimeout = inProgressTimeout;
    }

    /** Claims the key for a new request; false when a live entry holds it already. */
    public boolean claim(String caller, String key, String fingerprint) {
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            // Expired answers (anyone's: the table stays small) and an abandoned claim of this key are forgotten.
            try (PreparedStatement expire = connection.prepareStatement("""
                    DELETE FROM idempotent_request WHERE created_at < ?
                      OR (caller = ? AND idempotency_key = ? AND status IS NULL AND created_at < ?)""")) {
                expire.setTimestamp(1, Timestamp.from(now.minus(retention)));
                expire.setString(2, caller);
                expire.setString(3, key);
                expire.setTimestamp(4, Timestamp.from(now.minus(inProgressTimeout)));
                expire.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO idempotent_request (caller, idempotency_key, fingerprint, created_at)
                    VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
                insert.setString(1, caller);
                insert.setString(2, key);
                insert.setString(3, fingerprint);
                insert.setTimestamp(4, Timestamp.from(now));
                return insert.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency store unavailable", e);
        }
    }

    public Optional<Entry> find(String caller, String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT fingerprint, status, content_type, location, etag, body, created_at
                        FROM idempotent_request WHERE caller = ? AND idempotency_key = ?""")) {
            select.setString(1, caller);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                int status = row.getInt(2);
                return Optional.of(new Entry(row.getString(1), row.wasNull() ? null : status, row.getString(3),
                        row.getString(4), row.getString(5), row.getBytes(6), row.getTimestamp(7).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency store unavailable", e);
        }
    }

    /** Records the answer of a claimed key. */
    public void answer(String caller, String key, int status, String contentType, String location, String etag,
            byte[] body) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("""
                        UPDATE idempotent_request SET status = ?, content_type = ?, location = ?, etag = ?, body = ?
                        WHERE caller = ? AND idempotency_key = ?""")) {
            update.setInt(1, status);
            update.setString(2, contentType);
            update.setString(3, location);
            update.setString(4, etag);
            update.setBytes(5, body);
            update.setString(6, caller);
            update.setString(7, key);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency store unavailable", e);
        }
    }

    /** Frees a claimed key whose request failed, so that a retry runs it again. */
    public void release(String caller, String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM idempotent_request WHERE caller = ? AND idempotency_key = ? AND status IS NULL")) {
            delete.setString(1, caller);
            delete.setString(2, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency store unavailable", e);
        }
    }
}
