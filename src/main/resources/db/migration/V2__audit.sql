-- 审计记录: one row per mutation, written in the mutation's own transaction. Append-only: the
-- application inserts and reads, never updates or deletes.
CREATE TABLE audit_record (
    id          BIGINT       NOT NULL,
    occurred_at DATETIME(3)  NOT NULL,
    subject     VARCHAR(64)  NOT NULL,
    caller_name VARCHAR(100) NOT NULL,
    roles       VARCHAR(200) NOT NULL,
    grids       TEXT         NOT NULL,
    operation   VARCHAR(50)  NOT NULL,
    target_type VARCHAR(30)  NOT NULL,
    target_id   BIGINT       NOT NULL,
    request_id  VARCHAR(64)  NOT NULL,
    changes     TEXT         NOT NULL,
    PRIMARY KEY (id),
    KEY ix_audit_target (target_type, target_id, id),
    KEY ix_audit_subject (subject, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
