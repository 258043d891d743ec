namespace BriefBot.Deploy.Tests.Dockerfiles;

/// <summary>The tests that run the published bot share one replay of the Dockerfile.</summary>
[CollectionDefinition(Name)]
public sealed class ReplayedImageCollection : ICollectionFixture<ReplayedImage>
{
    public const string Name = "Replayed image";
}
