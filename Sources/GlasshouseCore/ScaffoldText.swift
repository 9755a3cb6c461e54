/// The placeholder sentences `glasshouse new team` writes; a file that still holds one is a
/// warning naming it, so that a scaffold is not published unedited.
public enum ScaffoldText {
    /// team.yaml `description`.
    public static let description = "One line on what this team owns."
    /// The first sentence of index.md.
    public static let narrative = "What the team does, who it serves and what it is working on."
    /// The first sentence of the first note.
    public static let note = "A first note. Notes are dated Markdown: weekly updates, quarterly reviews, decisions."
}
