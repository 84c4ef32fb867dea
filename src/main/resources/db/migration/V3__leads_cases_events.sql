-- 风险线索, 监测对象 and their timeline.
-- A case's household decides its scope (joined, so a moved household takes its cases along).

CREATE TABLE risk_lead (
    id                BIGINT        NOT NULL,
    household_id      BIGINT        NOT NULL,
    source            VARCHAR(24)   NOT NULL,
    risk_types        VARCHAR(300)  NOT NULL,
    description       VARCHAR(1000) NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    case_id           BIGINT        NULL,
    dismissal_reason  VARCHAR(500)  NULL,
    help_note         VARCHAR(500)  NULL,
    reported_by       VARCHAR(100)  NOT NULL,
    reported_at       DATETIME(3)   NOT NULL,
    decided_by        VARCHAR(100)  NULL,
    decided_at        DATETIME(3)   NULL,
    version           INT           NOT NULL,
    PRIMARY KEY (id),
    KEY ix_lead_household (household_id, id),
    KEY ix_lead_status (status, id),
    KEY ix_lead_case (case_id),
    CONSTRAINT fk_lead_household FOREIGN KEY (household_id) REFERENCES household (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- active_household_id holds the household id while the case is active and NULL once it is closed: its
-- unique key lets a household have any number of cases but one active at a time, whatever the race.
CREATE TABLE monitored_case (
    id                   BIGINT        NOT NULL,
    household_id         BIGINT        NOT NULL,
    active_household_id  BIGINT        NULL,
    type                 VARCHAR(24)   NOT NULL,
    risk_types           VARCHAR(300)  NOT NULL,
    status               VARCHAR(32)   NOT NULL,
    discovered_at        DATETIME(3)   NOT NULL,
    deadline             DATETIME(3)   NOT NULL,
    identified_at        DATETIME(3)   NULL,
    closed_at            DATETIME(3)   NULL,
    contact_cadre_name   VARCHAR(50)   NULL,
    contact_cadre_phone  VARCHAR(11)   NULL,
    created_at           DATETIME(3)   NOT NULL,
    updated_at           DATETIME(3)   NOT NULL,
    version              INT           NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_case_active_household (active_household_id),
    KEY ix_case_household (household_id, id),
    KEY ix_case_status (status, deadline),
    CONSTRAINT fk_case_household FOREIGN KEY (household_id) REFERENCES household (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: the application inserts and reads events, never updates or deletes them.
CREATE TABLE case_event (
    id           BIGINT        NOT NULL,
    case_id      BIGINT        NOT NULL,
    occurred_at  DATETIME(3)   NOT NULL,
    actor_name   VARCHAR(100)  NOT NULL,
    actor_roles  VARCHAR(200)  NOT NULL,
    actor_grids  TEXT          NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    from_status  VARCHAR(32)   NULL,
    to_status    VARCHAR(32)   NOT NULL,
    note         VARCHAR(1000) NULL,
    evidence     TEXT          NOT NULL,
    PRIMARY KEY (id),
    KEY ix_event_case (case_id, id),
    CONSTRAINT fk_event_case FOREIGN KEY (case_id) REFERENCES monitored_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
