-- Issue 13: the key-person warning (a paid membership resting on one person), the persons it
-- names, the kind of each email, and each organization's choice of warnings.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- The new alert kind. The persons a key-person warning names (their ids and their names on the
-- day raised) are kept as JSON text, read whole, never queried: '[]' for every other kind.
ALTER TABLE alert DROP CONSTRAINT alert_kind_ck;
ALTER TABLE alert ADD CONSTRAINT alert_kind_ck
    CHECK (kind IN ('RENEWAL_AT_RISK', 'LAPSE_AHEAD', 'MEMBERSHIP_RESTS_ON_ONE_PERSON'));
ALTER TABLE alert ADD COLUMN key_persons TEXT DEFAULT '[]' NOT NULL;

-- Which template an email is laid out with; every email before this one was about renewal risk.
ALTER TABLE outbox_message ADD COLUMN notification_kind VARCHAR(32) DEFAULT 'RENEWAL_RISK' NOT NULL;
ALTER TABLE outbox_message ADD CONSTRAINT outbox_message_kind_ck
    CHECK (notification_kind IN ('RENEWAL_RISK', 'KEY_PERSON'));

-- One row per organization whose admins changed its warnings; an organization without one
-- receives every warning. A batch of re-evaluations reads its rows along the primary key.
CREATE TABLE warning_settings (
    organization_id    UUID    NOT NULL,
    key_person_warning BOOLEAN NOT NULL,
    CONSTRAINT warning_settings_pk PRIMARY KEY (organization_id),
    CONSTRAINT warning_settings_organization_fk FOREIGN KEY (organization_id)
        REFERENCES organization (id)
);
