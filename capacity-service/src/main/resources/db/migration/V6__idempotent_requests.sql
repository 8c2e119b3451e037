-- Idempotency-Key of side-effecting POSTs (sovplan-common's IdempotencyFilter, docs/api-contracts.md): per caller
-- and key, the fingerprint of the request (SHA-256 of method, path, query and body) and, once it answered 2xx,
-- the answer to replay. A row without status is a request still running.
CREATE TABLE idempotent_request (
    caller           VARCHAR(255)  NOT NULL,
    idempotency_key  VARCHAR(255)  NOT NULL,
    fingerprint      CHAR(64)      NOT NULL,
    status           INTEGER,
    content_type     VARCHAR(255),
    location         TEXT,
    etag             VARCHAR(255),
    body             BYTEA,
    created_at       TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);
CREATE INDEX idempotent_request_created_idx ON idempotent_request (created_at);
