using System.Text;
using Sleuth.Analysis;
using Sleuth.Analysis.Text;
using Sleuth.Lexicon;
using Sleuth.Storage;

namespace Sleuth.Ingest;

/// <summary>Prepares an extracted document for the store: sentences, per-sentence lemma text, hash and signature.</summary>
public static class DocumentAnalyser
{
    /// <summary>Splits sentences, builds one lemma string per sentence, and hashes and signs the text.</summary>
    public static AnalysedDocument Analyse(ExtractedDocument document)
    {
        var text = document.Text;
        var sentences = SentenceSplitter.Shared.Split(text, document.Segments);
        var lemmas = new string[sentences.Count];
        var sb = new StringBuilder();
        for (int i = 0; i < sentences.Count; i++)
        {
            sb.Clear();
            foreach (var token in WordTokenizer.Shared.Tokenize(text, sentences[i].Start, sentences[i].End))
            {
                if (token.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
                if (sb.Length > 0) sb.Append(' ');
                sb.Append(EnglishLexicon.Shared.Lemma(token.Text).ToLowerInvariant());
            }
            lemmas[i] = sb.ToString();
        }
        return new AnalysedDocument
        {
            Source = document,
            ContentHash = ContentHasher.Hash(text),
            Sentences = sentences,
            SentenceLemmas = lemmas,
            Signature = MinHash.Signature(text),
        };
    }
}
