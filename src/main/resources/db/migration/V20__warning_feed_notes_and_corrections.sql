-- Department warnings: the whole outcome fed back, what the village adds before the township verifies, and
-- the department's corrections and withdrawals.

-- The change feed, one row per change a department is told of (received, corrected, withdrawn, linked or
-- closed by the county, verified, then identified or not, eliminated, rolled back, cleared), written in the
-- transaction of the change and never updated. The id, time-ordered, is the feed's cursor.
CREATE TABLE warning_change (
    id            BIGINT        NOT NULL,
    warning_id    BIGINT        NOT NULL,
    department    VARCHAR(32)   NOT NULL,
    county_code   CHAR(6)       NOT NULL,
    reference_id  VARCHAR(64)   NOT NULL,
    kind          VARCHAR(24)   NOT NULL,
    status        VARCHAR(24)   NOT NULL,
    case_type     VARCHAR(24)   NULL,
    case_status   VARCHAR(32)   NULL,
    reason        VARCHAR(500)  NULL,
    occurred_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_warning_change_feed (department, county_code, id),
    KEY ix_warning_change_warning (warning_id, id),
    CONSTRAINT fk_change_warning FOREIGN KEY (warning_id) REFERENCES department_warning (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the feed said so far, kept at the cursor it had (change_seq), so that a department's stored cursor
-- still points where it did.
INSERT INTO warning_change (id, warning_id, department, county_code, reference_id, kind, status, case_type,
                            case_status, reason, occurred_at)
SELECT w.change_seq, w.id, w.department, w.county_code, w.reference_id,
       CASE WHEN w.status IN ('CONFIRMED', 'NOT_CONFIRMED') THEN 'VERIFIED' ELSE 'RECEIVED' END,
       w.status, c.type, c.status, NULL, COALESCE(w.verified_at, w.received_at)
FROM department_warning w
LEFT JOIN risk_lead l ON l.id = w.lead_id AND l.status = 'ACCEPTED'
LEFT JOIN monitored_case c ON c.id = l.case_id;

-- What the village knows of a warning's household, added while the township verifies it (the village sees
-- the warning but does not decide it). Append-only.
CREATE TABLE warning_note (
    id          BIGINT         NOT NULL,
    warning_id  BIGINT         NOT NULL,
    note        VARCHAR(1000)  NOT NULL,
    written_by  VARCHAR(100)   NOT NULL,
    written_at  DATETIME(3)    NOT NULL,
    PRIMARY KEY (id),
    KEY ix_warning_note (warning_id, id),
    CONSTRAINT fk_note_warning FOREIGN KEY (warning_id) REFERENCES department_warning (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The content a warning was last sent (or corrected) with, so that a later item of the same reference id
-- with other content is told so; and why a warning was withdrawn (by its department) or closed (by the
-- county, unmatched).
ALTER TABLE department_warning
    ADD COLUMN content_hash BINARY(32) NULL,
    ADD COLUMN closure_reason VARCHAR(500) NULL;

-- A case's step finds the warnings that went into it through their leads.
CREATE INDEX ix_warning_lead ON department_warning (lead_id);

ALTER TABLE warning_result
    ADD COLUMN content_differs BOOLEAN NOT NULL DEFAULT FALSE;
