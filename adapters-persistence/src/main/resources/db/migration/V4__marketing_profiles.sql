-- Marketing profiles (R8), read and searched by the public.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- One row per organization whose admins wrote a profile. The organization's name and country are
-- copied onto the row when the profile is saved, so that the public search reads this table alone:
--   * `country` is the organization's country, filtered by equality;
--   * `name_key` is the lower-cased name, the order of the results;
--   * `searchable` is the lower-cased name, description, industries and cities, one per line:
--     the free-text search is `searchable LIKE '%word%'` on this column, evaluated in the database.
-- The index on (country, name_key, organization_id) serves the country filter and the page order;
-- the one on (name_key, organization_id) serves the order when no country is given, so a page is
-- read in index order and stops at its size. A LIKE with a leading wildcard cannot use a B-tree:
-- on PostgreSQL a pg_trgm GIN index on `searchable` would make it index-backed too; it is left
-- out here because H2 has no equivalent and the migrations must run unchanged on both.
CREATE TABLE marketing_profile (
    organization_id UUID          NOT NULL,
    description     VARCHAR(2500) NOT NULL,
    website         VARCHAR(2000),
    name_key        VARCHAR(200)  NOT NULL,
    country         VARCHAR(2)    NOT NULL,
    searchable      VARCHAR(4000) NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT marketing_profile_pk PRIMARY KEY (organization_id),
    CONSTRAINT marketing_profile_organization_fk FOREIGN KEY (organization_id)
        REFERENCES organization (id),
    CONSTRAINT marketing_profile_country_ck CHECK (country = UPPER(country) AND LENGTH(country) = 2)
);

CREATE INDEX marketing_profile_country_name_ix
    ON marketing_profile (country, name_key, organization_id);
CREATE INDEX marketing_profile_name_ix ON marketing_profile (name_key, organization_id);

-- Up to five places the organization works from, in the order its admin gave them.
CREATE TABLE marketing_profile_location (
    organization_id UUID         NOT NULL,
    list_index      INTEGER      NOT NULL,
    country         VARCHAR(2)   NOT NULL,
    city            VARCHAR(100) NOT NULL,
    CONSTRAINT marketing_profile_location_pk PRIMARY KEY (organization_id, list_index),
    CONSTRAINT marketing_profile_location_profile_fk FOREIGN KEY (organization_id)
        REFERENCES marketing_profile (organization_id),
    CONSTRAINT marketing_profile_location_index_ck CHECK (list_index >= 0 AND list_index < 5),
    CONSTRAINT marketing_profile_location_country_ck
        CHECK (country = UPPER(country) AND LENGTH(country) = 2)
);

-- The industries the organization serves, in the order its admin gave them.
CREATE TABLE marketing_profile_industry (
    organization_id UUID        NOT NULL,
    list_index      INTEGER     NOT NULL,
    label           VARCHAR(50) NOT NULL,
    CONSTRAINT marketing_profile_industry_pk PRIMARY KEY (organization_id, list_index),
    CONSTRAINT marketing_profile_industry_profile_fk FOREIGN KEY (organization_id)
        REFERENCES marketing_profile (organization_id),
    CONSTRAINT marketing_profile_industry_index_ck CHECK (list_index >= 0)
);
