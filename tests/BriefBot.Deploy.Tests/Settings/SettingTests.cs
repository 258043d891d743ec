using System.Text.RegularExpressions;
using BriefBot.Deploy.Tests.Support;

namespace BriefBot.Deploy.Tests.Settings;

/// <summary>Every setting a deploy file sets reaches the app: no misspelt name that .NET would silently ignore, no value it cannot read.</summary>
public sealed partial class SettingTests
{
    [Theory]
    [MemberData(nameof(DeploySetting.AppSettings), MemberType = typeof(DeploySetting))]
    public void The_setting_binds_to_a_property_of_the_apps_options(DeploySetting setting)
    {
        var type = SettingNames.Resolve(setting.Name);

        Assert.True(type is not null, $"{setting} binds to nothing; sections the app reads: {string.Join(", ", SettingNames.KnownSections.Order())}");
    }

    [Theory]
    [MemberData(nameof(DeploySetting.AppSettings), MemberType = typeof(DeploySetting))]
    public void The_value_is_one_the_property_accepts(DeploySetting setting)
    {
        var type = SettingNames.Resolve(setting.Name);

        // Interpolated (${…}) and placeholder values are the operator's to fill in.
        if (type is not null && setting.Value.Length > 0 && !setting.Value.Contains("${", StringComparison.Ordinal) && !setting.Value.StartsWith("REPLACE", StringComparison.Ordinal))
        {
            Assert.True(SettingNames.Converts(type, setting.Value), $"{setting}={setting.Value} is not a {type.Name}");
        }
    }

    [Fact]
    public void The_setting_names_found_cover_every_deploy_file()
    {
        Assert.Equal(
            ["Dockerfile", "briefbot.env.example", "briefbot.service", "docker-compose.yml", "k8s/briefbot-config.env", "k8s/secret.yaml"],
            DeploySetting.All.Where(s => s.Name.Contains("__", StringComparison.Ordinal)).Select(s => s.File).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_host_still_reads_each_setting_it_has_no_options_class_for()
    {
        var source = string.Join('\n', Directory.EnumerateFiles(Repository.File("src", "BriefBot"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));

        Assert.All(SettingNames.ReadDirectly.Keys, key => Assert.Contains($"\"{key}\"", source, StringComparison.Ordinal));
    }

    [Fact]
    public void No_deploy_file_holds_a_real_looking_token()
    {
        var files = Directory.EnumerateFiles(Repository.Deploy, "*", SearchOption.AllDirectories).Append(Repository.File(".dockerignore"));

        var leaks = files.SelectMany(f => RealToken().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(Repository.Root, f)}: {m.Value[..Math.Min(12, m.Value.Length)]}…"));

        Assert.Empty(leaks);
    }

    [Fact]
    public void The_secret_templates_hold_placeholders_or_nothing()
    {
        var secrets = DeploySetting.All.Where(s => s.File is "k8s/secret.yaml" or "briefbot.env.example" && IsSecret(s.Name));

        Assert.NotEmpty(secrets);
        Assert.All(secrets, s => Assert.True(s.Value.Length == 0 || s.Value.StartsWith("REPLACE", StringComparison.Ordinal), $"{s} = {s.Value}"));
    }

    [Theory]
    [InlineData("briefbot.env.example")]
    [InlineData("k8s/secret.yaml")]
    public void The_secret_templates_name_every_token_and_secret_the_adapters_read(string file)
    {
        var adapterSecrets = new[] { typeof(Slack.SlackOptions), typeof(Discord.DiscordOptions) }
            .SelectMany(t => t.GetProperties().Where(p => IsSecret(p.Name)).Select(p => $"{t.GetField("Section")!.GetRawConstantValue()}__{p.Name}"));

        Assert.All(adapterSecrets, name => Assert.Contains(name, DeploySetting.All.Where(s => s.File == file).Select(s => s.Name)));
    }

    private static bool IsSecret(string name) => name.EndsWith("Token", StringComparison.Ordinal) || name.EndsWith("Secret", StringComparison.Ordinal) || name.EndsWith("ConnectionString", StringComparison.Ordinal);

    // Slack bot, user and app tokens; a Discord bot token (three base64url parts); a long run of hex like a signing secret.
    [GeneratedRegex(@"xox[abpors]-[0-9]+-[0-9A-Za-z-]+|xapp-\d-[A-Z0-9]+-|[MNO][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,}|\b[0-9a-f]{32,}\b")]
    private static partial Regex RealToken();
}
