-- 变更: what changed on a household's records (the household and its members, its cases, measures and
-- visits), one row per change, written in the transaction of the change, so that a device that was offline
-- catches up on its grid after a cursor instead of reading everything again. Ids are time-ordered, so the
-- feed reads in id order, holding back the last seconds (a transaction that took an earlier id may commit
-- later). Scoped through the household, so a household moved to another grid takes its changes with it.
CREATE TABLE grid_change (
    id           BIGINT      NOT NULL,
    household_id BIGINT      NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    record_id    BIGINT      NOT NULL,
    change_type  VARCHAR(8)  NOT NULL,
    occurred_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_grid_change_household (household_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
