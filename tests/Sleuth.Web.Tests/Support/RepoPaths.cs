namespace Sleuth.Web.Tests.Support;

/// <summary>Finds the repository root (the folder holding Sleuth.slnx) and the shared seed case next to it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared/seeds next to the repository root; the seed case other teams test on too.</summary>
    public static string Seeds { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    public static bool HasSeeds => Directory.Exists(Seeds) && Directory.EnumerateFiles(Seeds).Any();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sleuth.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No Sleuth.slnx above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A temporary folder removed with everything in it when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sleuth-web-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A browser or server that has not quite let go of a file must not fail the test; the OS cleans temp.
        }
    }
}
