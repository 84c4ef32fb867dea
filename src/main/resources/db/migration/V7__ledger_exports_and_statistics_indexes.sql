-- 台账导出记录: one row per ledger exported as a spreadsheet (who, which ledger, which grid, which columns,
-- how many rows). Append-only like audit_record: the application inserts and reads, never updates or deletes.
CREATE TABLE ledger_export (
    id               BIGINT       NOT NULL,
    exported_at      DATETIME(3)  NOT NULL,
    subject          VARCHAR(64)  NOT NULL,
    caller_name      VARCHAR(100) NOT NULL,
    roles            VARCHAR(200) NOT NULL,
    grids            TEXT         NOT NULL,
    ledger           VARCHAR(32)  NOT NULL,
    grid_code        VARCHAR(14)  NULL,
    columns_released TEXT         NOT NULL,
    row_count        INT          NOT NULL,
    completed        BOOLEAN      NOT NULL,
    PRIMARY KEY (id),
    KEY ix_ledger_export_subject (subject, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Dashboards count households under a grid grouped by its child grids: with the four codes in one index
-- (the ancestors' equalities are implied by the code and repeated in the SQL), any level's breakdown is a
-- range scan of this index that never touches the rows.
CREATE INDEX ix_household_levels ON household (county_code, township_code, village_code, group_code, category);
