-- 统计快照: the dashboard's figures, counted every few minutes (fangpin.statistics.refresh-interval) instead
-- of on every request. One row per grid (every level: a grid's row sums the households under it), figure and
-- key (an enum value's name for a breakdown, '' for a plain count); zero counts have no row. A dashboard reads
-- the rows of one grid and of its children (by parent_code): a few hundred rows at any level.
CREATE TABLE grid_figures (
    code         VARCHAR(14) NOT NULL,
    parent_code  VARCHAR(14) NULL,
    figure       VARCHAR(40) NOT NULL,
    figure_key   VARCHAR(40) NOT NULL,
    figure_value BIGINT      NOT NULL,
    PRIMARY KEY (code, figure, figure_key),
    KEY ix_grid_figures_parent (parent_code, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When the figures in grid_figures were counted (null: never yet). Its one row is also what a refresh locks
-- first, so that refreshes of several instances replace the figures one after the other, the newest last.
CREATE TABLE figures_snapshot (
    id     SMALLINT    NOT NULL,
    as_of  DATETIME(3) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO figures_snapshot (id, as_of) VALUES (1, NULL);
