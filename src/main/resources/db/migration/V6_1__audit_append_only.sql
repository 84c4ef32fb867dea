-- 审计记录不可篡改: the audit trail cannot be changed or removed through the database account the API
-- uses, whatever a statement or a person with that account tries. The API only inserts and reads.
-- (Triggers, not grants, so that it holds however the account is set up; TRUNCATE bypasses triggers, so
-- the account should also hold no DROP on the table: see README. An operator who must purge old records
-- drops the triggers with an account that may, outside the API.)
CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is append-only';

CREATE TRIGGER audit_record_no_delete BEFORE DELETE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is append-only';
-- On TiDB, which has no triggers, this migration is replaced by the grants of the API's account: see
-- docs/scaling.md.
