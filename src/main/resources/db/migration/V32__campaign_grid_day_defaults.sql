-- 附件1's kept figures (V13) are written a record at a time, each naming only the figures it changes
-- (campaign.ProgressColumn): the others start at zero on a new row. A new kept figure is one column added here
-- the same way, INT NOT NULL DEFAULT 0.
ALTER TABLE campaign_grid_day
    ALTER COLUMN households SET DEFAULT 0,
    ALTER COLUMN people SET DEFAULT 0,
    ALTER COLUMN alleviated_households SET DEFAULT 0,
    ALTER COLUMN alleviated_people SET DEFAULT 0,
    ALTER COLUMN monitored_households SET DEFAULT 0,
    ALTER COLUMN monitored_people SET DEFAULT 0,
    ALTER COLUMN concluded_include SET DEFAULT 0,
    ALTER COLUMN concluded_exclude SET DEFAULT 0,
    ALTER COLUMN look_backs SET DEFAULT 0,
    ALTER COLUMN reviews SET DEFAULT 0;
