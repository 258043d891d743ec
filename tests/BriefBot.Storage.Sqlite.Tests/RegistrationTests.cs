using BriefBot.Core;
using BriefBot.Core.Chat;
using BriefBot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefBot.Storage.Sqlite.Tests;

public sealed class RegistrationTests : IDisposable
{
    private readonly TestDatabase db = new();

    public void Dispose() => db.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_store_is_the_question_log_and_the_event_claims_whichever_is_registered_first(bool coreFirst)
    {
        var services = Services(new() { ["Storage:Path"] = db.DatabasePath });
        if (coreFirst)
        {
            services.AddBriefBotCore().AddBriefBotSqliteStore();
        }
        else
        {
            services.AddBriefBotSqliteStore().AddBriefBotCore();
        }

        using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<SqliteBriefBotStore>();

        Assert.Same(store, provider.GetRequiredService<IBriefBotStore>());
        Assert.Same(store, provider.GetRequiredService<IQuestionLog>());
        Assert.Single(provider.GetServices<IQuestionLog>());
        Assert.Same(store, provider.GetRequiredService<IEventClaims>());
        Assert.Single(provider.GetServices<IEventClaims>());
        Assert.Single(provider.GetServices<IHostedService>().OfType<StoreStartup>());
    }

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

    private static ServiceCollection Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        return services;
    }
}
