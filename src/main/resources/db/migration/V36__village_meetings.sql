-- 村级会议 outside campaigns (seed 004: 每周四研判; seed 003: 驻村工作队月度会议): a village's meeting, with a key the
-- client made so that a retried recording is one meeting, and the households discussed, each with the decision
-- taken and the lead or case it produced.
CREATE TABLE village_meeting (
    id            BIGINT         NOT NULL,
    village_code  VARCHAR(12)    NOT NULL,
    kind          VARCHAR(24)    NOT NULL,
    held_on       DATE           NOT NULL,
    attendance    INT            NOT NULL,
    attendees     VARCHAR(2000)  NULL,
    note          VARCHAR(2000)  NULL,
    recorded_by   VARCHAR(100)   NOT NULL,
    recorded_at   DATETIME(3)    NOT NULL,
    client_key    VARCHAR(64)    NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_village_meeting_client_key (client_key),
    KEY ix_village_meeting_village (village_code, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE village_meeting_household (
    meeting_id    BIGINT        NOT NULL,
    household_id  BIGINT        NOT NULL,
    decision      VARCHAR(500)  NULL,
    lead_id       BIGINT        NULL,
    case_id       BIGINT        NULL,
    PRIMARY KEY (meeting_id, household_id),
    KEY ix_village_meeting_household (household_id, meeting_id),
    CONSTRAINT fk_village_meeting_household_meeting FOREIGN KEY (meeting_id) REFERENCES village_meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
