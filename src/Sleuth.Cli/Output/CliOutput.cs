using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace Sleuth.Cli.Output;

/// <summary>Where a command writes: JSON or text for people, with colour and live progress only on a terminal.</summary>
public sealed class CliOutput(bool json)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private IAnsiConsole? _console;

    /// <summary>True when --json was given.</summary>
    public bool Json { get; } = json;

    /// <summary>True when stdout is a terminal: then output may use colour and redraw a progress bar.</summary>
    public bool IsTerminal { get; } = !Console.IsOutputRedirected;

    /// <summary>Spectre console on stdout, for tables, markup and progress on a terminal.</summary>
    public IAnsiConsole Terminal => _console ??= AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Out),
        Ansi = IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = IsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
    });

    /// <summary>Writes one plain line to stdout.</summary>
    public void Line(string text = "") => Console.Out.WriteLine(text);

    /// <summary>Writes a value to stdout as indented camelCase JSON.</summary>
    public void WriteJson<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, s_json));

    /// <summary>Serializes with the CLI's JSON settings (camelCase, enums as strings).</summary>
    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, s_json);
}

/// <summary>Writes one command's result; each command has a text formatter and shares the JSON one.</summary>
public interface IResultFormatter<in T>
{
    void Write(T result, CliOutput output);
}

/// <summary>The result as camelCase JSON, the same for every command.</summary>
public sealed class JsonResultFormatter<T> : IResultFormatter<T>
{
    /// <inheritdoc />
    public void Write(T result, CliOutput output) => output.WriteJson(result);
}

/// <summary>Picks the JSON or the text formatter as the --json flag says.</summary>
public static class Formatter
{
    /// <summary>Writes the result with the JSON formatter or the given text formatter.</summary>
    public static void Write<T>(CliOutput output, T result, IResultFormatter<T> human) =>
        (output.Json ? new JsonResultFormatter<T>() : human).Write(result, output);
}
