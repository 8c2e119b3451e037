-- Commits as persisted sagas. A commit is one row (its state and who asked for it) and one row
-- per step, written before the step's call to capacity-service: what is reserved or released,
-- under which Idempotency-Key and reference, and, once capacity-service answered, which
-- reservation. Compensation, retries, releases and the reconciler all work from these rows.
-- A lease (owner, lease_until, from the database clock) names the replica working on a commit.
CREATE TABLE plan_commit (
    plan_id       UUID          PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    saga_id       UUID          NOT NULL,
    state         VARCHAR(12)   NOT NULL,
    requested_by  VARCHAR(200)  NOT NULL,
    started_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    committed_at  TIMESTAMPTZ,
    released_at   TIMESTAMPTZ,
    released_by   VARCHAR(200),
    failure       VARCHAR(2000),
    owner         VARCHAR(253),
    lease_until   TIMESTAMPTZ,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT plan_commit_state
        CHECK (state IN ('COMMITTING', 'ABORTING', 'ABORTED', 'COMMITTED', 'RELEASING', 'RELEASED'))
);
-- The reconciler reads only unfinished commits.
CREATE INDEX plan_commit_unfinished_idx ON plan_commit (lease_until)
    WHERE state IN ('COMMITTING', 'ABORTING', 'RELEASING');

CREATE TABLE plan_commit_step (
    id               UUID          PRIMARY KEY,
    plan_id          UUID          NOT NULL REFERENCES plan_commit (plan_id) ON DELETE CASCADE,
    seq              INTEGER       NOT NULL,
    kind             VARCHAR(8)    NOT NULL CHECK (kind IN ('RELEASE', 'RESERVE')),
    workload_id      UUID          NOT NULL,
    site_id          UUID          NOT NULL,
    model_code       VARCHAR(64)   NOT NULL,
    gpus             INTEGER       NOT NULL CHECK (gpus > 0),
    it_mw            NUMERIC(12,6) NOT NULL CHECK (it_mw >= 0),
    reference        VARCHAR(300)  NOT NULL,
    idempotency_key  VARCHAR(200)  NOT NULL,
    reservation_id   UUID,
    from_plan_id     UUID,
    from_step_id     UUID,
    state            VARCHAR(10)   NOT NULL
                     CHECK (state IN ('PENDING', 'DONE', 'UNDONE', 'MOVED', 'RELEASED', 'LOST')),
    CONSTRAINT plan_commit_step_order UNIQUE (plan_id, seq),
    CONSTRAINT plan_commit_step_done_has_reservation CHECK (state <> 'DONE' OR reservation_id IS NOT NULL)
);
-- Which committed plan holds a workload's reservation now.
CREATE INDEX plan_commit_step_workload_idx ON plan_commit_step (workload_id, state);

-- What a plan saw at its creation: workloads already holding reservations of committed plans,
-- pinned or moved (committedWorkloads of the request).
ALTER TABLE plan ADD COLUMN held JSONB;

-- Commits made before sagas existed become committed sagas with one done step per reservation.
INSERT INTO plan_commit (plan_id, saga_id, state, requested_by, started_at, updated_at, committed_at)
SELECT id, id, 'COMMITTED', created_by, committed_at, committed_at, committed_at
FROM plan WHERE reservations IS NOT NULL AND committed_at IS NOT NULL;

INSERT INTO plan_commit_step (id, plan_id, seq, kind, workload_id, site_id, model_code, gpus, it_mw, reference,
        idempotency_key, reservation_id, state)
SELECT gen_random_uuid(), p.id, (r.ord - 1)::int, 'RESERVE', (r.doc ->> 'workloadId')::uuid, (r.doc ->> 'siteId')::uuid,
       r.doc ->> 'modelCode', (r.doc ->> 'gpus')::int, round((r.doc ->> 'itMw')::numeric, 6),
       'plan/' || p.id || '/workload/' || (r.doc ->> 'workloadId'), r.doc ->> 'idempotencyKey',
       (r.doc ->> 'reservationId')::uuid, 'DONE'
FROM plan p CROSS JOIN LATERAL jsonb_array_elements(p.reservations) WITH ORDINALITY AS r(doc, ord)
WHERE p.reservations IS NOT NULL AND p.committed_at IS NOT NULL;

-- plan.committed_at stays: when the plan's reservations were last all made (null once released).
ALTER TABLE plan DROP COLUMN reservations, DROP COLUMN commit_attempts;
