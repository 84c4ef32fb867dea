-- A county setting is a period in days or a requirement (1 required, 0 recommended): its number is a value.
ALTER TABLE county_setting CHANGE COLUMN days setting_value INT NOT NULL;

-- 佐证材料: the files each step rests on (evidence/). Uploaded first (PENDING, seen by its uploader alone),
-- then attached to what it proves: a case's step, a visit, a measure. The file's
-- bytes are in the blob store under blob_key; sha256 is of exactly those bytes.
CREATE TABLE evidence_file (
    id             BIGINT       NOT NULL,
    kind           VARCHAR(40)  NOT NULL,
    state          VARCHAR(10)  NOT NULL,
    file_name      VARCHAR(120) NOT NULL,
    content_type   VARCHAR(40)  NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    width          INT          NULL,
    height         INT          NULL,
    blob_key       VARCHAR(100) NOT NULL,
    thumbnail_key  VARCHAR(100) NULL,
    uploaded_by    VARCHAR(255) NOT NULL,
    uploader_name  VARCHAR(100) NOT NULL,
    uploaded_at    DATETIME(3)  NOT NULL,
    target_type    VARCHAR(40)  NULL,
    target_id      BIGINT       NULL,
    household_id   BIGINT       NULL,
    attached_by    VARCHAR(100) NULL,
    attached_at    DATETIME(3)  NULL,
    PRIMARY KEY (id),
    KEY evidence_file_target (target_type, target_id),
    KEY evidence_file_pending (state, uploaded_at),
    KEY evidence_file_household (household_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
