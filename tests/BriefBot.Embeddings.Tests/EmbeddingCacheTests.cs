using BriefBot.Core.Tests;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace BriefBot.Embeddings.Tests;

/// <summary>The cache file as a restart finds it: whole and the model's, or damaged, cut short or foreign, and then rebuilt.</summary>
public sealed class EmbeddingCacheTests : IDisposable
{
    private const string Model = "test-model/1";
    private const int Dimensions = 4;
    private readonly TempFolder folder = new();
    private readonly FakeLogger logger = new();

    private string File => Path.Combine(folder.Path, "data", "embeddings.bin");

    [Fact]
    public void What_one_run_saves_the_next_run_reads_back_exactly()
    {
        SaveTwoTexts();

        var reopened = EmbeddingCache.Open(File, Model, Dimensions, logger);

        Assert.Equal(2, reopened.Count);
        Assert.Equal([1f, 2f, 3f, 4f], Get(reopened, "alpha"));
        Assert.Equal([-1f, 0.5f, 0f, 8f], Get(reopened, "beta"));
        Assert.False(reopened.TryGet("gamma", new float[Dimensions]));
        Assert.Empty(logger.Collector.GetSnapshot());
    }

    [Fact]
    public void A_text_that_differs_by_one_character_is_not_served_another_texts_embedding()
    {
        SaveTwoTexts();

        var reopened = EmbeddingCache.Open(File, Model, Dimensions, logger);

        Assert.False(reopened.TryGet("alpha ", new float[Dimensions]));
        Assert.False(reopened.TryGet("Alpha", new float[Dimensions]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(30)]
    [InlineData(-40)]
    [InlineData(-1)]
    public void A_file_with_one_byte_flipped_is_not_trusted_and_is_rebuilt(int offset)
    {
        SaveTwoTexts();
        var bytes = System.IO.File.ReadAllBytes(File);
        bytes[offset >= 0 ? offset : bytes.Length + offset] ^= 0x10;
        System.IO.File.WriteAllBytes(File, bytes);

        AssertRebuilt();
    }

    [Theory]
    [InlineData(10)]
    [InlineData(60)]
    [InlineData(1)]
    public void A_file_cut_short_is_not_trusted_and_is_rebuilt(int cut)
    {
        SaveTwoTexts();
        var bytes = System.IO.File.ReadAllBytes(File);
        System.IO.File.WriteAllBytes(File, bytes[..^cut]);

        AssertRebuilt();
    }

    [Fact]
    public void A_file_that_is_not_a_cache_at_all_is_not_trusted_and_is_rebuilt()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(File)!);
        System.IO.File.WriteAllText(File, "SQLite format 3\0 and then some bytes that are nothing like embeddings");

        AssertRebuilt();
    }

