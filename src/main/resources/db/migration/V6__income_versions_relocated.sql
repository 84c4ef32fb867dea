-- 收入更正: a year's income record is corrected in place, at the version the corrector read; the audit
-- record keeps every figure before and after, with the reason.
ALTER TABLE income_record ADD COLUMN version INT NOT NULL DEFAULT 0;

-- 易地搬迁户: seed 001 watches relocated households as a group of its own.
ALTER TABLE household ADD COLUMN relocated BOOLEAN NOT NULL DEFAULT FALSE;
