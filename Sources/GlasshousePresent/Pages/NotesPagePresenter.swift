import Foundation
import GlasshouseCompute
import GlasshouseCore

/// The notes library.
extension SitePresenter {
    /// `notes/index.html`: org notes and every team's published notes, newest first.
    func notesPage(at path: String) -> NotesPage {
        var rows = content.orgNotes.map { documentRow($0, page: OutputPaths.orgNote($0.slug), from: path, team: nil) }
        for team in publication.teams {
            rows += team.notes.map { documentRow($0, page: OutputPaths.teamNote(team.id, $0.slug), from: path, team: team) }
        }
        rows.sort { ($0.date, $1.title, $1.href) > ($1.date, $0.title, $0.href) }
        return NotesPage(frame: frame(title: "Notes", path: path, crumbs: [Crumb(name: "Notes", href: nil)]), notes: rows)
    }
}
