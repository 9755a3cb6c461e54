import GlasshouseCore

/// Reads `site.yaml` (content.md §2) into a `SiteConfig`, defaults applied.
public enum SiteConfigLoader {
    static let keys: Set<String> = [
        "title", "base_url", "timezone", "as_of", "window_days", "history_weeks", "history_months",
        "stale_after_days", "theme", "currency", "dora", "finops", "markdown",
    ]

    public static func load(_ text: String, file: String, diagnostics: inout Diagnostics) -> SiteConfig? {
        var yaml = YAMLReader(file: file)
        defer { diagnostics.append(contentsOf: yaml.diagnostics) }
        guard let (root, map) = yaml.document(text, field: "site", file: "site.yaml", required: "title", known: keys) else { return nil }

        let title = yaml.string(map["title"], field: "title", required: true, owner: root)
        var zone = SiteZone.utc
        if let name = yaml.string(map["timezone"], field: "timezone") {
            if let parsed = SiteZone(identifier: name) {
                zone = parsed
            } else {
                yaml.error(map["timezone"], field: "timezone", "\"\(name)\" is not an IANA time zone name (like Europe/Berlin)")
            }
        }
        var config = SiteConfig(title: title ?? "", timezone: zone)
        if let url = yaml.string(map["base_url"], field: "base_url") {
            if url.hasPrefix("https://") || url.hasPrefix("http://") {
                config.baseURL = url.hasSuffix("/") ? url : url + "/"
            } else {
                yaml.error(map["base_url"], field: "base_url", "\"\(url)\" is not an http(s) URL")
            }
        }
        config.asOf = yaml.date(map["as_of"], field: "as_of")
        config.windowDays = yaml.integer(map["window_days"], field: "window_days", minimum: 1) ?? config.windowDays
        config.historyWeeks = yaml.integer(map["history_weeks"], field: "history_weeks", minimum: 1) ?? config.historyWeeks
        config.historyMonths = yaml.integer(map["history_months"], field: "history_months", minimum: 1) ?? config.historyMonths
        config.staleAfterDays = yaml.integer(map["stale_after_days"], field: "stale_after_days", minimum: 0) ?? config.staleAfterDays
        if let theme = yaml.string(map["theme"], field: "theme") {
            if Identifier.isValidSlug(theme) {
                config.theme = theme
            } else {
                yaml.error(map["theme"], field: "theme", "\"\(theme)\" is not a theme folder name")
            }
        }
        if let currency = yaml.string(map["currency"], field: "currency") {
            if let code = Currency.code(currency) {
                config.currency = code
            } else {
                yaml.error(map["currency"], field: "currency", "\"\(currency)\" is not an ISO 4217 currency code (like USD)")
            }
        }
        if let node = map["dora"], !YAMLReader.isNull(node), let dora = yaml.mapping(node, field: "dora") {
            yaml.warnUnknownKeys(dora, known: ["production_environments", "benchmark"], prefix: "dora.")
            let doraMap = YAMLReader.byKey(dora)
            if doraMap["production_environments"] != nil {
                let environments = yaml.stringList(doraMap["production_environments"], field: "dora.production_environments")
                if environments.isEmpty {
                    yaml.error(doraMap["production_environments"], field: "dora.production_environments", "at least one environment is required")
                } else {
                    config.dora.productionEnvironments = environments.map { $0.lowercased() }
                }
            }
            config.dora.benchmark = yaml.string(doraMap["benchmark"], field: "dora.benchmark") ?? config.dora.benchmark
            config.dora.benchmarkLine = doraMap["benchmark"].flatMap(yaml.line)
        }
        if let node = map["finops"], !YAMLReader.isNull(node), let finops = yaml.mapping(node, field: "finops") {
            yaml.warnUnknownKeys(finops, known: ["cost_column", "team_tag", "anomaly_ratio", "anomaly_min_amount"], prefix: "finops.")
            let finopsMap = YAMLReader.byKey(finops)
            config.finops.costColumn = yaml.string(finopsMap["cost_column"], field: "finops.cost_column") ?? config.finops.costColumn
            config.finops.teamTag = yaml.string(finopsMap["team_tag"], field: "finops.team_tag") ?? config.finops.teamTag
            config.finops.anomalyRatio = yaml.number(finopsMap["anomaly_ratio"], field: "finops.anomaly_ratio") ?? config.finops.anomalyRatio
            config.finops.anomalyMinAmount = yaml.number(finopsMap["anomaly_min_amount"], field: "finops.anomaly_min_amount") ?? config.finops.anomalyMinAmount
        }
        if let node = map["markdown"], !YAMLReader.isNull(node), let markdown = yaml.mapping(node, field: "markdown") {
            yaml.warnUnknownKeys(markdown, known: ["unsafe_html"], prefix: "markdown.")
            let markdownMap = YAMLReader.byKey(markdown)
            config.unsafeHTML = yaml.boolean(markdownMap["unsafe_html"], field: "markdown.unsafe_html") ?? false
        }
        return title == nil ? nil : config
    }
}

/// ISO 4217 currency codes: three letters, compared upper-case.
enum Currency {
    static func code(_ text: String) -> String? {
        let upper = text.uppercased()
        return upper.count == 3 && upper.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) ? upper : nil
    }
}
