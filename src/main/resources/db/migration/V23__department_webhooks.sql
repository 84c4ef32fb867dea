-- Webhooks: a department's address for its change feed, delivered from warning_change (the outbox, written in
-- the transaction of each change) up to the last change the department acknowledged.
CREATE TABLE department_webhook (
    department       VARCHAR(32)   NOT NULL,
    county_code      CHAR(6)       NOT NULL,
    url              VARCHAR(500)  NOT NULL,
    secret           VARCHAR(64)   NOT NULL,
    enabled          BOOLEAN       NOT NULL,
    delivered_up_to  BIGINT        NOT NULL,
    failures         INT           NOT NULL,
    next_attempt_at  DATETIME(3)   NOT NULL,
    last_error       VARCHAR(500)  NULL,
    last_delivered_at DATETIME(3)  NULL,
    registered_by    VARCHAR(100)  NOT NULL,
    registered_at    DATETIME(3)   NOT NULL,
    PRIMARY KEY (department, county_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- db-scheduler's own table (its MySQL schema): which instance runs the delivery task, and when next.
CREATE TABLE scheduled_tasks (
    task_name             VARCHAR(100) NOT NULL,
    task_instance         VARCHAR(100) NOT NULL,
    task_data             BLOB,
    execution_time        TIMESTAMP(6) NOT NULL,
    picked                BOOLEAN      NOT NULL,
    picked_by             VARCHAR(50),
    last_success          TIMESTAMP(6) NULL,
    last_failure          TIMESTAMP(6) NULL,
    consecutive_failures  INT,
    last_heartbeat        TIMESTAMP(6) NULL,
    version               BIGINT       NOT NULL,
    priority              SMALLINT,
    PRIMARY KEY (task_name, task_instance),
    KEY execution_time_idx (execution_time),
    KEY last_heartbeat_idx (last_heartbeat),
    KEY priority_execution_time_idx (priority, execution_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
