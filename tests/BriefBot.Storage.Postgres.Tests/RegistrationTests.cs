using BriefBot.Storage.Contract;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefBot.Storage.Postgres.Tests;

[Collection(PostgresCollection.Name)]
public sealed class RegistrationTests(PostgresServer server) : RegistrationContract<PostgresBriefBotStore>
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:ConnectionString"] = "Host=db.example;Database=briefbot;Username=briefbot;Password=x",
    };

    protected override IServiceCollection AddStore(IServiceCollection services) => services.AddBriefBotPostgresStore();

    protected override void AssertBuilt(PostgresBriefBotStore store) => Assert.Equal("db.example:5432/briefbot", store.DatabaseName);

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
}
