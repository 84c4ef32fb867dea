-- 客户端键: a record created from the mini-program carries a key its client made for it (a UUID, made once
-- per record and kept with the draft), so that a resend after a lost answer writes nothing twice. One row per
-- account and key, written in the transaction of the record it names: the primary key lets one row through,
-- also when two resends arrive at once. The content hash tells a resend (same content) from a second record
-- sent under a used key (a CONFLICT).
CREATE TABLE client_write (
    subject      VARCHAR(64) NOT NULL,
    client_key   VARCHAR(64) NOT NULL,
    operation    VARCHAR(50) NOT NULL,
    record_id    BIGINT      NOT NULL,
    content_hash CHAR(64)    NULL,
    written_at   DATETIME(3) NOT NULL,
    PRIMARY KEY (subject, client_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The visits' keys (V18) move here, under the account that recorded each visit (its audit record). Their
-- content was not hashed: a resend under such a key answers the visit it names.
INSERT INTO client_write (subject, client_key, operation, record_id, content_hash, written_at)
SELECT a.subject, v.client_key, 'recordVisit', v.id, NULL, v.recorded_at
FROM visit v
JOIN audit_record a ON a.target_type = 'Visit' AND a.target_id = v.id AND a.operation = 'recordVisit'
WHERE v.client_key IS NOT NULL;

DROP INDEX ux_visit_client_key ON visit;
ALTER TABLE visit DROP COLUMN client_key;

-- 设备时间: when the device says the act was done (a visit, an inspection, a lead, an income recorded offline
-- and sent later), beside the server's time of receipt. NULL when the client did not say.
ALTER TABLE visit ADD COLUMN acted_at DATETIME(3) NULL;
ALTER TABLE inspection ADD COLUMN acted_at DATETIME(3) NULL;
ALTER TABLE risk_lead ADD COLUMN acted_at DATETIME(3) NULL;
ALTER TABLE income_record ADD COLUMN acted_at DATETIME(3) NULL;
