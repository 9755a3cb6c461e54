/* Glasshouse DORA summaries in warehouse SQL: every team's weekly or monthly figures in the shape of */
/* dora.csv (content.md §5.4), by the definitions of metrics.md §1–2 — the same figures the site */
/* computes from deployments.csv, changes.csv and incidents.csv. */
/* This file is the source, written once in DuckDB's dialect; sql/dora.<dialect>.sql are generated */
/* from it by sql/transpile.py (sqlglot) and embedded in the glasshouse binary. Do not run it alone: */
/* `glasshouse sql --dialect D` puts the site's settings in front of it as five small relations: */
/*   glasshouse_settings(as_of_day)              D as days since 1970-01-01 */
/*   glasshouse_since(team, since_day)           team.yaml dora_since: records dated before it are ignored */
/*   glasshouse_production(environment)          dora.production_environments, lower-case */
/*   glasshouse_zone(kind, from_s, to_s, offset_s) */
/*       the site time zone's UTC offsets: rows of kind 'utc' hold [from_s, to_s) in UTC seconds, */
/*       rows of kind 'local' the same spans in local wall-clock seconds (for date-only values) */
/*   glasshouse_periods(period, first_day, last_day) */
/*       the series' weeks (2026-W07) or months (2026-02), days since 1970-01-01, the last one ending at D */
/* Inputs: deployments, changes and incidents with the columns of the CSV files plus `team`, every */
/* column text, empty cells NULL (content as Glasshouse validates it). */
WITH stamp_texts AS (
  SELECT
    TRIM(finished_at) AS text
  FROM deployments
  UNION
  SELECT
    TRIM(committed_at)
  FROM changes
  UNION
  SELECT
    TRIM(opened_at)
  FROM incidents
  UNION
  SELECT
    TRIM(restored_at)
  FROM incidents
), stamp_shapes AS (
  /* ISO 8601 (content.md §2): YYYY-MM-DD, then [T ]HH:MM[:SS[.fraction]] and Z, ±HH:MM, ±HHMM or ±HH. */
  SELECT
    text,
    LENGTH(text) AS n,
    DATEDIFF(DAY, CAST('1970-01-01' AS DATE), CAST(SUBSTRING(text, 1, 10) AS DATE)) AS day_number,
    LENGTH(text) = 10 AS is_date,
    SUBSTRING(text, 17, 1) = ':' AS has_seconds,
    CASE
      WHEN LENGTH(text) = 10
      THEN 0
      WHEN UPPER(SUBSTRING(text, LENGTH(text), 1)) = 'Z'
      THEN 1
      WHEN SUBSTRING(text, LENGTH(text) - 5, 1) IN ('+', '-')
      AND SUBSTRING(text, LENGTH(text) - 2, 1) = ':'
      THEN 6
      WHEN SUBSTRING(text, LENGTH(text) - 4, 1) IN ('+', '-')
      THEN 5
      ELSE 3
    END AS zone_length
  FROM stamp_texts
  WHERE
    NOT text IS NULL AND text <> ''
), stamp_seconds AS (
  /* Whole seconds since 1970 (UTC; local wall-clock seconds for a date) and the microseconds. */
  SELECT
    text,
    is_date,
    day_number,
    day_number * 86400 + CASE
      WHEN is_date
      THEN 0
      ELSE CAST(SUBSTRING(text, 12, 2) AS BIGINT) * 3600 + CAST(SUBSTRING(text, 15, 2) AS BIGINT) * 60 + CASE WHEN has_seconds THEN CAST(SUBSTRING(text, 18, 2) AS BIGINT) ELSE 0 END - CASE
        WHEN zone_length <= 1
        THEN 0
        ELSE (
          CASE WHEN SUBSTRING(text, n - zone_length + 1, 1) = '-' THEN -1 ELSE 1 END
        ) * (
          CAST(SUBSTRING(text, n - zone_length + 2, 2) AS BIGINT) * 3600 + CASE
            WHEN zone_length = 3
            THEN 0
            ELSE CAST(SUBSTRING(text, n - 1, 2) AS BIGINT) * 60
          END
        )
      END
    END AS seconds,
    CASE
      WHEN has_seconds AND SUBSTRING(text, 20, 1) IN ('.', ',')
      THEN CAST(SUBSTRING(CONCAT(COALESCE(SUBSTRING(text, 21, n - zone_length - 20), ''), '000000'), 1, 6) AS BIGINT)
      ELSE 0
    END AS fraction
  FROM stamp_shapes
), stamps AS (
  /* Each timestamp as microseconds since 1970 (UTC) and its calendar day in the site time zone. */
  SELECT
    s.text,
    (
      CASE WHEN s.is_date THEN s.seconds - z.offset_s ELSE s.seconds END
    ) * 1000000 + s.fraction AS instant,
    CASE
      WHEN s.is_date
      THEN s.day_number
      ELSE CAST(FLOOR((
        s.seconds + z.offset_s
      ) / 86400) AS BIGINT)
    END AS day
  FROM stamp_seconds AS s
  JOIN glasshouse_zone AS z
    ON z.kind = CASE WHEN s.is_date THEN 'local' ELSE 'utc' END
    AND s.seconds >= z.from_s
    AND s.seconds < z.to_s
), deployment_rows AS (
  SELECT
    TRIM(d.team) AS team,
    TRIM(d.id) AS id,
    f.instant AS finished,
    f.day,
    COALESCE(NULLIF(TRIM(d.service), ''), TRIM(d.team)) AS service,
    LOWER(COALESCE(NULLIF(TRIM(d.environment), ''), 'production')) AS environment,
    CASE
      WHEN LOWER(TRIM(d.status)) IN ('failed', 'failure', 'rollback', 'rolled_back')
      THEN 'failed'
      WHEN LOWER(TRIM(d.status)) IN ('aborted', 'cancelled', 'canceled', 'skipped')
      THEN 'aborted'
      ELSE 'success'
    END AS status,
    COALESCE(LOWER(TRIM(d.rework)) IN ('true', 'yes', '1'), FALSE) AS rework
  FROM deployments AS d
  JOIN stamps AS f
    ON f.text = TRIM(d.finished_at)
), production AS (
  /* Production deployments as of D and from dora_since (metrics.md §2, §2.10), each with the next later successful */
  /* production deployment of its service: the fallback recovery instant. */
  SELECT
    r.team,
    r.id,
    r.finished,
    r.day,
    r.status,
    r.rework,
    MIN(CASE WHEN r.status = 'success' THEN r.finished END) OVER (
      PARTITION BY r.team, r.service
      ORDER BY r.finished NULLS FIRST
      RANGE BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING
    ) AS next_success
  FROM deployment_rows AS r
  JOIN glasshouse_production AS p
    ON p.environment = r.environment
  CROSS JOIN glasshouse_settings AS s
  LEFT JOIN glasshouse_since AS t
    ON t.team = r.team
  WHERE
    r.status <> 'aborted'
    AND r.day <= s.as_of_day
    AND (
      t.since_day IS NULL OR r.day >= t.since_day
    )
), incident_rows AS (
  SELECT
    TRIM(i.team) AS team,
    NULLIF(TRIM(i.cause), '') AS cause,
    o.day AS opened_day,
    r.instant AS restored,
    r.day AS restored_day
  FROM incidents AS i
  JOIN stamps AS o
    ON o.text = TRIM(i.opened_at)
  LEFT JOIN stamps AS r
    ON r.text = TRIM(i.restored_at)
), caused AS (
  /* Deployments named as cause by incidents opened by D: open while any of them is open as of D, */
  /* else recovered at the latest restoration. */
  SELECT
    i.team,
    i.cause AS id,
    MAX(CASE WHEN i.restored IS NULL OR i.restored_day > s.as_of_day THEN 1 ELSE 0 END) AS still_open,
    MAX(i.restored) AS latest_restored
  FROM incident_rows AS i
  CROSS JOIN glasshouse_settings AS s
  LEFT JOIN glasshouse_since AS t
    ON t.team = i.team
  WHERE
    NOT i.cause IS NULL
    AND i.opened_day <= s.as_of_day
    AND (
      t.since_day IS NULL OR i.opened_day >= t.since_day
    )
  GROUP BY
    i.team,
    i.cause
), deployment_facts AS (
  SELECT
    p.team,
    p.id,
    p.day,
    p.rework,
    p.status = 'failed' OR NOT c.id IS NULL AS failed,
    CASE
      WHEN c.id IS NULL
      THEN p.next_success
      WHEN c.still_open = 1
      THEN NULL
      ELSE c.latest_restored
    END - p.finished AS recovery_micros
  FROM production AS p
  LEFT JOIN caused AS c
    ON c.team = p.team AND c.id = p.id
), lead_times AS (
  /* Changes committed by D (and not before dora_since) and shipped by a production deployment; */
  /* negative durations left out. */
  SELECT
    p.team,
    p.day,
    CAST(p.finished - m.instant AS DOUBLE) / 1000000 / 3600 AS hours
  FROM changes AS c
  JOIN stamps AS m
    ON m.text = TRIM(c.committed_at)
  JOIN production AS p
    ON p.team = TRIM(c.team) AND p.id = TRIM(c.deployment)
  CROSS JOIN glasshouse_settings AS s
  LEFT JOIN glasshouse_since AS t
    ON t.team = p.team
  WHERE
    m.day <= s.as_of_day
    AND (
      t.since_day IS NULL OR m.day >= t.since_day
    )
    AND p.finished >= m.instant
), recovery_times AS (
  /* Failed deployments recovered by D; negative durations left out. */
  SELECT
    team,
    day,
    CAST(recovery_micros AS DOUBLE) / 1000000 / 3600 AS hours
  FROM deployment_facts
  WHERE
    failed AND recovery_micros >= 0
), teams AS (
  SELECT
    TRIM(team) AS team
  FROM deployments
  UNION
  SELECT
    TRIM(team)
  FROM changes
  UNION
  SELECT
    TRIM(team)
  FROM incidents
), grid AS (
  SELECT
    t.team,
    p.period,
    p.first_day,
    p.last_day
  FROM teams AS t
  CROSS JOIN glasshouse_periods AS p
), counts AS (
  SELECT
    g.team,
    g.period,
    COUNT(f.id) AS deployments,
    SUM(CASE WHEN f.failed THEN 1 ELSE 0 END) AS failed_deployments,
    COUNT(DISTINCT f.day) AS deploy_days,
    SUM(CASE WHEN f.rework THEN 1 ELSE 0 END) AS rework_deployments
  FROM grid AS g
  LEFT JOIN deployment_facts AS f
    ON f.team = g.team AND f.day >= g.first_day AND f.day <= g.last_day
  GROUP BY
    g.team,
    g.period
), durations AS (
  /* Percentiles by linear interpolation (R type 7, metrics.md §1), portably: rank each period's */
  /* values; the p50 lies between ranks k with n ≤ 2k ≤ n + 2 (one rank for odd n, two for even). */
  SELECT
    g.team,
    g.period,
    'lead' AS figure,
    l.hours
  FROM grid AS g
  JOIN lead_times AS l
    ON l.team = g.team AND l.day >= g.first_day AND l.day <= g.last_day
  UNION ALL
  SELECT
    g.team,
    g.period,
    'recovery' AS figure,
    r.hours
  FROM grid AS g
  JOIN recovery_times AS r
    ON r.team = g.team AND r.day >= g.first_day AND r.day <= g.last_day
), ranked AS (
  SELECT
    team,
    period,
    figure,
    hours,
    ROW_NUMBER() OVER (PARTITION BY team, period, figure ORDER BY hours) AS k,
    COUNT(*) OVER (PARTITION BY team, period, figure) AS n
  FROM durations
), medians AS (
  SELECT
    team,
    period,
    figure,
    MAX(n) AS n,
    MIN(CASE WHEN 2 * k >= n AND 2 * k <= n + 2 THEN hours END) AS lower_value,
    MAX(CASE WHEN 2 * k >= n AND 2 * k <= n + 2 THEN hours END) AS upper_value
  FROM ranked
  GROUP BY
    team,
    period,
    figure
)
SELECT
  g.team,
  g.period,
  c.deployments,
  COALESCE(c.failed_deployments, 0) AS failed_deployments,
  c.deploy_days,
  COALESCE(c.rework_deployments, 0) AS rework_deployments,
  l.lower_value + (
    l.upper_value - l.lower_value
  ) * 0.5 AS lead_time_p50_hours,
  COALESCE(l.n, 0) AS changes,
  r.lower_value + (
    r.upper_value - r.lower_value
  ) * 0.5 AS recovery_p50_hours,
  COALESCE(r.n, 0) AS recoveries
FROM grid AS g
JOIN counts AS c
  ON c.team = g.team AND c.period = g.period
LEFT JOIN medians AS l
  ON l.team = g.team AND l.period = g.period AND l.figure = 'lead'
LEFT JOIN medians AS r
  ON r.team = g.team AND r.period = g.period AND r.figure = 'recovery'
ORDER BY
  g.team,
  g.first_day
