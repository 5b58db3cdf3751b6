-- The record of what each paid term attained, and what the public profile shows (R6, R8).
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- The highest level each competency reached at any evaluation during one term of an organization's
-- membership. Rows are only inserted or raised (SILVER to GOLD), never lowered or deleted, so that
-- a competency attained during the term stays shown until the term ends even if lost since.
CREATE TABLE term_attainment (
    organization_id UUID        NOT NULL,
    term_starts_on  DATE        NOT NULL,
    term_ends_on    DATE        NOT NULL,
    competency_id   VARCHAR(64) NOT NULL,
    highest_level   VARCHAR(16) NOT NULL,
    CONSTRAINT term_attainment_pk
        PRIMARY KEY (organization_id, term_starts_on, term_ends_on, competency_id),
    CONSTRAINT term_attainment_organization_fk FOREIGN KEY (organization_id)
        REFERENCES organization (id),
    CONSTRAINT term_attainment_level_ck CHECK (highest_level IN ('SILVER', 'GOLD')),
    CONSTRAINT term_attainment_term_ck CHECK (term_ends_on >= term_starts_on)
);

-- What each organization's profile shows, as of its latest re-evaluation under a paid membership:
-- a projection of the term's record for the public search, replaced whole at each re-evaluation.
-- A row counts until `shown_until`, the last day of the term's renewal window.
--   * the primary key (organization_id, competency_id) serves "how many shown at Gold" per profile;
--   * profile_shown_competency_search_ix serves the search by competency (and level, and day);
--   * profile_shown_competency_level_ix serves the search by level alone.
CREATE TABLE profile_shown_competency (
    organization_id UUID        NOT NULL,
    competency_id   VARCHAR(64) NOT NULL,
    shown_level     VARCHAR(16) NOT NULL,
    shown_until     DATE        NOT NULL,
    CONSTRAINT profile_shown_competency_pk PRIMARY KEY (organization_id, competency_id),
    CONSTRAINT profile_shown_competency_organization_fk FOREIGN KEY (organization_id)
        REFERENCES organization (id),
    CONSTRAINT profile_shown_competency_level_ck CHECK (shown_level IN ('SILVER', 'GOLD'))
);

CREATE INDEX profile_shown_competency_search_ix
    ON profile_shown_competency (competency_id, shown_level, shown_until, organization_id);
CREATE INDEX profile_shown_competency_level_ix
    ON profile_shown_competency (shown_level, shown_until, organization_id);

-- The organizations with a paid level on a day (a catalog change re-evaluates them).
CREATE INDEX membership_purchase_term_ix
    ON membership_purchase (renewal_window_ends_on, starts_on, organization_id);
