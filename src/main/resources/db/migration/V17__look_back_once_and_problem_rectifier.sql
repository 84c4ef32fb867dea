-- 回头看 (seed 004, 附件4): a case is looked back at once in a campaign, so that 附件1 counts it once. As with
-- inspection.first_in_campaign (V13), a unique key lets one through, also when two are recorded at once:
-- TRUE on a look back, NULL on a review (a case may be reviewed again).
ALTER TABLE case_check ADD COLUMN look_back_once BOOLEAN NULL;

-- the first look back of each case in each campaign recorded before this migration keeps its place
UPDATE case_check k
JOIN (SELECT MIN(id) AS id FROM case_check WHERE kind = 'LOOK_BACK' GROUP BY campaign_id, case_id) firsts
  ON firsts.id = k.id
SET k.look_back_once = TRUE;

CREATE UNIQUE INDEX ux_case_check_look_back ON case_check (campaign_id, case_id, look_back_once);

-- 对账销号 is never done by the person who rectified the problem: who that was, by their account, since two
-- cadres may share a name. NULL on rectifications recorded before this migration (their name is compared).
ALTER TABLE problem ADD COLUMN rectified_by_subject VARCHAR(64) NULL;
