-- 审计记录不可篡改: the audit trail cannot be changed or removed through the database account the API
-- uses, whatever a statement or a person with that account tries. The API only inserts and reads.
-- (Triggers, not grants, so that it holds however the account is set up; TRUNCATE bypasses triggers, so
-- the account should also hold no DROP on the table: see README. An operator who must purge old records
-- drops the triggers with an account that may, outside the API.)
CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is append-only';

CREATE TRIGGER audit_record_no_delete BEFORE DELETE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is append-only';

-- 收入更正: a year's income record is corrected in place, at the version the corrector read; the audit
-- record keeps every figure before and after, with the reason.
ALTER TABLE income_record ADD COLUMN version INT NOT NULL DEFAULT 0;

-- 易地搬迁户: seed 001 watches relocated households as a group of its own.
ALTER TABLE household ADD COLUMN relocated BOOLEAN NOT NULL DEFAULT FALSE;
