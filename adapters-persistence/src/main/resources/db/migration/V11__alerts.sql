-- Renewal-risk alerts (R6).
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- One row per alert, ended and acknowledged ones included: an alert stays readable. An
-- organization has at most one ongoing alert of each kind, and the database enforces it: while the
-- alert has not ended, ongoing_kind repeats its kind, else it is NULL, and the unique constraint on
-- (organization_id, ongoing_kind) lets any number of ended alerts (NULLs) sit beside one ongoing
-- alert per kind. The shortfall lines are kept as JSON text, as they were on the day raised: read
-- whole, never queried. The version grows with every change (acknowledged, ended).
CREATE TABLE alert (
    id                UUID         NOT NULL,
    organization_id   UUID         NOT NULL,
    kind              VARCHAR(32)  NOT NULL,
    level             VARCHAR(16)  NOT NULL,
    cause_kind        VARCHAR(64)  NOT NULL,
    cause_description VARCHAR(500) NOT NULL,
    raised_on         DATE         NOT NULL,
    lapses_on         DATE,
    lapsing           TEXT         NOT NULL,
    now_short         TEXT         NOT NULL,
    restore_by        TEXT         NOT NULL,
    acknowledged_by   VARCHAR(255),
    acknowledged_on   DATE,
    ended_on          DATE,
    ongoing_kind      VARCHAR(32),
    version           BIGINT       NOT NULL,
    CONSTRAINT alert_pk PRIMARY KEY (id),
    CONSTRAINT alert_organization_fk FOREIGN KEY (organization_id)
        REFERENCES organization (id),
    CONSTRAINT alert_ongoing_uq UNIQUE (organization_id, ongoing_kind),
    CONSTRAINT alert_kind_ck CHECK (kind IN ('RENEWAL_AT_RISK', 'LAPSE_AHEAD')),
    CONSTRAINT alert_level_ck CHECK (level IN ('SILVER', 'GOLD')),
    -- IS NOT NULL spelled out: a CHECK whose result is unknown (NULL = kind) would pass.
    CONSTRAINT alert_ongoing_ck CHECK (
        (ended_on IS NULL AND ongoing_kind IS NOT NULL AND ongoing_kind = kind)
        OR (ended_on IS NOT NULL AND ongoing_kind IS NULL)),
    CONSTRAINT alert_lapses_on_ck CHECK (
        (kind = 'LAPSE_AHEAD' AND lapses_on IS NOT NULL)
        OR (kind <> 'LAPSE_AHEAD' AND lapses_on IS NULL)),
    CONSTRAINT alert_acknowledgement_ck CHECK (
        (acknowledged_by IS NULL AND acknowledged_on IS NULL)
        OR (acknowledged_by IS NOT NULL AND acknowledged_on IS NOT NULL)),
    CONSTRAINT alert_ended_ck CHECK (ended_on IS NULL OR ended_on >= raised_on),
    CONSTRAINT alert_version_ck CHECK (version >= 0)
);

-- An organization's alerts, newest raised first: the list reads this index in order. The ongoing
-- alerts are found along the unique constraint's index (organization_id first).
CREATE INDEX alert_organization_raised_ix ON alert (organization_id, raised_on DESC, id);
