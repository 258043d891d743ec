namespace BriefBot.Discord.Tests;

public sealed class DiscordInviteUrlTests
{
    [Fact]
    public void The_invite_asks_for_the_bot_and_commands_scopes_and_only_the_permissions_used()
    {
        Assert.Equal(
            "https://discord.com/oauth2/authorize?client_id=100000000000000001&scope=bot%20applications.commands&permissions=274877991936",
            DiscordInviteUrl.For("100000000000000001"));
        // View Channels, Send Messages, Embed Links, Read Message History, Send Messages in Threads.
        Assert.Equal((1L << 10) + (1L << 11) + (1L << 14) + (1L << 16) + (1L << 38), DiscordInviteUrl.Permissions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("my-bot")]
    [InlineData("123")]
    public void An_application_id_that_is_not_a_snowflake_is_refused(string id)
    {
        Assert.Throws<ArgumentException>(() => DiscordInviteUrl.For(id));
    }
}
