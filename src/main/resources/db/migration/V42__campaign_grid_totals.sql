-- 附件1's kept figures (V13) also as running totals per campaign and grid (issue 25, P6): a period since the
-- campaign began is a grid's total less the days outside the period (usually none, or the few after the day
-- asked), so that a county's table reads a row per grid instead of one per grid and day. Written in the same
-- transaction as the day's row, by the same records.
CREATE TABLE campaign_grid_total (
    campaign_id            BIGINT       NOT NULL,
    code_length            TINYINT      NOT NULL,
    grid_code              VARCHAR(12)  NOT NULL,
    households             INT          NOT NULL DEFAULT 0,
    people                 INT          NOT NULL DEFAULT 0,
    alleviated_households  INT          NOT NULL DEFAULT 0,
    alleviated_people      INT          NOT NULL DEFAULT 0,
    monitored_households   INT          NOT NULL DEFAULT 0,
    monitored_people       INT          NOT NULL DEFAULT 0,
    concluded_include      INT          NOT NULL DEFAULT 0,
    concluded_exclude      INT          NOT NULL DEFAULT 0,
    look_backs             INT          NOT NULL DEFAULT 0,
    reviews                INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (campaign_id, code_length, grid_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The days are now read by date (a week, the days outside a period) across a level's grids: a key by day
-- makes each one range. The primary key stays as it is (a distributed engine cannot change a clustered one).
CREATE INDEX ix_campaign_grid_day_by_day ON campaign_grid_day (campaign_id, code_length, on_day);

-- The totals of the days already kept, for the campaigns that have none yet (so that it can run again after
-- a campaign's figures were removed).
INSERT INTO campaign_grid_total (campaign_id, code_length, grid_code, households, people, alleviated_households,
                                 alleviated_people, monitored_households, monitored_people, concluded_include,
                                 concluded_exclude, look_backs, reviews)
SELECT d.campaign_id, d.code_length, d.grid_code, SUM(d.households), SUM(d.people), SUM(d.alleviated_households),
       SUM(d.alleviated_people), SUM(d.monitored_households), SUM(d.monitored_people), SUM(d.concluded_include),
       SUM(d.concluded_exclude), SUM(d.look_backs), SUM(d.reviews)
FROM campaign_grid_day d
WHERE NOT EXISTS (SELECT 1 FROM campaign_grid_total t WHERE t.campaign_id = d.campaign_id)
GROUP BY d.campaign_id, d.code_length, d.grid_code;
