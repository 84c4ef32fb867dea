-- 节点租约: which running instance holds which node number of the id generator (10 bits, 0..1023). An
-- instance leases a free or expired number at start and renews it while it runs, so two instances never mint
-- ids with the same node number. Times are the database's (UTC), so that instances need not agree on a clock.
CREATE TABLE node_lease (
    node_id     SMALLINT     NOT NULL,
    holder      VARCHAR(100) NOT NULL,
    leased_at   DATETIME(3)  NOT NULL,
    expires_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (node_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
