-- A county's own values of what the seeds leave to it (settings/CountySetting): a row only where the county
-- has set one; otherwise the configured default applies.
CREATE TABLE county_setting (
    county_code VARCHAR(6)  NOT NULL,
    name        VARCHAR(64) NOT NULL,
    days        INT         NOT NULL,
    version     INT         NOT NULL,
    changed_by  VARCHAR(255) NOT NULL,
    changed_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (county_code, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
