import GlasshouseCore

/// Loads a custom DORA benchmark file (metrics.md §2.7):
///
/// ```yaml
/// name: Acme 2026
/// deploy_days_per_week: {elite: 5, high: 1, medium: 0.25}   # at least
/// lead_time_hours:      {elite: 24, high: 168, medium: 720} # below
/// change_failure_rate:  {elite: 0.05, high: 0.1, medium: 0.15} # at most, 0–1
/// recovery_hours:       {elite: 1, high: 24, medium: 168}   # below
/// ```
enum BenchmarkLoader {
    static func load(_ text: String, file: String, diagnostics: inout Diagnostics) -> Benchmark? {
        var yaml = YAMLReader(file: file)
        defer { diagnostics.append(contentsOf: yaml.diagnostics) }
        guard let root = yaml.parse(text), let pairs = yaml.mapping(root, field: "benchmark") else {
            if !yaml.diagnostics.hasErrors { yaml.error(nil, field: "name", "the benchmark file is empty") }
            return nil
        }
        let metrics = TieredMetric.allCases
        yaml.warnUnknownKeys(pairs, known: Set(["name"] + metrics.map(\.benchmarkKey)))
        let map = YAMLReader.byKey(pairs)
        let name = yaml.string(map["name"], field: "name", required: true, owner: root)
        var benchmark = Benchmark.dora2023
        var valid = 0
        for metric in metrics {
            let key = metric.benchmarkKey
            guard let node = map[key] else {
                yaml.error(root, field: key, "required: elite, high and medium thresholds")
                continue
            }
            guard let levels = yaml.mapping(node, field: key) else { continue }
            yaml.warnUnknownKeys(levels, known: ["elite", "high", "medium"], prefix: key + ".")
            let levelMap = YAMLReader.byKey(levels)
            let values = ["elite", "high", "medium"].map { yaml.number(levelMap[$0], field: "\(key).\($0)", required: true, owner: node) }
            guard let elite = values[0], let high = values[1], let medium = values[2] else { continue }
            // Thresholds of a higher-is-better metric fall from elite to medium; the others rise.
            let rising = metric.direction.higherIsBetter
            let ordered = rising ? elite >= high && high >= medium : elite <= high && high <= medium
            if !ordered {
                yaml.error(
                    node, field: key,
                    rising
                        ? "thresholds must not rise from elite to medium (elite ≥ high ≥ medium)"
                        : "thresholds must not fall from elite to medium (elite ≤ high ≤ medium)")
                continue
            }
            if metric.isRate, elite < 0 || medium > 1 {
                yaml.error(node, field: key, "thresholds are rates between 0 and 1 (0.15 is 15 %)")
                continue
            }
            if elite < 0 || medium < 0 {
                yaml.error(node, field: key, "thresholds cannot be negative")
                continue
            }
            benchmark[metric] = Benchmark.Thresholds(elite: elite, high: high, medium: medium)
            valid += 1
        }
        guard let name, valid == metrics.count else { return nil }
        benchmark.name = name
        return benchmark
    }
}
