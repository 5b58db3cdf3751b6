-- The benefits catalog and the offers organizations claimed (R9).
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- The catalog is data: one row per offer, in catalog order (list_index). An offer needs a
-- membership level (NETWORK for every member) and, for some, a competency level besides: in one
-- named competency, or in any competency when competency_id is null. A free offer has no price.
CREATE TABLE benefit_offer (
    id               VARCHAR(64)    NOT NULL,
    list_index       INTEGER        NOT NULL,
    name             VARCHAR(100)   NOT NULL,
    description      VARCHAR(2000)  NOT NULL,
    membership_level VARCHAR(16)    NOT NULL,
    competency_id    VARCHAR(64),
    competency_level VARCHAR(16),
    worth            VARCHAR(200)   NOT NULL,
    price_amount     NUMERIC(19, 2),
    price_currency   CHAR(3),
    CONSTRAINT benefit_offer_pk PRIMARY KEY (id),
    CONSTRAINT benefit_offer_list_index_uq UNIQUE (list_index),
    CONSTRAINT benefit_offer_name_uq UNIQUE (name),
    CONSTRAINT benefit_offer_index_ck CHECK (list_index >= 0),
    CONSTRAINT benefit_offer_membership_ck CHECK (membership_level IN ('NETWORK', 'SILVER', 'GOLD')),
    CONSTRAINT benefit_offer_competency_ck CHECK (competency_level IN ('SILVER', 'GOLD')),
    CONSTRAINT benefit_offer_named_competency_ck CHECK (
        competency_id IS NULL OR competency_level IS NOT NULL),
    CONSTRAINT benefit_offer_price_ck CHECK (
        (price_amount IS NULL AND price_currency IS NULL)
        OR (price_amount > 0 AND price_currency IS NOT NULL))
);

-- One claim per organization, offer and claim period (the term in force, or the calendar year of a
-- network member, identified by its first day). The unique key makes the second of two concurrent
-- claims fail, and serves the reads by organization. The price is what the offer cost when claimed.
CREATE TABLE benefit_claim (
    id                     UUID           NOT NULL,
    organization_id        UUID           NOT NULL,
    offer_id               VARCHAR(64)    NOT NULL,
    claimed_on             DATE           NOT NULL,
    claim_period_starts_on DATE           NOT NULL,
    price_amount           NUMERIC(19, 2),
    price_currency         CHAR(3),
    CONSTRAINT benefit_claim_pk PRIMARY KEY (id),
    CONSTRAINT benefit_claim_once_per_period_uq
        UNIQUE (organization_id, offer_id, claim_period_starts_on),
    CONSTRAINT benefit_claim_organization_fk FOREIGN KEY (organization_id)
        REFERENCES organization (id),
    CONSTRAINT benefit_claim_offer_fk FOREIGN KEY (offer_id) REFERENCES benefit_offer (id),
    CONSTRAINT benefit_claim_period_ck CHECK (claimed_on >= claim_period_starts_on),
    CONSTRAINT benefit_claim_price_ck CHECK (
        (price_amount IS NULL AND price_currency IS NULL)
        OR (price_amount > 0 AND price_currency IS NOT NULL))
);

-- The programme's offers. From the programme page: the action pack at Silver (about USD 20,000 of
-- internal-use rights for USD 475 a year), the marketing profile and its referrals, and Silver and
-- Gold competencies shown on the profile. The page says competency offers "vary by the type and
-- level of the competency attained" without listing them: azure-credits and technical-presales
-- are examples of that kind, with assumed values.
INSERT INTO benefit_offer
    (id, list_index, name, description, membership_level, competency_id, competency_level, worth,
     price_amount, price_currency)
VALUES
    ('action-pack', 0, 'Action pack subscription',
     'Software, cloud services, support sessions and more for the organization''s internal use, renewed a year at a time.',
     'SILVER', NULL, NULL, 'about USD 20,000 of internal-use rights', 475.00, 'USD'),
    ('marketing-profile', 1, 'Marketing profile and referrals',
     'A public marketing profile that customers search and compare when they choose a partner, and the referrals they send from it.',
     'NETWORK', NULL, NULL, 'referrals from customers looking for a partner', NULL, NULL),
    ('silver-competencies-shown', 2, 'Silver competencies on the profile',
     'Every competency attained at Silver is shown on the marketing profile.',
     'SILVER', NULL, NULL, 'Silver competencies shown to customers', NULL, NULL),
    ('gold-competencies-shown', 3, 'Gold competencies on the profile',
     'Competencies attained at Silver and at Gold are shown on the marketing profile.',
     'GOLD', NULL, NULL, 'Gold competencies shown to customers', NULL, NULL),
    ('azure-credits', 4, 'Azure credits',
     'Cloud credits for demonstrations and proofs of concept, for partners with the Cloud Platform competency.',
     'SILVER', 'cloud-platform', 'SILVER', 'USD 1,800 of Azure credits a year', NULL, NULL),
    ('technical-presales', 5, 'Technical presales and deployment hours',
     'Consultations with programme architects on customer proposals and deployments, for partners with a competency at Gold.',
     'SILVER', NULL, 'GOLD', 'up to 50 hours a year', NULL, NULL);
