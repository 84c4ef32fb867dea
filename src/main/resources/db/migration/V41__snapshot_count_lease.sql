-- 统计快照: one instance counts at a time. An instance claims the count by setting counting_since on the snapshot's
-- row, and clears it when done; another instance skips its turn while the claim is fresh, so that two instances
-- started together do not both count (a county's count takes minutes on a fresh database, with its first sweep).

ALTER TABLE figures_snapshot ADD COLUMN counting_since DATETIME(3) NULL;
