-- H2 has no trigram index: the embedded database searches profiles by scanning `searchable`.
-- This migration keeps the version numbers the same on both databases.
SELECT 1;
