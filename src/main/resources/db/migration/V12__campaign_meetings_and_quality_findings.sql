-- 部署会议与培训 (seed 004, 附件1: 是否专门安排部署, 培训人数): a township or village records the meetings by
-- which it deployed the campaign and trained its people; the progress table counts them.
CREATE TABLE campaign_meeting (
    id           BIGINT        NOT NULL,
    campaign_id  BIGINT        NOT NULL,
    grid_code    VARCHAR(14)   NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    held_on      DATE          NOT NULL,
    attendance   INT           NOT NULL,
    note         VARCHAR(1000) NULL,
    recorded_by  VARCHAR(100)  NOT NULL,
    recorded_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_campaign_meeting_day (campaign_id, held_on),
    CONSTRAINT fk_campaign_meeting_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- People registered in another county, as the province feeds them back to a county (seed 004 六: 疑似问题数据).
-- member.id_number_hash is unique, so one database never holds a person in two counties: the other county's
-- records come from outside. Only this database's keyed hash of each ID number is kept, never the number.
CREATE TABLE other_county_person (
    county_code        CHAR(6)      NOT NULL,
    other_county_code  CHAR(6)      NOT NULL,
    id_number_hash     BINARY(32)   NOT NULL,
    loaded_by          VARCHAR(100) NOT NULL,
    loaded_at          DATETIME(3)  NOT NULL,
    PRIMARY KEY (county_code, id_number_hash, other_county_code),
    KEY ix_other_county_list (county_code, other_county_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 数据质量问题 as the periodic sweep saw them: record_id is the household, or the member, the finding is about;
-- last_sweep the county's sweep that last saw it. A finding a sweep no longer sees is resolved on that day
-- (补正数据); seen again, it is open again.
CREATE TABLE quality_finding (
    kind           VARCHAR(40)  NOT NULL,
    record_id      BIGINT       NOT NULL,
    household_id   BIGINT       NOT NULL,
    county_code    CHAR(6)      NOT NULL,
    first_seen_on  DATE         NOT NULL,
    last_sweep     BIGINT       NOT NULL,
    resolved_on    DATE         NULL,
    PRIMARY KEY (kind, record_id),
    KEY ix_quality_finding_open (county_code, resolved_on, last_sweep),
    KEY ix_quality_finding_resolved (resolved_on, household_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One sweep of a county at a time, whichever instance runs it: the instance whose UPDATE takes the expired (or
-- released) lease sweeps, under the next sweep_no. Numbers rather than times tell the findings a sweep did
-- not see, so that a clock set back cannot resolve or keep a finding wrongly.
CREATE TABLE quality_sweep (
    county_code   CHAR(6)      NOT NULL,
    sweep_no      BIGINT       NOT NULL,
    lease_until   DATETIME(3)  NOT NULL,
    finished_at   DATETIME(3)  NULL,
    PRIMARY KEY (county_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
