-- Issue 13, the agents' view of organizations at risk (resting on one person, or lapsing within N
-- days), read from stored data. Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in
-- PostgreSQL mode.

-- The organizations with an ongoing alert of one kind (the key-person warning): the unique index
-- of ongoing alerts starts with the organization, so it cannot find them by kind.
CREATE INDEX alert_ongoing_kind_ix ON alert (ongoing_kind, organization_id);

-- The purchases intact today whose term ends before the horizon: those whose renewal window has
-- not ended yet (the current and the renewals bought), with the end of their term in the index.
CREATE INDEX membership_purchase_lapse_ix
    ON membership_purchase (renewal_window_ends_on, ends_on, starts_on, organization_id);
