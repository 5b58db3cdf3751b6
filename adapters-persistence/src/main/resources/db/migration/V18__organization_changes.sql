-- Issue 10: a counter of the units of work that changed an organization, bumped by the statement
-- that takes the organization's lock at the start of each. With the newest catalog version it
-- marks an organization's evidence, so that today's evaluation can be kept until either moves.
ALTER TABLE organization ADD COLUMN changes BIGINT DEFAULT 0 NOT NULL;
