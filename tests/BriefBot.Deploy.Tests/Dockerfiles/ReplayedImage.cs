using System.Diagnostics;
using BriefBot.Deploy.Tests.Support;

namespace BriefBot.Deploy.Tests.Dockerfiles;

/// <summary>
/// deploy/Dockerfile replayed without Docker, once per test run (the publish is slow): the build stage's COPY lines
/// copy from the repository as .dockerignore lets them, its RUN lines run here, and the runtime stage's COPY lines
/// assemble the image's folders. A COPY the Dockerfile forgot makes the restore or publish fail here as in Docker.
/// </summary>
public sealed class ReplayedImage : IAsyncLifetime
{
    private readonly TempFolder temp = new("briefbot-image-");

    internal Dockerfile Dockerfile { get; } = Dockerfile.Deployed;

    /// <summary>The runtime stage's file system.</summary>
    internal ImageFileSystem Image { get; private set; } = null!;

    internal string TempRoot => temp.Path;

    public async Task InitializeAsync()
    {
        var context = Repository.Root;
        var ignore = DockerIgnore.Read(Path.Combine(context, ".dockerignore"));
        var stages = new Dictionary<string, ImageFileSystem>(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in Dockerfile.Stages)
        {
            var fs = new ImageFileSystem(temp.Sub("stage-" + (stage.Name ?? stages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            var workdir = "/";
            foreach (var instruction in stage.Instructions)
            {
                switch (instruction.Keyword)
                {
                    case "WORKDIR":
                        workdir = instruction.Arguments;
                        Directory.CreateDirectory(fs.Map(workdir));
                        break;
                    case "COPY":
                        Copy(instruction, fs, workdir, context, ignore, stages);
                        break;
                    case "RUN":
                        await RunAsync(instruction, fs, workdir);
                        break;
                    case "ENV" or "VOLUME" or "EXPOSE" or "USER" or "HEALTHCHECK" or "ENTRYPOINT":
                        // Metadata of the image: the tests read it from the Dockerfile.
                        break;
                    default:
                        throw new NotSupportedException($"Dockerfile line {instruction.Line}: the replay does not know {instruction.Keyword}; teach ReplayedImage or keep to the instructions it knows.");
                }
            }

            stages[stage.Name ?? stages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)] = fs;
        }

        Image = stages.Values.Last();
    }

    public Task DisposeAsync()
    {
        temp.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A fresh folder for a test's own volume or files.</summary>
    internal string NewFolder(string prefix) => Directory.CreateDirectory(Path.Combine(temp.Path, prefix + "-" + Guid.NewGuid().ToString("N")[..8])).FullName;

    private static void Copy(Instruction instruction, ImageFileSystem fs, string workdir, string context, DockerIgnore ignore, Dictionary<string, ImageFileSystem> stages)
    {
        var (flags, rest) = instruction.SplitFlags();
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var destination = words[^1];
        var sources = words[..^1];
        // Docker: with several sources, or a destination ending in '/', the destination is a folder.
        var intoFolder = sources.Length > 1 || destination.EndsWith('/');
        var target = fs.Map(destination, workdir);
        foreach (var source in sources)
        {
            string from;
            Func<string, bool> visible;
            if (flags.TryGetValue("from", out var stage))
            {
                from = stages[stage].Map(source);
                visible = _ => true;
            }
            else
            {
                from = Path.Combine(context, source.TrimEnd('/'));
                visible = path => !ignore.Excludes(Path.GetRelativePath(context, path).Replace('\\', '/'));
            }

            if (Directory.Exists(from))
            {
                // A folder's contents are copied, not the folder itself.
                CopyFolder(from, target, visible);
            }
            else if (File.Exists(from) && visible(from))
            {
                var file = intoFolder ? Path.Combine(target, Path.GetFileName(from)) : target;
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.Copy(from, file, overwrite: true);
            }
            else
            {
                throw new FileNotFoundException($"Dockerfile line {instruction.Line}: COPY source {source} is not in the build context (missing, or excluded by .dockerignore)");
            }
        }
    }

    private static void CopyFolder(string from, string to, Func<string, bool> visible)
    {
        Directory.CreateDirectory(to);
        foreach (var entry in Directory.EnumerateFileSystemEntries(from))
        {
            if (!visible(entry))
            {
                continue;
            }

            var target = Path.Combine(to, Path.GetFileName(entry));
            if (Directory.Exists(entry))
            {
                CopyFolder(entry, target, visible);
            }
            else
            {
                File.Copy(entry, target, overwrite: true);
            }
        }
    }

    private static async Task RunAsync(Instruction instruction, ImageFileSystem fs, string workdir)
    {
        var words = instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var args = words.Skip(1).Select(w => w.StartsWith('/') ? fs.Map(w) : w).ToList();
        switch (words[0])
        {
            case "mkdir" when args.FirstOrDefault() == "-p":
                foreach (var folder in args.Skip(1))
                {
                    Directory.CreateDirectory(folder);
                }

                break;
            case "dotnet":
                // At low priority: dotnet test runs the other test assemblies beside this one, and their timing-bound
                // tests (reconnects, timeouts) must not starve while the publish compiles on every core.
                var start = new ProcessStartInfo("nice") { WorkingDirectory = fs.Map(workdir), ArgumentList = { "-n", "15", "dotnet" } };
                args.ForEach(start.ArgumentList.Add);
                QuietBuild(start);
                var result = await ProcessRun.RunAsync(start, TimeSpan.FromMinutes(10));
                Assert.True(result.ExitCode == 0, $"Dockerfile line {instruction.Line}: RUN {instruction.Arguments}\n{result}");
                break;
            default:
                throw new NotSupportedException($"Dockerfile line {instruction.Line}: the replay runs only dotnet and mkdir -p, not: {instruction.Arguments}");
        }
    }

    /// <summary>
    /// The build runs inside a test run: MSBuild variables of the outer dotnet test must not leak in, and no build
    /// server may outlive it holding the test run's output pipes open.
    /// </summary>
    private static void QuietBuild(ProcessStartInfo start)
    {
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
    }
}
