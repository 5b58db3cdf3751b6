-- Memberships and their purchases (R4, R5).
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- One row per organization that ever bought a paid level; without one it is a network member.
-- The version grows with every purchase recorded, so that two concurrent purchases cannot both win.
CREATE TABLE membership (
    organization_id UUID        NOT NULL,
    latest_level    VARCHAR(16) NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT membership_pk PRIMARY KEY (organization_id),
    CONSTRAINT membership_organization_fk FOREIGN KEY (organization_id)
        REFERENCES organization (id),
    CONSTRAINT membership_latest_level_ck CHECK (latest_level IN ('SILVER', 'GOLD'))
);

-- Every purchase, in the order made (list_index); never changed once written. The term is kept as
-- the policy worked it out on the day, so that a later change of policy does not move it.
CREATE TABLE membership_purchase (
    organization_id        UUID           NOT NULL,
    list_index             INTEGER        NOT NULL,
    kind                   VARCHAR(16)    NOT NULL,
    level                  VARCHAR(16)    NOT NULL,
    purchased_on           DATE           NOT NULL,
    starts_on              DATE           NOT NULL,
    ends_on                DATE           NOT NULL,
    renewable_from         DATE           NOT NULL,
    renewal_window_ends_on DATE           NOT NULL,
    charged_amount         NUMERIC(19, 2) NOT NULL,
    charged_currency       CHAR(3)        NOT NULL,
    qualified_by           TEXT           NOT NULL,
    CONSTRAINT membership_purchase_pk PRIMARY KEY (organization_id, list_index),
    CONSTRAINT membership_purchase_membership_fk FOREIGN KEY (organization_id)
        REFERENCES membership (organization_id),
    CONSTRAINT membership_purchase_kind_ck CHECK (kind IN ('NEW', 'UPGRADE', 'RENEWAL')),
    CONSTRAINT membership_purchase_level_ck CHECK (level IN ('SILVER', 'GOLD')),
    CONSTRAINT membership_purchase_index_ck CHECK (list_index >= 0),
    CONSTRAINT membership_purchase_term_ck CHECK (
        ends_on >= starts_on
        AND renewable_from >= starts_on
        AND renewal_window_ends_on >= ends_on
        AND renewable_from <= renewal_window_ends_on),
    CONSTRAINT membership_purchase_charged_ck CHECK (charged_amount >= 0),
    CONSTRAINT membership_purchase_qualified_by_ck CHECK (qualified_by <> '')
);
