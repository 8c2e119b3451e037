-- Several replicas share this database, and a plan is solved in the memory of one of them. The row
-- names that replica (owner) and how long it vouches for the plan (lease_until, renewed on a
-- schedule from the database clock). Any replica fails an active plan whose lease has run out.
-- A cancel that arrives at another replica is recorded in cancel_requested_at for the owner.
ALTER TABLE plan
    ADD COLUMN owner               VARCHAR(253),
    ADD COLUMN lease_until         TIMESTAMPTZ,
    ADD COLUMN cancel_requested_at TIMESTAMPTZ;

-- Plans active before leases existed have no replica renewing them: their lease ends now, so
-- the first sweep fails them (as the old startup recovery did).
UPDATE plan SET lease_until = now() WHERE status IN ('QUEUED', 'SOLVING');

-- Every active plan carries a lease, so the sweep (lease_until < now()) can never miss one.
ALTER TABLE plan ADD CONSTRAINT plan_active_lease
    CHECK (status NOT IN ('QUEUED', 'SOLVING') OR lease_until IS NOT NULL);

-- The sweep reads only active plans by lease end.
CREATE INDEX plan_active_lease_idx ON plan (lease_until) WHERE status IN ('QUEUED', 'SOLVING');
