/// Hand-listed template variables of the row types pages hold by the hundred (see
/// `ViewModel.templateFields`). A property missing here is an unknown variable, which the strict
/// template check reports as an error, so a forgotten field cannot pass the tests silently.
extension FigureCell {
    public var templateFields: [(String, Any)] {
        [
            ("text", text), ("tier", tier as Any), ("tierName", tierName as Any), ("label", label as Any), ("sort", sort as Any),
            ("arrow", arrow as Any), ("direction", direction as Any), ("previous", previous as Any),
        ]
    }
}

extension FigureRow {
    public var templateFields: [(String, Any)] { [("label", label), ("cells", cells)] }
}

extension IncidentRow {
    public var templateFields: [(String, Any)] {
        [
            ("id", id), ("opened", opened), ("openedDisplay", openedDisplay), ("severity", severity as Any), ("service", service as Any),
            ("summary", summary as Any), ("open", open), ("duration", duration), ("causedBy", causedBy as Any), ("postmortemHref", postmortemHref as Any),
        ]
    }
}

extension LinkRow {
    public var templateFields: [(String, Any)] { [("name", name), ("href", href as Any), ("text", text)] }
}

extension CostRowView {
    public var templateFields: [(String, Any)] {
        [
            ("month", month), ("total", total), ("budget", budget as Any), ("budgetCost", budgetCost as Any), ("variance", variance as Any),
            ("overBudget", overBudget),
            ("forecast", forecast as Any), ("waste", waste as Any), ("perDeployment", perDeployment as Any), ("change", change as Any),
            ("unallocated", unallocated as Any), ("anomaly", anomaly),
        ]
    }
}

extension PillarCell {
    public var templateFields: [(String, Any)] {
        [("pillar", pillar), ("score", score), ("band", band as Any), ("delta", delta as Any), ("constraint", constraint), ("level", level)]
    }
}

extension TeamDORARow {
    public var templateFields: [(String, Any)] {
        [("name", name), ("href", href), ("unitName", unitName as Any), ("cells", cells), ("note", note as Any), ("trend", trend as Any)]
    }
}

extension CALMSHeatRow {
    public var templateFields: [(String, Any)] { [("name", name), ("href", href), ("cells", cells), ("overall", overall), ("note", note as Any)] }
}
