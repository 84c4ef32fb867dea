-- Household situation (income, visits with the guarantees they assessed) and assistance (measures).
-- Amounts are yuan with two decimals. Derived figures (net and per-capita income) are never stored.

-- 收入监测标准: set per year for a region; the longest matching prefix of a household's county code wins
-- (a county's own line over its province's).
CREATE TABLE income_line (
    id             BIGINT         NOT NULL,
    year           SMALLINT       NOT NULL,
    region_prefix  VARCHAR(6)     NOT NULL,
    amount         DECIMAL(12, 2) NOT NULL,
    set_by         VARCHAR(100)   NOT NULL,
    set_at         DATETIME(3)    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_income_line (year, region_prefix)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE income_record (
    id                      BIGINT         NOT NULL,
    household_id            BIGINT         NOT NULL,
    year                    SMALLINT       NOT NULL,
    wage_income             DECIMAL(12, 2) NOT NULL,
    operating_income        DECIMAL(12, 2) NOT NULL,
    property_income         DECIMAL(12, 2) NOT NULL,
    transfer_income         DECIMAL(12, 2) NOT NULL,
    productive_expenditure  DECIMAL(12, 2) NOT NULL,
    medical_expenditure     DECIMAL(12, 2) NOT NULL,
    education_expenditure   DECIMAL(12, 2) NOT NULL,
    other_rigid_expenditure DECIMAL(12, 2) NOT NULL,
    recorded_by             VARCHAR(100)   NOT NULL,
    recorded_at             DATETIME(3)    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_income_household_year (household_id, year),
    CONSTRAINT fk_income_household FOREIGN KEY (household_id) REFERENCES household (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE visit (
    id            BIGINT        NOT NULL,
    household_id  BIGINT        NOT NULL,
    visitor_name  VARCHAR(100)  NOT NULL,
    visitor_roles VARCHAR(200)  NOT NULL,
    method        VARCHAR(16)   NOT NULL,
    visited_at    DATETIME(3)   NOT NULL,
    risk_found    BOOLEAN       NOT NULL,
    risk_note     VARCHAR(1000) NULL,
    policy_aware  BOOLEAN       NOT NULL,
    note          VARCHAR(1000) NULL,
    recorded_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_visit_household (household_id, visited_at),
    CONSTRAINT fk_visit_household FOREIGN KEY (household_id) REFERENCES household (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 两不愁三保障及饮水安全, as one visit assessed them: the latest visit's are the household's current ones,
-- the earlier ones its history.
CREATE TABLE visit_guarantee (
    visit_id  BIGINT       NOT NULL,
    item      VARCHAR(12)  NOT NULL,
    state     VARCHAR(12)  NOT NULL,
    note      VARCHAR(500) NULL,
    PRIMARY KEY (visit_id, item),
    CONSTRAINT fk_guarantee_visit FOREIGN KEY (visit_id) REFERENCES visit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE measure (
    id                      BIGINT         NOT NULL,
    case_id                 BIGINT         NOT NULL,
    member_id               BIGINT         NULL,
    category                VARCHAR(16)    NOT NULL,
    content                 VARCHAR(1000)  NOT NULL,
    responsible_department  VARCHAR(100)   NOT NULL,
    responsible_cadre       VARCHAR(50)    NOT NULL,
    funds                   DECIMAL(12, 2) NOT NULL,
    planned_completion      DATE           NOT NULL,
    status                  VARCHAR(16)    NOT NULL,
    completed_on            DATE           NULL,
    created_at              DATETIME(3)    NOT NULL,
    updated_at              DATETIME(3)    NOT NULL,
    version                 INT            NOT NULL,
    PRIMARY KEY (id),
    KEY ix_measure_case (case_id, id),
    CONSTRAINT fk_measure_case FOREIGN KEY (case_id) REFERENCES monitored_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A rule raises at most one open lead per household and cause: the cause is kept beside the lead.
ALTER TABLE risk_lead ADD COLUMN rule_cause VARCHAR(32) NULL;
CREATE INDEX ix_lead_rule ON risk_lead (household_id, rule_cause, status);
