-- 行业部门问题清单 (seed 004: each sector screens its own and keeps its own rectification ledger): the department
-- whose problem it is, when a department raised it or a cadre gave it to one; a department account reads and
-- rectifies only its own.
ALTER TABLE problem ADD COLUMN department VARCHAR(32) NULL;
CREATE INDEX ix_problem_department ON problem (department, id);
