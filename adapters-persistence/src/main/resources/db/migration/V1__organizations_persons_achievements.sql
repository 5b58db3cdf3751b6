-- Organizations, persons with their association history (R3), and achievements.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.
-- Constraint names are <table>_<what>_<pk|fk|uq|ck>; the persistence adapter recognises the
-- unique ones by name to report a conflict with a stable code.

CREATE TABLE organization (
    id      UUID         NOT NULL,
    name    VARCHAR(200) NOT NULL,
    country VARCHAR(2)   NOT NULL,
    market  VARCHAR(16)  NOT NULL,
    version BIGINT       NOT NULL,
    CONSTRAINT organization_pk PRIMARY KEY (id),
    CONSTRAINT organization_country_ck CHECK (country = UPPER(country) AND LENGTH(country) = 2),
    CONSTRAINT organization_market_ck CHECK (market IN ('DEVELOPED', 'DEVELOPING')),
    CONSTRAINT organization_version_ck CHECK (version >= 0)
);

-- Organizations are listed by name, then id.
CREATE INDEX organization_name_ix ON organization (name, id);

CREATE TABLE organization_admin (
    organization_id UUID         NOT NULL,
    list_index      INTEGER      NOT NULL,
    name            VARCHAR(200) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    CONSTRAINT organization_admin_pk PRIMARY KEY (organization_id, list_index),
    CONSTRAINT organization_admin_organization_fk FOREIGN KEY (organization_id)
        REFERENCES organization (id) ON DELETE CASCADE,
    CONSTRAINT organization_admin_list_index_ck CHECK (list_index >= 0),
    CONSTRAINT organization_admin_email_ck CHECK (email = LOWER(email))
);

CREATE TABLE person (
    id      UUID         NOT NULL,
    name    VARCHAR(200) NOT NULL,
    email   VARCHAR(254) NOT NULL,
    version BIGINT       NOT NULL,
    CONSTRAINT person_pk PRIMARY KEY (id),
    CONSTRAINT person_email_uq UNIQUE (email),
    -- emails compare case-insensitively: stored lower-case, the unique constraint sees all cases
    CONSTRAINT person_email_ck CHECK (email = LOWER(email)),
    CONSTRAINT person_version_ck CHECK (version >= 0)
);

-- Members are listed by name, then id.
CREATE INDEX person_name_ix ON person (name, id);

-- One row per association; open while "until" is NULL. open_person_id repeats person_id while
-- the association is open and is NULL once it ended, so the unique constraint on it allows at
-- most one open association per person (H2 has no partial indexes, hence this portable form).
CREATE TABLE person_association (
    person_id       UUID        NOT NULL,
    list_index      INTEGER     NOT NULL,
    organization_id UUID        NOT NULL,
    since           DATE        NOT NULL,
    until           DATE,
    end_reason      VARCHAR(20),
    open_person_id  UUID,
    CONSTRAINT person_association_pk PRIMARY KEY (person_id, list_index),
    CONSTRAINT person_association_person_fk FOREIGN KEY (person_id)
        REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT person_association_organization_fk FOREIGN KEY (organization_id)
        REFERENCES organization (id),
    CONSTRAINT person_association_open_uq UNIQUE (open_person_id),
    CONSTRAINT person_association_list_index_ck CHECK (list_index >= 0),
    CONSTRAINT person_association_period_ck CHECK (until IS NULL OR until >= since),
    CONSTRAINT person_association_end_ck CHECK (
        (until IS NULL AND end_reason IS NULL)
        OR (until IS NOT NULL AND end_reason IN ('LEFT', 'MOVED', 'REMOVED_BY_ADMIN'))),
    -- "IS NOT NULL" matters: a NULL marker would make "=" unknown, and a CHECK lets unknown pass
    CONSTRAINT person_association_open_ck CHECK (
        (until IS NULL AND open_person_id IS NOT NULL AND open_person_id = person_id)
        OR (until IS NOT NULL AND open_person_id IS NULL))
);

-- The members of an organization: its open associations.
CREATE INDEX person_association_organization_ix ON person_association (organization_id, until);

CREATE TABLE achievement (
    id             UUID        NOT NULL,
    holder_id      UUID        NOT NULL,
    kind           VARCHAR(32) NOT NULL,
    code           VARCHAR(64) NOT NULL,
    earned_on      DATE        NOT NULL,
    expires_on     DATE,
    credit_ends_on DATE,
    CONSTRAINT achievement_pk PRIMARY KEY (id),
    CONSTRAINT achievement_holder_fk FOREIGN KEY (holder_id) REFERENCES person (id),
    -- the same earning is recorded once; its index also serves reading achievements by holder
    CONSTRAINT achievement_earning_uq UNIQUE (holder_id, code, earned_on),
    CONSTRAINT achievement_kind_ck CHECK (
        kind IN ('EXAM', 'CERTIFICATION', 'TECHNICAL_ASSESSMENT', 'SALES_ASSESSMENT')),
    CONSTRAINT achievement_expiry_ck CHECK (expires_on IS NULL OR expires_on >= earned_on),
    CONSTRAINT achievement_credit_ck CHECK (credit_ends_on IS NULL OR credit_ends_on >= earned_on)
);
