namespace BriefBot.Deploy.Tests.Dockerfiles;

/// <summary>
/// A stage's file system as a folder on this machine: image path <c>/app/x</c> is <c>{Root}/app/x</c>, unless a
/// volume is mounted over part of it, as <c>docker run -v</c> would.
/// </summary>
internal sealed class ImageFileSystem(string root)
{
    private readonly Dictionary<string, string> mounts = new(StringComparer.Ordinal);

    public string Root { get; } = root;

    public ImageFileSystem Mount(string imagePath, string hostFolder)
    {
        mounts[imagePath.TrimEnd('/')] = hostFolder;
        return this;
    }

    /// <summary>The host path of an absolute image path; a relative one is taken from <paramref name="workingDirectory"/>.</summary>
    public string Map(string imagePath, string workingDirectory = "/")
    {
        var absolute = imagePath.StartsWith('/') ? imagePath : workingDirectory.TrimEnd('/') + "/" + imagePath;
        var mount = mounts.Keys
            .Where(m => absolute == m || absolute.StartsWith(m + "/", StringComparison.Ordinal))
            .OrderByDescending(m => m.Length)
            .FirstOrDefault();
        return mount is null
            ? Path.Combine(Root, absolute.TrimStart('/'))
            : Path.Combine(mounts[mount], absolute[mount.Length..].TrimStart('/'));
    }
}
