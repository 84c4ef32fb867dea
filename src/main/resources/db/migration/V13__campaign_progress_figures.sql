-- 附件1 kept as the records are written (issue 12): the progress table's inspection-side figures per campaign,
-- grid and day, written in the transaction of the inspection, conclusion or check that changes them, for the
-- household's village (the table's finest row), township and county alike: a county's table sums the county's
-- rows of the period. A caller who holds only part of a grid of the level asked (a township officer asking for
-- the county) gets the sums of their villages' rows instead.
--
-- A household counts once, on the day of the inspection first recorded for it in the campaign, in the village
-- it belonged to then, with its people and whether it was alleviated or monitored then: the week's figure is
-- the households first inspected that week (本周新增排查), the cumulative one the sum of the days, and a later
-- change of the household does not change a report already made. The village meeting's conclusions count on
-- concluded_on (a conclusion is final once recorded), look backs and reviews on checked_on, each in the
-- village of its household.

-- TRUE on the first inspection recorded for a household in a campaign, NULL on the others: the unique key
-- lets one first inspection per household through, also when two are recorded at the same moment.
ALTER TABLE inspection ADD COLUMN first_in_campaign BOOLEAN NULL;
CREATE UNIQUE INDEX ux_inspection_first ON inspection (campaign_id, household_id, first_in_campaign);

-- code_length is grid_code's level (6 county, 9 township, 12 village): a level's rows are one range of the key.
CREATE TABLE campaign_grid_day (
    campaign_id            BIGINT       NOT NULL,
    code_length            TINYINT      NOT NULL,
    grid_code              VARCHAR(12)  NOT NULL,
    on_day                 DATE      NOT NULL,
    households             INT       NOT NULL,
    people                 INT       NOT NULL,
    alleviated_households  INT       NOT NULL,
    alleviated_people      INT       NOT NULL,
    monitored_households   INT       NOT NULL,
    monitored_people       INT       NOT NULL,
    concluded_include      INT       NOT NULL,
    concluded_exclude      INT       NOT NULL,
    look_backs             INT       NOT NULL,
    reviews                INT       NOT NULL,
    PRIMARY KEY (campaign_id, code_length, grid_code, on_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 参与排查人数 is distinct per grid and period, so not a sum of days: each inspector of a grid (village, township,
-- county) with the days they inspected there, a bit per day of the campaign (day n is bit n % 63 of block
-- n / 63: the bits of a BIGINT below its sign), so that a county's week reads one row per inspector, not one
-- per inspector and day.
CREATE TABLE campaign_inspector (
    campaign_id        BIGINT       NOT NULL,
    code_length        TINYINT      NOT NULL,
    grid_code          VARCHAR(12)  NOT NULL,
    day_block          SMALLINT     NOT NULL,
    inspector_subject  VARCHAR(64)  NOT NULL,
    days               BIGINT       NOT NULL,
    PRIMARY KEY (campaign_id, code_length, grid_code, day_block, inspector_subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Backfill from the inspections and checks already recorded, for the campaigns that have no figures yet (so
-- that it can run again after a campaign's figures were removed). The households' people and status are
-- today's: what they were at their first inspection was not recorded.

UPDATE inspection i
JOIN (SELECT MIN(f.id) AS id
      FROM inspection f
      GROUP BY f.campaign_id, f.household_id
      HAVING MAX(f.first_in_campaign) IS NULL) firsts ON firsts.id = i.id
SET i.first_in_campaign = TRUE;

INSERT INTO campaign_inspector (campaign_id, code_length, grid_code, day_block, inspector_subject, days)
SELECT i.campaign_id, levels.code_length, SUBSTRING(h.village_code, 1, levels.code_length),
       DATEDIFF(i.inspected_on, c.starts_on) DIV 63, i.inspector_subject,
       BIT_OR(1 << (DATEDIFF(i.inspected_on, c.starts_on) % 63))
FROM inspection i JOIN campaign c ON c.id = i.campaign_id JOIN household h ON h.id = i.household_id
     CROSS JOIN (SELECT 6 AS code_length UNION ALL SELECT 9 UNION ALL SELECT 12) levels
WHERE NOT EXISTS (SELECT 1 FROM campaign_grid_day d WHERE d.campaign_id = i.campaign_id)
GROUP BY i.campaign_id, levels.code_length, SUBSTRING(h.village_code, 1, levels.code_length),
         DATEDIFF(i.inspected_on, c.starts_on) DIV 63, i.inspector_subject;

INSERT INTO campaign_grid_day (campaign_id, code_length, grid_code, on_day, households, people,
                               alleviated_households, alleviated_people, monitored_households, monitored_people,
                               concluded_include, concluded_exclude, look_backs, reviews)
SELECT t.campaign_id, levels.code_length, SUBSTRING(t.village_code, 1, levels.code_length), t.on_day,
       SUM(t.households), SUM(t.people), SUM(t.alleviated),
       SUM(t.alleviated * t.people), SUM(t.monitored), SUM(t.monitored * t.people), SUM(t.included),
       SUM(t.excluded), SUM(t.look_back), SUM(t.review)
FROM (SELECT i.campaign_id, h.village_code, i.inspected_on AS on_day, 1 AS households,
             (SELECT COUNT(*) FROM member m WHERE m.household_id = h.id) AS people,
             CASE WHEN h.category = 'ALLEVIATED' THEN 1 ELSE 0 END AS alleviated,
             CASE WHEN EXISTS (SELECT 1 FROM monitored_case mc WHERE mc.household_id = h.id
                               AND mc.identified_at IS NOT NULL AND mc.status <> 'CLEARED') THEN 1 ELSE 0 END AS monitored,
             0 AS included, 0 AS excluded, 0 AS look_back, 0 AS review
      FROM inspection i JOIN household h ON h.id = i.household_id
      WHERE i.first_in_campaign = TRUE
      UNION ALL
      SELECT i.campaign_id, h.village_code, i.concluded_on, 0, 0, 0, 0,
             CASE WHEN i.conclusion = 'INCLUDE' THEN 1 ELSE 0 END, CASE WHEN i.conclusion = 'EXCLUDE' THEN 1 ELSE 0 END,
             0, 0
      FROM inspection i JOIN household h ON h.id = i.household_id
      WHERE i.conclusion IS NOT NULL
      UNION ALL
      SELECT k.campaign_id, h.village_code, k.checked_on, 0, 0, 0, 0, 0, 0,
             CASE WHEN k.kind = 'LOOK_BACK' THEN 1 ELSE 0 END, CASE WHEN k.kind = 'REVIEW' THEN 1 ELSE 0 END
      FROM case_check k JOIN monitored_case c ON c.id = k.case_id JOIN household h ON h.id = c.household_id) t
     CROSS JOIN (SELECT 6 AS code_length UNION ALL SELECT 9 UNION ALL SELECT 12) levels
WHERE NOT EXISTS (SELECT 1 FROM campaign_grid_day d WHERE d.campaign_id = t.campaign_id)
GROUP BY t.campaign_id, levels.code_length, SUBSTRING(t.village_code, 1, levels.code_length), t.on_day;
