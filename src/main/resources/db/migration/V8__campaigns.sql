-- 集中排查 (seed 004): a county's inspection campaign, the inspection of each household (附件2/3) with the
-- village meeting's conclusion, the look back at eliminated cases (附件4), the review of open ones (附件5),
-- and the problem list (附件6). The weekly progress table (附件1) is computed from these rows and the case
-- events, never stored.

CREATE TABLE campaign (
    id           BIGINT         NOT NULL,
    name         VARCHAR(100)   NOT NULL,
    county_code  CHAR(6)        NOT NULL,
    starts_on    DATE           NOT NULL,
    ends_on      DATE           NOT NULL,
    income_line  DECIMAL(12, 2) NOT NULL,
    opened_by    VARCHAR(100)   NOT NULL,
    opened_at    DATETIME(3)    NOT NULL,
    PRIMARY KEY (id),
    KEY ix_campaign_county (county_code, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The grids a campaign covers (any level): a household is covered when one of its four codes is listed.
CREATE TABLE campaign_grid (
    campaign_id  BIGINT       NOT NULL,
    grid_code    VARCHAR(14)  NOT NULL,
    PRIMARY KEY (campaign_id, grid_code),
    CONSTRAINT fk_campaign_grid_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 排查台账: one row per inspection of a household; conclusion is the village meeting's (每周四研判):
-- INCLUDE (拟纳入, which raised lead_id) or EXCLUDE (不纳入).
CREATE TABLE inspection (
    id                BIGINT        NOT NULL,
    campaign_id       BIGINT        NOT NULL,
    household_id      BIGINT        NOT NULL,
    inspector_subject VARCHAR(64)   NOT NULL,
    inspector_name    VARCHAR(100)  NOT NULL,
    inspector_roles   VARCHAR(200)  NOT NULL,
    method            VARCHAR(16)   NOT NULL,
    inspected_on      DATE          NOT NULL,
    risk_found        BOOLEAN       NOT NULL,
    policy_aware      BOOLEAN       NOT NULL,
    family_situation  VARCHAR(1000) NULL,
    note              VARCHAR(1000) NULL,
    conclusion        VARCHAR(16)   NULL,
    concluded_on      DATE          NULL,
    concluded_by      VARCHAR(100)  NULL,
    lead_id           BIGINT        NULL,
    recorded_at       DATETIME(3)   NOT NULL,
    version           INT           NOT NULL,
    PRIMARY KEY (id),
    KEY ix_inspection_household (campaign_id, household_id),
    KEY ix_inspection_day (campaign_id, inspected_on),
    CONSTRAINT fk_inspection_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_inspection_household FOREIGN KEY (household_id) REFERENCES household (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 十类人群 that the data cannot know (e.g. a pandemic's impact on work): a cadre flags the household.
CREATE TABLE key_category_flag (
    campaign_id   BIGINT        NOT NULL,
    household_id  BIGINT        NOT NULL,
    category      VARCHAR(32)   NOT NULL,
    note          VARCHAR(1000) NOT NULL,
    flagged_by    VARCHAR(100)  NOT NULL,
    flagged_at    DATETIME(3)   NOT NULL,
    PRIMARY KEY (campaign_id, household_id, category),
    CONSTRAINT fk_flag_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_flag_household FOREIGN KEY (household_id) REFERENCES household (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 回头看 (附件4) of an eliminated case, and 研判 (附件5) of a case not yet eliminated.
CREATE TABLE case_check (
    id                  BIGINT        NOT NULL,
    campaign_id         BIGINT        NOT NULL,
    case_id             BIGINT        NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    income_stable       BOOLEAN       NULL,
    measures_done       BOOLEAN       NOT NULL,
    guarantees_secured  BOOLEAN       NULL,
    elimination_stable  BOOLEAN       NULL,
    needs_remarking     BOOLEAN       NULL,
    needs_clearance     BOOLEAN       NULL,
    meets_elimination   BOOLEAN       NULL,
    note                VARCHAR(1000) NULL,
    checked_on          DATE          NOT NULL,
    checked_by          VARCHAR(100)  NOT NULL,
    recorded_at         DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_case_check_case (campaign_id, case_id),
    KEY ix_case_check_day (campaign_id, checked_on),
    CONSTRAINT fk_case_check_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_case_check_case FOREIGN KEY (case_id) REFERENCES monitored_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 问题清单: a problem on a grid (a household's or case's is on its group grid), rectified by the grid's
-- cadres and verified (对账销号) by the level above. grid_code's prefix ranges are the scope.
CREATE TABLE problem (
    id                  BIGINT        NOT NULL,
    campaign_id         BIGINT        NULL,
    category            VARCHAR(32)   NOT NULL,
    description         VARCHAR(1000) NOT NULL,
    grid_code           VARCHAR(14)   NOT NULL,
    household_id        BIGINT        NULL,
    case_id             BIGINT        NULL,
    responsible_person  VARCHAR(50)   NOT NULL,
    measure             VARCHAR(1000) NOT NULL,
    deadline            DATE          NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    raised_by           VARCHAR(100)  NOT NULL,
    raised_on           DATE          NOT NULL,
    rectification       VARCHAR(1000) NULL,
    rectified_by        VARCHAR(100)  NULL,
    rectified_on        DATE          NULL,
    verified_by         VARCHAR(100)  NULL,
    verified_on         DATE          NULL,
    verification_note   VARCHAR(1000) NULL,
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    version             INT           NOT NULL,
    PRIMARY KEY (id),
    KEY ix_problem_grid (grid_code, id),
    KEY ix_problem_campaign (campaign_id, raised_on),
    KEY ix_problem_deadline (status, deadline)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The progress table counts cases approved, rolled back and cleared in a week: case events by day.
CREATE INDEX ix_event_action_time ON case_event (action, occurred_at);

-- Scale-risk warnings read the leads and cases of a period.
CREATE INDEX ix_lead_reported ON risk_lead (reported_at);
CREATE INDEX ix_case_created ON monitored_case (created_at);
