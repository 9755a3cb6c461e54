/// The one reader of numbers in content files, CSV and YAML alike (content.md §2, §7.2), with the
/// bounds that keep every later computation and format finite and free of traps.
///
/// Syntax: an optional sign, decimal digits with `.` as separator and an optional exponent
/// (`12`, `-0.5`, `.25`, `1.2e3`). Hexadecimal (`0x10`), `inf`, `nan`, `1_000`, thousands separators
/// and anything else are errors. Bounds (documented in README "Choices where the contract is
/// silent"): a decimal's magnitude is at most 10^15, a count at most 10^12.
enum ContentNumber {
    /// Largest magnitude of a decimal value: amounts, budgets, hours, SLI counts, thresholds.
    static let maximumMagnitude = 1e15
    /// Largest whole count (deployments, changes, recoveries …).
    static let maximumCount = 1_000_000_000_000

    /// Why a text is not an acceptable number.
    enum Problem: Error, Equatable {
        case syntax
        case outOfRange
    }

    /// A decimal within ±`maximumMagnitude`.
    static func decimal(_ text: String) -> Result<Double, Problem> {
        guard isDecimalSyntax(text), let value = Double(text) else { return .failure(.syntax) }
        guard value.isFinite, abs(value) <= maximumMagnitude else { return .failure(.outOfRange) }
        return .success(value)
    }

    /// A whole number (optional sign, digits only) within ±`maximumCount`.
    static func count(_ text: String) -> Result<Int, Problem> {
        var digits = Substring(text)
        if digits.first == "+" || digits.first == "-" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return .failure(.syntax) }
        guard let value = Int(text), abs(value) <= maximumCount else { return .failure(.outOfRange) }
        return .success(value)
    }

    /// `[+-]?(digits(.digits?)?|.digits)([eE][+-]?digits)?`, ASCII only.
    static func isDecimalSyntax(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        func skipDigits() -> Int {
            let start = index
            while isDigit(index) { index += 1 }
            return index - start
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        var mantissa = skipDigits()
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            mantissa += skipDigits()
        }
        guard mantissa > 0 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard skipDigits() > 0 else { return false }
        }
        return index == bytes.count
    }

    /// The message for `problem` with `text`, for `field: message` diagnostics.
    static func message(_ problem: Problem, _ text: String, whole: Bool = false) -> String {
        switch problem {
        case .syntax where whole:
            "\"\(text)\" is not a whole number"
        case .syntax:
            "\"\(text)\" is not a number (use . as the decimal separator, no thousands separators)"
        case .outOfRange where whole:
            "\(text) is out of range (at most \(maximumCount))"
        case .outOfRange:
            "\(text) is out of range (the magnitude is at most 1e15)"
        }
    }
}
