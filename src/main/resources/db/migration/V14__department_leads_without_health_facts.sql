-- A lead raised from a department's warning repeated the warning's facts in its text, which everyone who sees
-- the lead reads, health facts included. The facts stay on the warning, released by duty; the text keeps who
-- warned, with which reference and when, as new leads do.
UPDATE risk_lead
SET description = CONCAT(SUBSTRING_INDEX(description, '）', 1), '）：其余事实见预警')
WHERE source = 'DEPARTMENT_WARNING' AND description LIKE '部门筛查预警（%）%';
