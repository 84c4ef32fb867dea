-- A visit recorded from the mini-program carries a key its client made for it (a UUID, made once per visit),
-- so that a retry after a lost answer records the visit once: the unique key lets one row through, also when
-- two retries arrive at once. NULL on visits recorded without a key (those recorded before this migration).
ALTER TABLE visit ADD COLUMN client_key VARCHAR(64) NULL;

CREATE UNIQUE INDEX ux_visit_client_key ON visit (client_key);
