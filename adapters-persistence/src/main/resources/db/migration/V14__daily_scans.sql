-- The daily scans (R6, R7) and their partitions, shared by every instance.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- One row per scan. The scheduled scan of a day is started once across instances: the unique
-- constraint on scheduled_day (NULL for an agent's extra scan, which any number may share) refuses
-- a second, and the instance that loses the race joins the first.
CREATE TABLE daily_scan (
    id            UUID                     NOT NULL,
    scanned_day   DATE                     NOT NULL,
    scheduled_day DATE,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT daily_scan_pk PRIMARY KEY (id),
    CONSTRAINT daily_scan_scheduled_uq UNIQUE (scheduled_day),
    CONSTRAINT daily_scan_scheduled_ck CHECK (scheduled_day IS NULL OR scheduled_day = scanned_day)
);

-- A partition: the paid organizations on scanned_day (the scan's, kept here so that a claim reads
-- and locks this row alone) from first_id to last_id (both included, in the database's
-- order of ids). An instance claims it until claimed_until, then records it done with its counts;
-- a claim whose lease ended (its instance died) is claimed again.
CREATE TABLE daily_scan_partition (
    scan_id         UUID                     NOT NULL,
    number          INTEGER                  NOT NULL,
    scanned_day     DATE                     NOT NULL,
    first_id        UUID                     NOT NULL,
    last_id         UUID                     NOT NULL,
    claimed_by      VARCHAR(200),
    claimed_until   TIMESTAMP WITH TIME ZONE,
    done_at         TIMESTAMP WITH TIME ZONE,
    organizations   INTEGER,
    changed         INTEGER,
    failed          INTEGER,
    CONSTRAINT daily_scan_partition_pk PRIMARY KEY (scan_id, number),
    CONSTRAINT daily_scan_partition_scan_fk FOREIGN KEY (scan_id) REFERENCES daily_scan (id),
    CONSTRAINT daily_scan_partition_claim_ck CHECK (
        (claimed_by IS NULL AND claimed_until IS NULL)
        OR (claimed_by IS NOT NULL AND claimed_until IS NOT NULL)),
    CONSTRAINT daily_scan_partition_done_ck CHECK (
        (done_at IS NULL AND organizations IS NULL AND changed IS NULL AND failed IS NULL)
        OR (done_at IS NOT NULL AND organizations IS NOT NULL AND changed IS NOT NULL
            AND failed IS NOT NULL))
);

-- The partitions left to scan, in order: what every claim reads.
CREATE INDEX daily_scan_partition_open_ix ON daily_scan_partition (done_at, scan_id, number);
