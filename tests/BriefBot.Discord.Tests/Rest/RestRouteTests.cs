using BriefBot.Discord.Rest;

namespace BriefBot.Discord.Tests.Rest;

public sealed class RestRouteTests
{
    [Fact]
    public void Keeps_major_parameters_in_the_key_and_masks_every_id_and_token_in_the_template()
    {
        var messages = RestRoute.For(HttpMethod.Post, new Uri("https://discord.com/api/v10/channels/400000000000000001/messages"));
        var webhook = RestRoute.For(HttpMethod.Patch, new Uri("https://discord.com/api/v10/webhooks/100000000000000001/secret-token/messages/@original"));
        var callback = RestRoute.For(HttpMethod.Post, new Uri("https://discord.com/api/v10/interactions/900000000000000001/secret-token/callback"));

        Assert.Equal("POST /api/v10/channels/400000000000000001/messages", messages.Key);
        Assert.Equal("400000000000000001", messages.Major);
        Assert.Equal("POST /api/v10/channels/{id}/messages", messages.Template);
        Assert.Equal("PATCH /api/v10/webhooks/{id}/{token}/messages/@original", webhook.Template);
        Assert.Equal("100000000000000001/secret-token", webhook.Major);
        Assert.Equal("POST /api/v10/interactions/{id}/{token}/callback", callback.Template);
        Assert.DoesNotContain("secret", callback.Template + webhook.Template, StringComparison.Ordinal);
    }
}
