-- The screening calendar reads a county's batches of a year, month by month.
CREATE INDEX ix_warning_batch_received ON warning_batch (county_code, received_at);
