-- 查阅记录不可篡改: as audit_record (V6_1), the access log cannot be changed or removed through the API's
-- database account; the API only inserts and reads. On TiDB, which has no triggers, the account gets no
-- UPDATE or DELETE on these tables instead (docs/scaling.md).
CREATE TRIGGER sensitive_access_no_update BEFORE UPDATE ON sensitive_access FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'sensitive_access is append-only';

CREATE TRIGGER sensitive_access_no_delete BEFORE DELETE ON sensitive_access FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'sensitive_access is append-only';

CREATE TRIGGER sensitive_access_household_no_update BEFORE UPDATE ON sensitive_access_household FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'sensitive_access_household is append-only';

CREATE TRIGGER sensitive_access_household_no_delete BEFORE DELETE ON sensitive_access_household FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'sensitive_access_household is append-only';
