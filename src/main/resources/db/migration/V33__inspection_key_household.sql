-- Seed 004 keeps two inspection ledgers: the key households' (十类人群和特殊对象, 附件2) and the others' (一般户,
-- 附件3). Which one an inspection belongs to is decided when it is recorded (recordKeyHouseholdInspection or
-- recordInspection) from the household's key categories at that moment, which change later: kept with it.
-- NULL on inspections recorded before this migration, which the general ledger lists.
ALTER TABLE inspection ADD COLUMN key_household BOOLEAN NULL;
