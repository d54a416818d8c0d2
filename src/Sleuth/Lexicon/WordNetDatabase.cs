using System.Collections.Concurrent;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Sleuth.Lexicon;

/// <summary>One index.* entry: the synsets of a lemma, most frequent sense first.</summary>
internal readonly record struct WordNetEntry(int[] Offsets, int TaggedSenses);

/// <summary>A lexical or semantic pointer from a synset (data.* pointer field).</summary>
internal readonly record struct WordNetPointer(string Symbol, int Offset, PartOfSpeech Pos, int SourceWord, int TargetWord);

/// <summary>A synset read from a data.* file: its words (underscores kept) and pointers.</summary>
internal sealed record WordNetSynset(string[] Words, WordNetPointer[] Pointers);

/// <summary>
/// Read access to a WordNet 3.0 database directory (index.*, data.*, *.exc). Index and exception
/// files are parsed lazily, one part of speech at a time, into memory; synsets are read on demand
/// from the data files by byte offset and cached, so start-up stays fast and memory modest.
/// Thread-safe: lazy loads are synchronised and data reads are positional.
/// </summary>
internal sealed class WordNetDatabase
{
    private static readonly string[] s_fileSuffix = ["noun", "verb", "adj", "adv"];

    private readonly string _directory;
    private readonly Lazy<PosTable>[] _tables;
    private readonly ConcurrentDictionary<(PartOfSpeech Pos, int Offset), WordNetSynset> _synsets = new();

