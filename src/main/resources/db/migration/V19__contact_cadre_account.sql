-- 帮扶联系人 as an account (seed 003: 一户一人): the Keycloak subject of the cadre chosen from those holding a
-- duty over the household's grid, so that they find their households and the case knows who may report that
-- it reached the elimination standard (seed 001). NULL for contact cadres typed in by name before this migration,
-- whose name and phone are kept as they were.
ALTER TABLE monitored_case ADD COLUMN contact_cadre_subject VARCHAR(64) NULL;

CREATE INDEX ix_case_contact_cadre ON monitored_case (contact_cadre_subject, id);

-- 联系人报告 (seed 001: 监测联系人报村级汇总): when the contact cadre reported that the household reached the
-- elimination standard; the village's proposal then waits on it. Cleared when the case next moves.
ALTER TABLE monitored_case ADD COLUMN standard_reported_at DATETIME(3) NULL;
