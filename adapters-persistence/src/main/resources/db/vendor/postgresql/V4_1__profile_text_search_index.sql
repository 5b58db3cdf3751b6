-- PostgreSQL only: makes the public profile search's `searchable LIKE '%word%'` index-backed.
-- A trigram GIN index serves LIKE with a leading wildcard (for words of three or more letters).
-- pg_trgm is a trusted extension: the database's owner may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX marketing_profile_searchable_trgm_ix
    ON marketing_profile USING GIN (searchable gin_trgm_ops);
