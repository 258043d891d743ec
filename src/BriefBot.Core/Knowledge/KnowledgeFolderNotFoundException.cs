namespace BriefBot.Core.Knowledge;

/// <summary>The configured knowledge folder does not exist: a configuration error, reported as such.</summary>
public sealed class KnowledgeFolderNotFoundException : DirectoryNotFoundException
{
    public KnowledgeFolderNotFoundException(string folder)
        : base($"The knowledge folder '{folder}' does not exist. Set Knowledge:Path (or --knowledge DIR) to a folder of .txt, .md or .json files.") =>
        Folder = folder;

    public KnowledgeFolderNotFoundException()
        : this(string.Empty)
    {
    }

    public KnowledgeFolderNotFoundException(string message, Exception innerException)
        : base(message, innerException) => Folder = string.Empty;

    public string Folder { get; }
}
