-- 线索研判时限: a lead's decision is due by a time fixed when it is received, from its county's setting (as a
-- case's identification deadline and a warning's verification deadline are), so that a county changing its
-- period changes the leads received afterwards and never re-dates those already in hand.

ALTER TABLE risk_lead ADD COLUMN decide_by DATETIME(3) NULL;

-- A department warning's lead is due when the warning's verification is: the township's verification decides it
UPDATE risk_lead l JOIN department_warning w ON w.lead_id = l.id
SET l.decide_by = w.verify_by
WHERE w.verify_by IS NOT NULL;

-- Every other lead by the 7 days configured until now, from its receipt: the day a channel received it (a China
-- day, stored in UTC: the day's end is 16:00 UTC) or the moment it was recorded, whichever came first
UPDATE risk_lead
SET decide_by = LEAST(reported_at + INTERVAL 7 DAY,
                      COALESCE(TIMESTAMP(received_on + INTERVAL 7 DAY) + INTERVAL 16 HOUR, reported_at + INTERVAL 7 DAY))
WHERE decide_by IS NULL;

ALTER TABLE risk_lead MODIFY COLUMN decide_by DATETIME(3) NOT NULL;
