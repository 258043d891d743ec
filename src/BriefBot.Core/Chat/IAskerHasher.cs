namespace BriefBot.Core.Chat;

/// <summary>Turns a platform user id into a keyed hash, so repeat askers can be counted without a list of who asked what.</summary>
public interface IAskerHasher
{
    string? Hash(string? user);
}
