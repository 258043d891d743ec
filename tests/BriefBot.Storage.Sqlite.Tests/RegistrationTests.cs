using BriefBot.Core.Storage;
using BriefBot.Storage.Contract;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefBot.Storage.Sqlite.Tests;

public sealed class RegistrationTests : RegistrationContract<SqliteBriefBotStore>, IDisposable
{
    private readonly TestDatabase db = new();

    public void Dispose() => db.Dispose();

    protected override Dictionary<string, string?> Settings => new() { ["Storage:Path"] = db.DatabasePath };

    protected override IServiceCollection AddStore(IServiceCollection services) => services.AddBriefBotSqliteStore();

    [Fact]
    public async Task The_hosted_service_creates_the_database_at_start()
    {
        var services = Services(new() { ["Storage:Path"] = db.DatabasePath, ["Storage:BusyTimeout"] = "00:00:02" });
        services.AddBriefBotSqliteStore();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        Assert.True(File.Exists(db.DatabasePath));
        Assert.Equal(TimeSpan.FromSeconds(2), provider.GetRequiredService<IOptions<StorageOptions>>().Value.BusyTimeout);
    }

    [Theory]
    [InlineData("Storage:Path", "", "Storage:Path is required")]
    [InlineData("Storage:Provider", "Postgres", "Storage:ConnectionString is required")]
    [InlineData("Storage:BusyTimeout", "00:20:00", "BusyTimeout")]
    public void Invalid_options_fail_on_start_naming_the_setting(string key, string value, string setting)
    {
        var services = Services(new() { ["Storage:Path"] = db.DatabasePath, [key] = value });
        services.AddBriefBotSqliteStore();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }
}