    [Fact]
    public void Another_models_file_is_not_trusted_and_is_rebuilt()
    {
        var other = EmbeddingCache.Open(File, "other-model/2", Dimensions, logger);
        other.Add("alpha", [9f, 9f, 9f, 9f]);
        other.Save(["alpha"]);

        var cache = EmbeddingCache.Open(File, Model, Dimensions, logger);

        Assert.False(cache.TryGet("alpha", new float[Dimensions]));
        Assert.Contains("other-model/2", Assert.Single(logger.Collector.GetSnapshot()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_the_same_model_with_other_dimensions_is_not_trusted()
    {
        var other = EmbeddingCache.Open(File, Model, 3, logger);
        other.Add("alpha", [9f, 9f, 9f]);
        other.Save(["alpha"]);

        var cache = EmbeddingCache.Open(File, Model, Dimensions, logger);

        Assert.Equal(0, cache.Count);
        Assert.Equal(LogLevel.Warning, Assert.Single(logger.Collector.GetSnapshot()).Level);
    }

    [Fact]
    public void Saving_keeps_only_the_texts_still_in_the_knowledge_and_leaves_no_temporary_file()
    {
        SaveTwoTexts();
        var cache = EmbeddingCache.Open(File, Model, Dimensions, logger);

        Assert.True(cache.Save(["beta"]));

        var reopened = EmbeddingCache.Open(File, Model, Dimensions, logger);
        Assert.Equal(1, reopened.Count);
        Assert.Equal([-1f, 0.5f, 0f, 8f], Get(reopened, "beta"));
        Assert.Equal(["embeddings.bin"], Directory.GetFiles(Path.GetDirectoryName(File)!).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_reader_opening_the_file_while_another_process_saves_sees_a_whole_file()
    {
        SaveTwoTexts();
        var writer = EmbeddingCache.Open(File, Model, Dimensions, logger);
        for (var i = 0; i < 2_000; i++)
        {
            writer.Add("text " + i, [i, i, i, i]);
        }

        using var done = new CancellationTokenSource();
        var saving = Task.Run(() =>
        {
            for (var round = 0; round < 20; round++)
            {
                writer.Add("round", [round, 0, 0, 0]);
                writer.Save([.. Enumerable.Range(0, 2_000).Select(i => "text " + i), "alpha", "beta", "round"]);
            }

            done.Cancel();
        });

        var reads = 0;
        while (!done.IsCancellationRequested || reads == 0)
        {
            var reader = EmbeddingCache.Open(File, Model, Dimensions, logger);
            Assert.True(reader.Count is 2 or 2_003, $"read {reader.Count} rows");
            reads++;
        }

        await saving;
        Assert.Empty(logger.Collector.GetSnapshot());
    }

    [Fact]
    public void After_a_save_the_rows_leave_memory_and_the_next_use_reads_them_back_from_the_file()
    {
        var cache = EmbeddingCache.Open(File, Model, Dimensions, logger);
        cache.Add("alpha", [1f, 2f, 3f, 4f]);

        Assert.True(cache.Save(["alpha"]));
        Assert.False(cache.HoldsRows);

        Assert.Equal([1f, 2f, 3f, 4f], Get(cache, "alpha"));
        Assert.True(cache.HoldsRows);
        Assert.Empty(logger.Collector.GetSnapshot());
    }

    [Fact]
    public void A_save_after_the_rows_were_released_keeps_the_old_rows_and_the_new_one()
    {
        var cache = EmbeddingCache.Open(File, Model, Dimensions, logger);
        cache.Add("alpha", [1f, 2f, 3f, 4f]);
        Assert.True(cache.Save(["alpha"]));

        cache.Add("beta", [-1f, 0.5f, 0f, 8f]);
        Assert.True(cache.Save(["alpha", "beta"]));

        var reopened = EmbeddingCache.Open(File, Model, Dimensions, logger);
        Assert.Equal([1f, 2f, 3f, 4f], Get(reopened, "alpha"));
        Assert.Equal([-1f, 0.5f, 0f, 8f], Get(reopened, "beta"));
    }

    [Fact]
    public void A_file_deleted_after_the_rows_were_released_is_reported_and_written_again_on_the_next_save()
    {
        var cache = EmbeddingCache.Open(File, Model, Dimensions, logger);
        cache.Add("alpha", [1f, 2f, 3f, 4f]);
        Assert.True(cache.Save(["alpha"]));
        System.IO.File.Delete(File);

        Assert.False(cache.TryGet("alpha", new float[Dimensions]));
        Assert.Equal(LogLevel.Warning, Assert.Single(logger.Collector.GetSnapshot()).Level);

        cache.Add("alpha", [1f, 2f, 3f, 4f]);
        Assert.True(cache.Save(["alpha"]));
        Assert.Equal([1f, 2f, 3f, 4f], Get(EmbeddingCache.Open(File, Model, Dimensions, logger), "alpha"));
    }

    public void Dispose() => folder.Dispose();

    private void SaveTwoTexts()
    {
        var cache = EmbeddingCache.Open(File, Model, Dimensions, logger);
        cache.Add("alpha", [1f, 2f, 3f, 4f]);
        cache.Add("beta", [-1f, 0.5f, 0f, 8f]);
        Assert.True(cache.Save(["alpha", "beta"]));
    }

    private void AssertRebuilt()
    {
        var cache = EmbeddingCache.Open(File, Model, Dimensions, logger);

        Assert.Equal(0, cache.Count);
        var warning = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains(File, warning.Message, StringComparison.Ordinal);

        cache.Add("alpha", [4f, 3f, 2f, 1f]);
        Assert.True(cache.Save(["alpha"]));
        var rebuilt = EmbeddingCache.Open(File, Model, Dimensions, logger);
        Assert.Equal([4f, 3f, 2f, 1f], Get(rebuilt, "alpha"));
        Assert.Single(logger.Collector.GetSnapshot());
    }

    private static float[] Get(EmbeddingCache cache, string text)
    {
        var row = new float[Dimensions];
        Assert.True(cache.TryGet(text, row), text + " is not in the cache");
        return row;
    }
}
