using Kconfig.Build.Engine.Lexing;
using Kconfig.Build.Engine.Parsing;
using Kconfig.Build.Engine.Preprocessing;

namespace Kconfig.Build.Benchmarks;

/// <summary>The front end's state between parsing and finalising.</summary>
internal sealed record ParsedTree(Lexer Lexer, MacroExpander Expander, FrontEndLog Log, SymbolTable Symbols, Parser Parser);
