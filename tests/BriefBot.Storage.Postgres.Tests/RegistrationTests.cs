using BriefBot.Core;
using BriefBot.Core.Chat;
using BriefBot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefBot.Storage.Postgres.Tests;

[Collection(PostgresCollection.Name)]
public sealed class RegistrationTests(PostgresServer server)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_store_is_the_question_log_and_the_event_claims_whichever_is_registered_first(bool coreFirst)
    {
        var services = Services(new() { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = "Host=db.example;Database=briefbot;Username=briefbot;Password=x" });
        if (coreFirst)
        {
            services.AddBriefBotCore().AddBriefBotPostgresStore();
        }
        else
        {
            services.AddBriefBotPostgresStore().AddBriefBotCore();
        }

        // Disposed synchronously, as the CLI's commands dispose their host.
        using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<PostgresBriefBotStore>();

        Assert.Same(store, provider.GetRequiredService<IBriefBotStore>());
        Assert.Same(store, provider.GetRequiredService<IQuestionLog>());
        Assert.Same(store, provider.GetRequiredService<IEventClaims>());
        Assert.Single(provider.GetServices<IQuestionLog>());
        Assert.Single(provider.GetServices<IEventClaims>());
        Assert.Single(provider.GetServices<IHostedService>().OfType<StoreStartup>());
        Assert.Equal("db.example:5432/briefbot", store.DatabaseName);
    }

    [PostgresFact]
    public async Task The_hosted_service_creates_the_schema_at_start()
    {
        await using var db = server.NewDatabase();
        await db.CreateAsync();
        var services = Services(new() { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = db.ConnectionString });
        services.AddBriefBotPostgresStore();
        await using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        Assert.Equal(SchemaMigrations.CurrentVersion, await db.SchemaVersionAsync());
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("Sqlite")]
    public void A_missing_connection_string_fails_on_start_naming_the_setting(string provider)
    {
        var services = Services(new() { ["Storage:Provider"] = provider });
        services.AddBriefBotPostgresStore();
        using var built = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => built.GetRequiredService<IStartupValidator>().Validate());

        Assert.Single(error.Failures);
        Assert.Contains("Storage:ConnectionString is required", error.Message, StringComparison.Ordinal);
    }

    private static ServiceCollection Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        return services;
    }
}
