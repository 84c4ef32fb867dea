-- 数据质量问题的研判与认领: what a grid judged of a data-quality finding, who owns it and by when, and the problem
-- raised from it. A finding is named by its kind and the record it is about (as quality_finding); the
-- fingerprint is of the data the finding was found on when it was judged, so that a judgement "the record is
-- right" holds until that data changes, and the finding shows again then. One row per finding: a later judgement
-- replaces the earlier one, which the audit trail keeps.
CREATE TABLE quality_settlement (
    kind          VARCHAR(40)   NOT NULL,
    record_id     BIGINT        NOT NULL,
    household_id  BIGINT        NOT NULL,
    owner_grid    VARCHAR(14)   NOT NULL,
    deadline      DATE          NULL,
    judgement     VARCHAR(20)   NULL,
    reason        VARCHAR(500)  NULL,
    fingerprint   CHAR(64)      NULL,
    judged_by     VARCHAR(100)  NULL,
    judged_on     DATE          NULL,
    problem_id    BIGINT        NULL,
    version       INT           NOT NULL,
    PRIMARY KEY (kind, record_id),
    KEY ix_quality_settlement_household (household_id),
    KEY ix_quality_settlement_problem (problem_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
