-- The DORA window figures of every team, computed by DuckDB straight from the same CSV files
-- Glasshouse reads (metrics.md §2): production deployments in the 90-day window ending
-- 2026-11-20 (Europe/Berlin days), change failure rate (failed status or named as an incident's
-- cause), lead-time p50/p90 (linear interpolation, like Glasshouse); records before a team's
-- `dora_since` (team.yaml) are ignored (metrics.md §2.10). {root} is the content folder.
SET TimeZone = 'Europe/Berlin';
WITH since AS (
    SELECT regexp_extract(filename, 'teams/([^/]+)/', 1) AS team,
           TRY_CAST(regexp_extract(content, '(?m)^dora_since:\s*"?(\d{4}-\d{2}-\d{2})', 1) AS DATE) AS since
    FROM read_text('{root}/teams/*/team.yaml')
), deployments AS (
    SELECT d.team, d.id, d.finished, d.environment, d.status
    FROM (
        SELECT regexp_extract(filename, 'teams/([^/]+)/', 1) AS team, id,
               CAST(finished_at AS TIMESTAMPTZ) AS finished,
               lower(coalesce(environment, 'production')) AS environment,
               lower(coalesce(status, 'success')) AS status
        FROM read_csv('{root}/teams/*/deployments.csv', filename = true, header = true, all_varchar = true)
    ) d LEFT JOIN since s ON s.team = d.team
    WHERE s.since IS NULL OR CAST(d.finished AS DATE) >= s.since
), production AS (
    SELECT * FROM deployments
    WHERE environment IN ('production', 'prod') AND status NOT IN ('aborted', 'cancelled', 'canceled', 'skipped')
      AND CAST(finished AS DATE) BETWEEN DATE '2026-08-23' AND DATE '2026-11-20'
), causes AS (
    SELECT DISTINCT i.team, i.cause
    FROM (
        SELECT regexp_extract(filename, 'teams/([^/]+)/', 1) AS team, cause, CAST(CAST(opened_at AS TIMESTAMPTZ) AS DATE) AS opened
        FROM read_csv('{root}/teams/*/incidents.csv', filename = true, header = true, all_varchar = true)
    ) i LEFT JOIN since s ON s.team = i.team
    WHERE i.cause IS NOT NULL AND i.opened <= DATE '2026-11-20' AND (s.since IS NULL OR i.opened >= s.since)
), failures AS (
    SELECT p.team, count(*) AS deployments,
           sum(CASE WHEN p.status IN ('failed', 'failure', 'rollback', 'rolled_back') OR c.cause IS NOT NULL THEN 1 ELSE 0 END) AS failed
    FROM production p LEFT JOIN causes c ON c.team = p.team AND c.cause = p.id
    GROUP BY p.team
), changes AS (
    SELECT c.team, c.deployment, c.committed
    FROM (
        SELECT regexp_extract(filename, 'teams/([^/]+)/', 1) AS team, deployment, CAST(committed_at AS TIMESTAMPTZ) AS committed
        FROM read_csv('{root}/teams/*/changes.csv', filename = true, header = true, all_varchar = true)
        WHERE deployment IS NOT NULL
    ) c LEFT JOIN since s ON s.team = c.team
    WHERE s.since IS NULL OR CAST(c.committed AS DATE) >= s.since
), lead AS (
    -- Absolute seconds: subtracting TIMESTAMPTZ values gives a calendar interval that is an hour off across DST.
    SELECT p.team, (epoch(p.finished) - epoch(c.committed)) / 3600.0 AS hours
    FROM production p JOIN changes c ON c.team = p.team AND c.deployment = p.id
    WHERE c.committed <= p.finished AND CAST(c.committed AS DATE) <= DATE '2026-11-20'
)
SELECT f.team, f.deployments, f.failed / f.deployments AS change_failure_rate,
       quantile_cont(l.hours, 0.5) AS lead_p50, quantile_cont(l.hours, 0.9) AS lead_p90, count(l.hours) AS lead_n
FROM failures f LEFT JOIN lead l ON l.team = f.team
GROUP BY f.team, f.deployments, f.failed
ORDER BY f.team;
