// swift-tools-version:6.0
import PackageDescription

// The code reads as the data flows: load → compute → present → write, one module per stage,
// with the shared vocabulary in GlasshouseCore, the pipeline in GlasshousePipeline and a thin CLI.
let package = Package(
    name: "Glasshouse",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "glasshouse", targets: ["GlasshouseCLI"]),
        .library(name: "GlasshousePipeline", targets: ["GlasshousePipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "GlasshouseCore"),
        .target(name: "GlasshouseLoad", dependencies: ["GlasshouseCore", "Yams"]),
        .target(name: "GlasshouseCompute", dependencies: ["GlasshouseCore"]),
        .target(
            name: "GlasshousePresent",
            dependencies: ["GlasshouseCore", "GlasshouseCompute", "CCmarkGFM"],
            plugins: ["TemplateFieldsPlugin"]
        ),
        // The view models' `templateFields`, generated from their declarations at build time.
        .target(name: "TemplateFieldsCodegen"),
        .executableTarget(name: "TemplateFieldsGenerator", dependencies: ["TemplateFieldsCodegen"]),
        .plugin(name: "TemplateFieldsPlugin", capability: .buildTool(), dependencies: ["TemplateFieldsGenerator"]),
        .target(name: "GlasshouseWrite", dependencies: ["GlasshouseCore"]),
        .target(name: "GlasshouseImport", dependencies: ["GlasshouseCore", "GlasshouseLoad"]),
        .target(name: "GlasshouseSample", dependencies: ["GlasshouseCore", "GlasshouseLoad", "Yams"], resources: [.embedInCode("CuratedTeams.yaml")]),
        .target(name: "GlasshouseSQL", dependencies: ["GlasshouseCore", "GlasshouseCompute"]),
        .target(
            name: "GlasshousePipeline",
            dependencies: [
                "GlasshouseCore", "GlasshouseLoad", "GlasshouseCompute", "GlasshousePresent", "GlasshouseWrite", "GlasshouseSample", "GlasshouseSQL",
            ]
        ),
        .target(
            name: "GlasshouseServe",
            dependencies: [
                "GlasshousePipeline", "GlasshouseCore", "GlasshouseWrite", .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "GlasshouseCLI",
            dependencies: ["GlasshousePipeline", "GlasshouseServe", "GlasshouseImport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "GlasshouseTesting", dependencies: ["GlasshouseCore", "GlasshousePipeline"]),
        .testTarget(name: "GlasshouseCoreTests", dependencies: ["GlasshouseCore"]),
        .testTarget(name: "GlasshouseLoadTests", dependencies: ["GlasshouseLoad", "GlasshouseTesting"]),
        .testTarget(name: "GlasshouseComputeTests", dependencies: ["GlasshouseCompute", "GlasshouseLoad"]),
        .testTarget(name: "GlasshousePresentTests", dependencies: ["GlasshousePresent"]),
        .testTarget(
            name: "GlasshouseIntegrationTests",
            dependencies: ["GlasshousePipeline", "GlasshouseSample", "GlasshouseSQL", "GlasshouseTesting", "GlasshouseWrite", "Yams"]),
        .testTarget(name: "GlasshouseSQLTests", dependencies: ["GlasshouseSQL", "GlasshouseCompute"]),
        .testTarget(name: "GlasshouseImportTests", dependencies: ["GlasshouseImport", "GlasshouseCore", "GlasshouseTesting"]),
        .testTarget(name: "GlasshouseWriteTests", dependencies: ["GlasshouseWrite", "GlasshouseCore", "GlasshousePipeline", "GlasshouseTesting"]),
        .testTarget(name: "TemplateFieldsCodegenTests", dependencies: ["TemplateFieldsCodegen"]),
        .testTarget(name: "GlasshouseServeTests", dependencies: ["GlasshouseServe", "GlasshousePipeline", "GlasshouseWrite", "GlasshouseTesting"]),
    ],
    swiftLanguageModes: [.v6]
)

// Every Swift target: `any` spelled out for existentials, and members visible only through the
// modules a file imports itself (a plugin takes no settings).
for target in package.targets where target.type != .system && target.type != .plugin {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .enableUpcomingFeature("ExistentialAny"),
            .enableUpcomingFeature("MemberImportVisibility"),
        ]
}

// `make fuzz` only (GLASSHOUSE_FUZZ=1, its own scratch path .build-fuzz): the libFuzzer harness over
// every loader, built with -sanitize=fuzzer,address; ordinary builds never see it. docs/fuzzing.md.
if Context.environment["GLASSHOUSE_FUZZ"] == "1" {
    package.targets.append(
        .executableTarget(
            name: "GlasshouseFuzz", dependencies: ["GlasshouseLoad", "GlasshouseCore"], path: "Fuzz/Sources/GlasshouseFuzz",
            swiftSettings: [.enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("MemberImportVisibility")]))
    package.products.append(.executable(name: "glasshouse-fuzz", targets: ["GlasshouseFuzz"]))
    // SwiftPM passes -Xswiftc to build tools too, which would link libFuzzer into the template-fields
    // generator; the fuzz product needs no view model, so the fuzz build applies no plugin.
    for target in package.targets where target.plugins != nil {
        target.plugins = nil
    }
}
