-- 部门筛查预警: what department systems push, batch by batch, and what became of each warning.

-- A batch as received: its content hash makes a resend with the same id replay the stored results, and a
-- resend with other content a conflict.
CREATE TABLE warning_batch (
    id            BIGINT        NOT NULL,
    department    VARCHAR(32)   NOT NULL,
    batch_id      VARCHAR(64)   NOT NULL,
    content_hash  BINARY(32)    NOT NULL,
    county_code   CHAR(6)       NOT NULL,
    item_count    INT           NOT NULL,
    received_by   VARCHAR(100)  NOT NULL,
    received_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_warning_batch (department, county_code, batch_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The warnings kept: matched to a household (ACCEPTED, with the lead it raised, routed to the household's
-- township for verification) or not (UNMATCHED, listed for the county: a person the system does not know).
-- A department's reference id is unique in the county it serves; change_seq orders its change feed.
CREATE TABLE department_warning (
    id                 BIGINT         NOT NULL,
    batch_id           BIGINT         NOT NULL,
    department         VARCHAR(32)    NOT NULL,
    reference_id       VARCHAR(64)    NOT NULL,
    county_code        CHAR(6)        NOT NULL,
    household_id       BIGINT         NULL,
    id_number_cipher   VARBINARY(128) NULL,
    id_number_hash     BINARY(32)     NULL,
    household_number   VARCHAR(32)    NULL,
    risk_types         VARCHAR(300)   NOT NULL,
    observed_on        DATE           NOT NULL,
    facts              VARCHAR(2000)  NOT NULL,
    status             VARCHAR(24)    NOT NULL,
    lead_id            BIGINT         NULL,
    verify_by          DATETIME(3)    NULL,
    verified_by        VARCHAR(100)   NULL,
    verified_at        DATETIME(3)    NULL,
    verification_note  VARCHAR(1000)  NULL,
    help_note          VARCHAR(500)   NULL,
    received_at        DATETIME(3)    NOT NULL,
    change_seq         BIGINT         NOT NULL,
    version            INT            NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_department_reference (department, county_code, reference_id),
    KEY ix_warning_changes (department, change_seq),
    KEY ix_warning_household (household_id),
    KEY ix_warning_status (status, verify_by),
    CONSTRAINT fk_warning_batch FOREIGN KEY (batch_id) REFERENCES warning_batch (id),
    CONSTRAINT fk_warning_household FOREIGN KEY (household_id) REFERENCES household (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the push answered for each item, kept so that a resend replays it exactly.
CREATE TABLE warning_result (
    batch_id      BIGINT         NOT NULL,
    position      INT            NOT NULL,
    reference_id  VARCHAR(64)    NOT NULL,
    outcome       VARCHAR(16)    NOT NULL,
    warning_id    BIGINT         NULL,
    errors        VARCHAR(4000)  NULL,
    PRIMARY KEY (batch_id, position),
    CONSTRAINT fk_result_batch FOREIGN KEY (batch_id) REFERENCES warning_batch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Leads from the 12317 hotline, petitions and the media keep the channel's reference and date.
ALTER TABLE risk_lead
    ADD COLUMN channel_reference VARCHAR(100) NULL,
    ADD COLUMN received_on DATE NULL;
