namespace BriefBot.Discord.Gateway;

/// <summary>What a resume needs: the session from READY, where to resume it, and the last sequence number seen.</summary>
internal sealed class GatewaySession
{
    private readonly Lock gate = new();
    private string? id;
    private Uri? resumeUrl;
    private int? sequence;

    public int? Sequence
    {
        get
        {
            lock (gate)
            {
                return sequence;
            }
        }
    }

    /// <summary>The session and where to resume it, or null when the next connection must identify.</summary>
    public (string Id, Uri Url, int Sequence)? Resumable
    {
        get
        {
            lock (gate)
            {
                return id is not null && resumeUrl is not null && sequence is not null ? (id, resumeUrl, sequence.Value) : null;
            }
        }
    }

    public void Saw(int sequenceNumber)
    {
        lock (gate)
        {
            sequence = sequenceNumber;
        }
    }

    public void Ready(string sessionId, Uri resumeGatewayUrl)
    {
        lock (gate)
        {
            id = sessionId;
            resumeUrl = resumeGatewayUrl;
        }
    }

    public void Forget()
    {
        lock (gate)
        {
            id = null;
            resumeUrl = null;
            sequence = null;
        }
    }
}
