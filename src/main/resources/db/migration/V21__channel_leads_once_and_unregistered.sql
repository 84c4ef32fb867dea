-- Leads from the 12317 hotline, petitions and the media: one lead per channel reference and household (the same
-- ticket recorded twice is one lead), and a lead about a person the county has not registered yet, kept until the
-- township or county links it to the household once registered.

CREATE INDEX ix_lead_channel ON risk_lead (channel_reference, source);

CREATE TABLE pending_lead (
    id                 BIGINT          NOT NULL,
    county_code        CHAR(6)         NOT NULL,
    township_code      CHAR(9)         NULL,
    grid_code          VARCHAR(14)     NOT NULL,
    source             VARCHAR(24)     NOT NULL,
    channel_reference  VARCHAR(100)    NOT NULL,
    received_on        DATE            NOT NULL,
    risk_types         VARCHAR(300)    NOT NULL,
    description        VARCHAR(1000)   NOT NULL,
    person_name        VARCHAR(50)     NOT NULL,
    id_number_cipher   VARBINARY(128)  NULL,
    id_number_hash     BINARY(32)      NULL,
    status             VARCHAR(16)     NOT NULL,
    lead_id            BIGINT          NULL,
    recorded_by        VARCHAR(100)    NOT NULL,
    recorded_at        DATETIME(3)     NOT NULL,
    version            INT             NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_pending_channel (county_code, source, channel_reference),
    KEY ix_pending_status (status, county_code, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