    private WordNetDatabase(string directory)
    {
        _directory = directory;
        _tables = new Lazy<PosTable>[4];
        for (int i = 0; i < 4; i++)
        {
            var pos = (PartOfSpeech)i;
            _tables[i] = new Lazy<PosTable>(() => PosTable.Load(directory, pos), LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }

    /// <summary>The directory the database was opened from.</summary>
    public string Directory => _directory;

    /// <summary>Opens the database when all index and data files are present; null otherwise.</summary>
    public static WordNetDatabase? TryOpen(string? directory)
    {
        if (string.IsNullOrEmpty(directory)) return null;
        foreach (var suffix in s_fileSuffix)
        {
            if (!File.Exists(Path.Combine(directory, "index." + suffix)) || !File.Exists(Path.Combine(directory, "data." + suffix)))
                return null;
        }
        return new WordNetDatabase(directory);
    }

    /// <summary>Parses every part of speech now, so later calls never pay the load cost.</summary>
    public void LoadAll()
    {
        foreach (var table in _tables) _ = table.Value;
    }

    /// <summary>Whether index.{pos} lists the lemma (lowercase, underscores for spaces).</summary>
    public bool Contains(string lemma, PartOfSpeech pos) => _tables[(int)pos].Value.Index.ContainsKey(lemma);

    /// <summary>The index entry of a lemma (lowercase, underscores for spaces) in index.{pos}.</summary>
    public bool TryGetEntry(string lemma, PartOfSpeech pos, out WordNetEntry entry) =>
        _tables[(int)pos].Value.Index.TryGetValue(lemma, out entry);

    /// <summary>The bases an irregular form has in {pos}.exc, or null.</summary>
    public string[]? Exceptions(string form, PartOfSpeech pos) =>
        _tables[(int)pos].Value.Exceptions.TryGetValue(form, out var bases) ? bases : null;

    /// <summary>The synset at a byte offset of data.{pos}.</summary>
    public WordNetSynset Synset(PartOfSpeech pos, int offset) =>
        _synsets.GetOrAdd((pos, offset), key => _tables[(int)key.Pos].Value.ReadSynset(key.Offset));

    private sealed class PosTable
    {
        public required Dictionary<string, WordNetEntry> Index { get; init; }
        public required Dictionary<string, string[]> Exceptions { get; init; }
        public required SafeFileHandle Data { get; init; }

        public static PosTable Load(string directory, PartOfSpeech pos)
        {
            var suffix = s_fileSuffix[(int)pos];
            var excPath = Path.Combine(directory, suffix + ".exc");
            return new PosTable
            {
                Index = ParseIndex(File.ReadAllBytes(Path.Combine(directory, "index." + suffix))),
                Exceptions = File.Exists(excPath) ? ParseExceptions(excPath) : new(StringComparer.Ordinal),
                // Kept open for the life of the process: the lexicon is a process-wide singleton.
                Data = File.OpenHandle(Path.Combine(directory, "data." + suffix)),
            };
        }

        /// <summary>Reads one data line by offset; lines are short, so one 4 KB read nearly always suffices.</summary>
        public WordNetSynset ReadSynset(int offset)
        {
            var buffer = new byte[4096];
            int filled = 0;
            while (true)
            {
                int read = RandomAccess.Read(Data, buffer.AsSpan(filled), offset + filled);
                filled += read;
                int newline = buffer.AsSpan(0, filled).IndexOf((byte)'\n');
                if (newline >= 0 || read == 0) return ParseSynset(buffer.AsSpan(0, newline >= 0 ? newline : filled));
                if (filled == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            }
        }

        private static Dictionary<string, WordNetEntry> ParseIndex(byte[] bytes)
        {
            var index = new Dictionary<string, WordNetEntry>(bytes.Length / 40, StringComparer.Ordinal);
            var span = bytes.AsSpan();
            while (!span.IsEmpty)
            {
                int nl = span.IndexOf((byte)'\n');
                var line = nl < 0 ? span : span[..nl];
                span = nl < 0 ? default : span[(nl + 1)..];
                // The licence header lines start with a space.
                if (line.IsEmpty || line[0] == (byte)' ') continue;
                var fields = new FieldReader(line);
                var lemma = Encoding.Latin1.GetString(fields.Next());
                fields.Next(); // pos
                int synsetCount = fields.NextInt();
                int pointerCount = fields.NextInt();
                for (int i = 0; i < pointerCount; i++) fields.Next();
                fields.Next(); // sense_cnt, same as synset_cnt
                int tagged = fields.NextInt();
                var offsets = new int[synsetCount];
                for (int i = 0; i < synsetCount; i++) offsets[i] = fields.NextInt();
                index[lemma] = new WordNetEntry(offsets, tagged);
            }
            return index;
        }

        private static Dictionary<string, string[]> ParseExceptions(string path)
        {
            var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(path, Encoding.Latin1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length >= 2) map.TryAdd(fields[0], fields[1..]);
            }
            return map;
        }

        private static WordNetSynset ParseSynset(ReadOnlySpan<byte> line)
        {
            var fields = new FieldReader(line);
            fields.Next(); // offset
            fields.Next(); // lex_filenum
            fields.Next(); // ss_type
            int wordCount = fields.NextHex();
            var words = new string[wordCount];
            for (int i = 0; i < wordCount; i++)
            {
                words[i] = Encoding.Latin1.GetString(fields.Next());
                fields.Next(); // lex_id
            }
            int pointerCount = fields.NextInt();
            var pointers = new WordNetPointer[pointerCount];
            for (int i = 0; i < pointerCount; i++)
            {
                var symbol = Encoding.Latin1.GetString(fields.Next());
                int offset = fields.NextInt();
                var pos = fields.Next()[0] switch
                {
                    (byte)'n' => PartOfSpeech.Noun,
                    (byte)'v' => PartOfSpeech.Verb,
                    (byte)'r' => PartOfSpeech.Adverb,
                    _ => PartOfSpeech.Adjective, // 'a' and satellite 's' both live in data.adj
                };
                var sourceTarget = fields.Next();
                pointers[i] = new WordNetPointer(symbol, offset, pos, Hex(sourceTarget[..2]), Hex(sourceTarget[2..4]));
            }
            return new WordNetSynset(words, pointers);
        }

        private static int Hex(ReadOnlySpan<byte> digits)
        {
            int value = 0;
            foreach (var b in digits) value = value * 16 + (b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10);
            return value;
        }

        /// <summary>Walks space-separated fields of one line without allocating.</summary>
        private ref struct FieldReader(ReadOnlySpan<byte> line)
        {
            private ReadOnlySpan<byte> _rest = line;

            public ReadOnlySpan<byte> Next()
            {
                _rest = _rest.TrimStart((byte)' ');
                int space = _rest.IndexOf((byte)' ');
                var field = space < 0 ? _rest : _rest[..space];
                _rest = space < 0 ? default : _rest[space..];
                return field;
            }

            public int NextInt()
            {
                int value = 0;
                foreach (var b in Next()) value = value * 10 + (b - '0');
                return value;
            }

            public int NextHex() => Hex(Next());
        }
    }
}
