using BriefBot.Core.Knowledge;
using BriefBot.Core.Knowledge.Documents;

namespace BriefBot.Core.Tests.Knowledge.Documents;

/// <summary>Loads a folder of documents written by a test, with the default limits unless given others.</summary>
internal static class DocumentFolder
{
    public static async Task<KnowledgeBase> LoadAsync(params (string Name, byte[] Bytes)[] files) => await LoadAsync(DocumentLimits.Default, files);

    public static async Task<KnowledgeBase> LoadAsync(DocumentLimits limits, params (string Name, byte[] Bytes)[] files)
    {
        using var folder = new TempFolder();
        foreach (var (name, bytes) in files)
        {
            folder.WriteBytes(name, bytes);
        }

        return (await KnowledgeLoader.LoadAsync(folder.Path, null, limits, [], CancellationToken.None)).Knowledge;
    }

    public static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
