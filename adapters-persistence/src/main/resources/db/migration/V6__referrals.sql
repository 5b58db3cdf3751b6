-- Referrals customers send to partners through their public profiles (R8).
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- One row per referral. The customer's contact is kept as sent: a name and at least an email or a
-- phone number. A referral is answered (accepted or declined) by answer_by = received_on + 14
-- days, or expires the day after; an accepted one ends won or lost. `status_changed_on` is the day
-- of the last change (the day received while open). The version grows with every change.
CREATE TABLE referral (
    id                UUID          NOT NULL,
    organization_id   UUID          NOT NULL,
    contact_name      VARCHAR(200)  NOT NULL,
    contact_email     VARCHAR(254),
    contact_phone     VARCHAR(30),
    contact_company   VARCHAR(200),
    need              VARCHAR(2000) NOT NULL,
    company_size      VARCHAR(16)   NOT NULL,
    received_on       DATE          NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    status_changed_on DATE          NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT referral_pk PRIMARY KEY (id),
    CONSTRAINT referral_organization_fk FOREIGN KEY (organization_id)
        REFERENCES organization (id),
    CONSTRAINT referral_contact_ck CHECK (contact_email IS NOT NULL OR contact_phone IS NOT NULL),
    CONSTRAINT referral_size_ck
        CHECK (company_size IN ('MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'ENTERPRISE')),
    CONSTRAINT referral_status_ck
        CHECK (status IN ('OPEN', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WON', 'LOST')),
    CONSTRAINT referral_status_changed_ck CHECK (status_changed_on >= received_on)
);

-- An organization's referrals, newest first: the list reads this index in order and stops at the
-- page size, with or without the status filter (the second index serves the filtered list).
CREATE INDEX referral_organization_received_ix
    ON referral (organization_id, received_on DESC, id);
CREATE INDEX referral_organization_status_received_ix
    ON referral (organization_id, status, received_on DESC, id);

-- The expiry job's query: open referrals received before a day, oldest first.
CREATE INDEX referral_status_received_ix ON referral (status, received_on, id);
