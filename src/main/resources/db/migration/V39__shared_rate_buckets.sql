-- 请求额度: each caller's rate budget (a bucket4j token bucket, serialized by bucket4j), kept in the database that
-- every API instance shares, so that a caller's budget is the county's and not one per instance. The key names
-- the caller's subject and the bucket's size and period: a new configuration starts new buckets. A row is
-- written by compare-and-swap on its state; it may be removed once expires_at (epoch milliseconds, when the
-- bucket has refilled whole) has passed.
CREATE TABLE rate_bucket (
    bucket_key  VARCHAR(255)   NOT NULL,
    state       VARBINARY(512) NOT NULL,
    expires_at  BIGINT         NOT NULL,
    PRIMARY KEY (bucket_key),
    KEY ix_rate_bucket_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
