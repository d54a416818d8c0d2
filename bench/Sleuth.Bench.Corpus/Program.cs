using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sleuth.Bench.Corpus;

// Generates a deterministic corpus of news-like documents for whole-process benchmarks.
// The same --seed and --count always give byte-identical files, whatever the machine or thread count,
// because every document is made from its own generator derived from (seed, index).

const string Usage = "usage: Sleuth.Bench.Corpus --count N --out DIR [--seed 42] [--md-share 0.25] [--dup-rate 0.02] [--force]";

int count = -1;
string? outDir = null;
ulong seed = 42;
double mdShare = 0.25;
double dupRate = 0.02;
bool force = false;

try
{
    for (var i = 0; i < args.Length; i++)
    {
        string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
        switch (args[i])
        {
            case "--count": count = int.Parse(Value(), CultureInfo.InvariantCulture); break;
            case "--out": outDir = Value(); break;
            case "--seed": seed = ulong.Parse(Value(), CultureInfo.InvariantCulture); break;
            case "--md-share": mdShare = double.Parse(Value(), CultureInfo.InvariantCulture); break;
            case "--dup-rate": dupRate = double.Parse(Value(), CultureInfo.InvariantCulture); break;
            case "--force": force = true; break;
            case "-h" or "--help": Console.WriteLine(Usage); return 0;
            default: throw new ArgumentException($"unknown argument {args[i]}");
        }
    }
    if (count < 1 || outDir is null)
    {
        throw new ArgumentException("--count (at least 1) and --out are required");
    }
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine($"corpus: {e.Message}");
    Console.Error.WriteLine(Usage);
    return 2;
}

var root = Path.GetFullPath(outDir);
if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
{
    if (!force)
    {
        Console.Error.WriteLine($"corpus: {root} is not empty; pass --force to replace it");
        return 1;
    }
    Directory.Delete(root, recursive: true);
}

// A thousand files per folder keeps directory listings fast at 100k documents.
const int FilesPerFolder = 1000;
for (var folder = 0; folder <= (count - 1) / FilesPerFolder; folder++)
{
    Directory.CreateDirectory(Path.Combine(root, folder.ToString("D3", CultureInfo.InvariantCulture)));
}

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
long totalBytes = 0;
int markdownFiles = 0;
int nearCopies = 0;
var clock = Stopwatch.StartNew();

Parallel.For(0, count, index =>
{
    var markdown = SeededRandom.ForItem(seed, index, stream: 2).Chance(mdShare);
    var article = ArticleFor(index, out var isCopy);
    if (isCopy)
    {
        Interlocked.Increment(ref nearCopies);
    }

    var bytes = utf8.GetBytes(markdown ? article.ToMarkdown() : article.ToText());
    var name = index.ToString("D6", CultureInfo.InvariantCulture) + (markdown ? ".md" : ".txt");
    var folder = (index / FilesPerFolder).ToString("D3", CultureInfo.InvariantCulture);
    File.WriteAllBytes(Path.Combine(root, folder, name), bytes);
    Interlocked.Add(ref totalBytes, bytes.Length);
    if (markdown)
    {
        Interlocked.Increment(ref markdownFiles);
    }
});

var seconds = clock.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"corpus: {count} documents ({markdownFiles} .md, {nearCopies} near-copies) in {root}, " +
    $"{totalBytes / 1048576.0:F1} MB, {seconds:F1} s, {count / seconds:F0} documents/s, seed {seed}"));
return 0;

// Stream 1 decides whether a document is a near-copy and of which earlier one; stream 0 composes its
// story. A copy recomputes its original the same way, so every copy has its original in the corpus.
Article ArticleFor(int index, out bool isCopy)
{
    var shape = SeededRandom.ForItem(seed, index, stream: 1);
    isCopy = index >= 10 && shape.Chance(dupRate);
    return isCopy
        ? Syndication.Copy(ArticleFor(shape.Next(index), out _), shape)
        : new ArticleComposer(SeededRandom.ForItem(seed, index)).Compose();
}
