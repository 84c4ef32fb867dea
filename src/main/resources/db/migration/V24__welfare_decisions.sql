-- Civil affairs' decisions on 低保 and 特困 (seed 001, 七(二)): each one once per reference in its county, so that a
-- resend answers the decision recorded; the household's status and income records follow them.
CREATE TABLE welfare_decision (
    id              BIGINT        NOT NULL,
    county_code     CHAR(6)       NOT NULL,
    reference       VARCHAR(64)   NOT NULL,
    household_id    BIGINT        NOT NULL,
    programme       VARCHAR(32)   NOT NULL,
    decision        VARCHAR(16)   NOT NULL,
    effective_on    DATE          NOT NULL,
    monthly_amount  DECIMAL(12,2) NULL,
    recorded_by     VARCHAR(100)  NOT NULL,
    recorded_at     DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_welfare_decision_reference (county_code, reference),
    KEY ix_welfare_decision_household (household_id, programme, effective_on),
    CONSTRAINT fk_welfare_decision_household FOREIGN KEY (household_id) REFERENCES household (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
