namespace Sleuth.Ingest;

/// <summary>One file to ingest, with its size as found when collecting.</summary>
public sealed record InputFile(string Path, long Length);

/// <summary>
/// Expands the paths a user gave into files: folders recursively, in ordinal path order so runs are
/// repeatable, leaving out hidden folders (.git, the .sleuth store) and hidden files.
/// </summary>
public static class InputCollector
{
    /// <summary>The files under <paramref name="paths"/>, leaving out <paramref name="exclude"/> (the store's own files).</summary>
    public static (IReadOnlyList<InputFile> Files, IReadOnlyList<SkippedInput> Skipped) Collect(IEnumerable<string> paths, IEnumerable<string>? exclude = null)
    {
        var files = new List<InputFile>();
        var skipped = new List<SkippedInput>();
        // Marking excluded paths as already seen keeps them out without a second check per file.
        var seen = new HashSet<string>((exclude ?? []).Select(Path.GetFullPath), StringComparer.Ordinal);
        foreach (var given in paths)
        {
            var full = Path.GetFullPath(given);
            if (Directory.Exists(full))
            {
                Walk(full, files, skipped, seen);
            }
            else if (File.Exists(full))
            {
                if (seen.Add(full)) files.Add(new InputFile(full, LengthOf(full)));
            }
            else
            {
                skipped.Add(new SkippedInput(given, "not found"));
            }
        }
        return (files, skipped);
    }

    private static void Walk(string root, List<InputFile> files, List<SkippedInput> skipped, HashSet<string> seen)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        var found = new List<string>();
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            try
            {
                foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos())
                {
                    if (entry.Name.StartsWith('.')) continue;
                    if (entry is DirectoryInfo sub)
                    {
                        // Following links to folders could loop; linked files are still read.
                        if (sub.LinkTarget is null) pending.Push(sub.FullName);
                    }
                    else
                    {
                        found.Add(entry.FullName);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                skipped.Add(new SkippedInput(dir, $"unreadable folder: {e.Message}"));
            }
        }
        found.Sort(StringComparer.Ordinal);
        foreach (var file in found)
            if (seen.Add(file)) files.Add(new InputFile(file, LengthOf(file)));
    }

    private static long LengthOf(string path)
    {
        try { return new FileInfo(path).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return 0; }
    }
}
