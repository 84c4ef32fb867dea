-- 敏感个人信息查阅记录 (PIPL art. 28; GB/T 35273 counts ID numbers among sensitive personal information): who
-- was shown full ID numbers or health data of which households. One row per request (or ledger export) and
-- kind, written before the response leaves; the households shown hang off it, written as one multi-row
-- insert per request (per page of 1,000 rows in an export), so a household page costs two statements and a
-- county's roster one statement per page it already reads. Append-only like audit_record (V10_1).
CREATE TABLE sensitive_access (
    id          BIGINT       NOT NULL,
    occurred_at DATETIME(3)  NOT NULL,
    subject     VARCHAR(64)  NOT NULL,
    caller_name VARCHAR(100) NOT NULL,
    roles       VARCHAR(200) NOT NULL,
    grids       TEXT         NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    operation   VARCHAR(100) NOT NULL,
    request_id  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_sensitive_access_subject (subject, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The households of one access; looked up by household for "who saw this household's data".
CREATE TABLE sensitive_access_household (
    access_id    BIGINT NOT NULL,
    household_id BIGINT NOT NULL,
    PRIMARY KEY (access_id, household_id),
    KEY ix_sensitive_access_household (household_id, access_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
