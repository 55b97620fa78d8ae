namespace PatientPortal.Core.Appointments;

/// <summary>A service the practice offers (a consultation type patients can book).</summary>
public sealed class Service
{
    private Service()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The id in the practice-management system it was imported from; imports match on it.</summary>
    public string? ExternalId { get; private set; }

    public string Name { get; private set; }

    public int DurationMinutes { get; private set; }

    public decimal Price { get; private set; }

    public bool BookableOnline { get; private set; }

    public static Service Create(string name, int durationMinutes, decimal price, bool bookableOnline, DateTimeOffset now, string? externalId = null) =>
        new() { Id = Guid.CreateVersion7(now), ExternalId = externalId, Name = name, DurationMinutes = durationMinutes, Price = price, BookableOnline = bookableOnline };

    /// <summary>An import brought newer details; true when anything changed.</summary>
    public bool Update(string name, int durationMinutes, decimal price, bool bookableOnline)
    {
        var changed = Name != name || DurationMinutes != durationMinutes || Price != price || BookableOnline != bookableOnline;
        (Name, DurationMinutes, Price, BookableOnline) = (name, durationMinutes, price, bookableOnline);
        return changed;
    }
}
