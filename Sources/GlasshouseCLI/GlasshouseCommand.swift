import ArgumentParser
import Foundation
import GlasshouseCore
import GlasshouseLoad
import GlasshousePipeline
import GlasshouseServe

/// `glasshouse`: the command line of site.md §1. It parses arguments, calls the pipeline and
/// maps failures to exit statuses; everything else lives in the library.
@main
struct GlasshouseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glasshouse",
        abstract: "Builds the Glasshouse DevOps scorecard: Content/ in, a static site out.",
        version: SiteBuilder.version,
        subcommands: [Build.self, Validate.self, Serve.self, New.self, Sample.self, Import.self, SQL.self]
    )

    /// Runs the command, with usage errors exiting 2 (site.md §1) rather than ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success { Self.exit(withError: error) }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

/// Options shared by the commands that read content.
struct ContentOptions: ParsableArguments {
    @Option(help: "The content folder.")
    var content = "Content"

    @Option(name: .customLong("as-of"), help: "The as-of day (YYYY-MM-DD); default SOURCE_DATE_EPOCH, site.yaml as_of, else today.")
    var asOf: String?

    @Option(help: "The folder holding the themes (default: Themes/ beside the content folder, then in the current folder; the default theme is built in).")
    var themes: String?

    func buildOptions() throws -> BuildOptions {
        var options = BuildOptions(now: Instant(seconds: Int64(Date().timeIntervalSince1970)))
        options.content = content
        options.themes = themes
        options.sourceDateEpoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"]
        if let asOf {
            guard let day = Timestamps.date(asOf) else { throw ValidationError("--as-of \"\(asOf)\" is not a date (YYYY-MM-DD)") }
            options.asOf = day
        }
        return options
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site from the content folder.")

    @OptionGroup var source: ContentOptions

    @Option(help: "The output folder; replaced atomically when the build succeeds.")
    var output = "Site"

    @Option(help: "A theme folder name under the themes folder (default: site.yaml theme).")
    var theme: String?

    @Flag(help: "Print errors only.")
    var quiet = false

    @Flag(help: "Print the time each stage took (load, compute, present, write) on stderr.")
    var timings = false

    func run() throws {
        var options = try source.buildOptions()
        options.output = output
        options.theme = theme
        let console = Console(quiet: quiet)
        let started = Date()
        do {
            let report = try SiteBuilder.build(options, progress: console.stage)
            if timings { console.printTimings() }
            console.finish(report, verb: "Built", seconds: Date().timeIntervalSince(started), destination: output + "/" + OutputPaths.org)
        } catch {
            throw console.fail(error)
        }
    }
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the content folder; writes nothing.")

    @OptionGroup var source: ContentOptions

    func run() throws {
        let console = Console(quiet: false)
        let started = Date()
        do {
            let report = try SiteBuilder.validate(try source.buildOptions(), progress: console.stage)
            console.finish(report, verb: "Valid:", seconds: Date().timeIntervalSince(started), destination: nil)
        } catch {
            throw console.fail(error)
        }
    }
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Scaffold new content.", subcommands: [NewTeam.self])
}

struct NewTeam: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "team", abstract: "Scaffold a team folder with commented examples of every data file.")

    @Argument(help: "The team id: lower-case letters, digits and -.")
    var id: String

    @Option(help: "The unit the team belongs to (a unit id of org.yaml).")
    var unit: String?

    @Option(help: "The content folder.")
    var content = "Content"

    func validate() throws {
        guard Identifier.isValid(id) else {
            throw ValidationError("\"\(id)\" is not a valid team id (\(Identifier.rule(for: id)))")
        }
        if let unit, !Identifier.isValid(unit) { throw ValidationError("\"\(unit)\" is not a valid unit id") }
    }

    func run() throws {
        let today = SiteZone.utc.day(of: Instant(seconds: Int64(Date().timeIntervalSince1970)))
        do {
            try TeamScaffolder.create(id: id, unit: unit, content: content, today: today)
        } catch {
            throw Console(quiet: false).fail(error)
        }
        print("Created \(content)/teams/\(id)/ — edit team.yaml and index.md, then run `glasshouse validate`.")
    }
}

struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a synthetic org in the content format (the same for the same seed).")

    @Option(help: "The folder to create; it must not exist yet.")
    var output: String

    @Option(help: "How many teams (the first 12 are Northwind Retail's).")
    var teams = 12

    @Option(help: "How many months of data, ending with the as-of day.")
    var months = 18

    @Option(help: "The seed of the generator.")
    var seed: UInt64 = 1

    @Option(name: .customLong("as-of"), help: "The last day of the data (YYYY-MM-DD); default 2026-11-20.")
    var asOf: String?

    func validate() throws {
        guard (1...5000).contains(teams) else { throw ValidationError("--teams must be between 1 and 5000") }
        guard (1...120).contains(months) else { throw ValidationError("--months must be between 1 and 120") }
        if let asOf, Timestamps.date(asOf) == nil { throw ValidationError("--as-of \"\(asOf)\" is not a date (YYYY-MM-DD)") }
    }

    func run() throws {
        do {
            try SampleCreator.create(output: output, teams: teams, months: months, seed: seed, end: asOf.flatMap(Timestamps.date))
        } catch {
            throw Console(quiet: false).fail(error)
        }
        print("Created \(output)/ with \(teams) teams — build it with `glasshouse build --content \(output)`.")
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build, serve on 127.0.0.1 and rebuild on every change of the content or the theme.")

    @OptionGroup var source: ContentOptions

    @Option(help: "The port on 127.0.0.1.")
    var port: UInt16 = 8080

    @Option(help: "The output folder, kept in sync with the content (default: a private temporary folder, removed on exit).")
    var output: String?

    @Option(help: "A theme folder name under the themes folder (default: site.yaml theme).")
    var theme: String?

    func run() async throws {
        var options = try source.buildOptions()
        if let output { options.output = output }
        options.theme = theme
        do {
            try await PreviewServer.run(options, keepOutput: output != nil, port: port) { line in
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }
        } catch let busy as PreviewServer.PortInUse {
            FileHandle.standardError.write(Data((busy.description + "\n").utf8))
            throw ExitCode(3)
        } catch let failure as BuildFailure {
            throw Console(quiet: false).fail(failure)
        } catch {
            throw Console(quiet: false).fail(BuildFailure.io("cannot serve on 127.0.0.1:\(port): \(error)"))
        }
    }
}
